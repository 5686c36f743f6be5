import { format } from 'date-fns';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/methods';
import type { IsoDate } from '../../../shared/domain/types';
import type { Store } from '../store/store';
import { auditEvent } from './auditRules';

export interface AuditClock {
  /** The backend's day: frozen in tests and end-to-end runs, so log lines carry that day. */
  today: () => IsoDate;
  now?: () => Date;
}

/** Local time, no zone, to the second: "2026-11-23T14:05:12". */
export function auditTimestamp({ today, now = () => new Date() }: AuditClock): string {
  return `${today()}T${format(now(), 'HH:mm:ss')}`;
}

/**
 * Appends the line a successful call leaves, if its method is logged. Inside the call's own
 * transaction this is part of it (a savepoint), so a change rolled back leaves no line; after
 * a call that ran outside one (a backup, a restore), it is a short transaction of its own.
 * No store: recovery mode, where there is no database to log into.
 */
export function recordAudit(store: Store | undefined, clock: AuditClock, method: MethodName, input: unknown, output: unknown): void {
  const event = auditEvent(method, input as ParsedInput<MethodName>, output as MethodOutput<MethodName>);
  if (event && store) store.transaction(() => store.auditLog.append({ at: auditTimestamp(clock), method, ...event }));
}
