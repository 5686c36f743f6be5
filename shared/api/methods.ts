/**
 * The names of every API method. Kept apart from the schemas so the Electron preload can
 * expose exactly these without bundling zod; contract.ts is checked against this list.
 */
export const METHOD_NAMES = [
  'app.info',
  'units.list',
  'units.create',
  'units.update',
  'units.select',
  'slotRules.list',
  'slotRules.add',
  'teamMeetings.list',
  'teamMeetings.addDate',
  'teamMeetings.removeDate',
  'teamMeetings.addPattern',
  'teamMeetings.removePattern',
  'plan.get',
  'sessions.move',
  'sessions.cancel',
  'sessions.undoCancel',
  'sessions.undoMove',
  'people.list',
  'staff.list',
  'staff.add',
  'staff.addExisting',
  'staff.update',
  'staff.deactivate',
  'staff.reactivate',
  'staff.importPreview',
  'staff.import',
  'sessions.get',
  'sessions.recordHeld',
  'sessions.saveAgenda',
  'cases.save',
  'cases.remove',
  'actions.save',
  'actions.setStatus',
  'settings.get',
  'settings.save',
  'billing.settings.get',
  'billing.settings.save',
  'billing.status',
  'billing.form',
  'billing.version',
  'billing.markSent',
  'billing.reopen',
  'billing.reminders',
  'billing.summary',
  'billing.exportXlsx',
  'billing.exportCsv',
  'billing.exportSummaryXlsx',
  'billing.exportSummaryCsv',
  'health.get',
  'backups.list',
  'backups.create',
  'backups.saveCopy',
  'backups.setFolder',
  'backups.restore',
  'backups.undoRestore',
  'recovery.restoreNewest',
  'recovery.saveDamagedCopy',
  'audit.list',
  'audit.export',
  'audit.recordPrinted',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}

/** The IPC channel of a method; the preload and main both derive it from here. */
export const ipcChannel = (method: MethodName): string => `api:${method}`;
