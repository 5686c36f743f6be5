import type { TFunction } from 'i18next';
import type { BackupContents, BackupKind } from '../../../shared/domain/types';

/** "2026-11-19 14:03" for the backend's local timestamp "2026-11-19T14:03:22". */
export function dateTime(timestamp: string): string {
  return `${timestamp.slice(0, 10)} ${timestamp.slice(11, 16)}`;
}

/** "Automatisk", "Manuell", "Före uppdatering", "Före återställning". */
export function kindLabel(t: TFunction, kind: BackupKind): string {
  return t(`backups.kind.${kind}`);
}

// Counted in 1024s, as the Windows file explorer does, so the sizes match what the user sees there.
const KILO = 1024;
const oneDecimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** "148 kB", "1,4 MB": Swedish decimal comma. */
export function sizeText(t: TFunction, bytes: number): string {
  if (bytes < KILO * KILO) return t('backups.size.kB', { size: whole.format(Math.max(1, Math.ceil(bytes / KILO))) });
  return t('backups.size.MB', { size: oneDecimal.format(bytes / (KILO * KILO)) });
}

/** "2 enheter, 14 genomförda tillfällen, senast 2026-11-19". */
export function contentsText(t: TFunction, contents: BackupContents): string {
  const parts: string[] = [t('backups.contents.units', { count: contents.units }), t('backups.contents.sessions', { count: contents.heldSessions })];
  if (contents.latestSessionDate) parts.push(t('backups.contents.latest', { date: contents.latestSessionDate }));
  return parts.join(', ');
}
