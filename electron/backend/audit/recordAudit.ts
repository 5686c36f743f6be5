import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/methods';
import { localTimestamp, type BackendClock } from '../clock';
import type { Store } from '../store/store';
import { auditEvent } from './auditRules';

/**
 * Appends the line a successful call leaves, if its method is logged. Inside the call's own
 * transaction this is part of it (a savepoint), so a change rolled back leaves no line; after
 * a call that ran outside one (a backup, a restore), it is a short transaction of its own.
 * No store: recovery mode, where there is no database to log into.
 */
export function recordAudit(store: Store | undefined, clock: BackendClock, method: MethodName, input: unknown, output: unknown): void {
  const event = auditEvent(method, input as ParsedInput<MethodName>, output as MethodOutput<MethodName>);
  if (event && store) store.transaction(() => store.auditLog.append({ at: localTimestamp(clock), method, ...event }));
}
