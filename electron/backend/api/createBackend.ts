import Database from 'better-sqlite3';
import { contract } from '../../../shared/api/contract';
import { apiError, domainErrorToApiError, validationError } from '../../../shared/api/errors';
import { isMethodName, METHOD_NAMES, type MethodName } from '../../../shared/api/methods';
import { fail, ok, type ApiError, type Result } from '../../../shared/api/result';
import { DomainError } from '../../../shared/domain/errors';
import type { IsoDate } from '../../../shared/domain/types';
import type { Db } from '../store/database';
import { createStore } from '../store/store';
import { appHandlers } from './handlers/app';
import { planningHandlers } from './handlers/planning';
import { sessionRecordHandlers } from './handlers/sessionRecords';
import { slotRuleHandlers } from './handlers/slotRules';
import { staffHandlers } from './handlers/staff';
import { teamMeetingHandlers } from './handlers/teamMeetings';
import { unitHandlers } from './handlers/units';
import type { BackendContext, Handlers } from './types';

/** The whole API behind one call; Electron IPC, the HTTP server and tests all use it. */
export interface Backend {
  dispatch(method: unknown, input: unknown): Promise<Result<unknown>>;
  close(): void;
}

export interface BackendOptions {
  /** Owned by the backend from now on: close() closes it. */
  db: Db;
  today: () => IsoDate;
  version: string;
}

/** A handler answered with something the contract does not allow: a bug, never shown as such. */
class OutputContractError extends Error {
  override readonly name = 'OutputContractError';
}

export function createBackend({ db, today, version }: BackendOptions): Backend {
  const context: BackendContext = { db, store: createStore(db), today, version };
  const handlers: Handlers = {
    ...appHandlers(context),
    ...unitHandlers(context),
    ...slotRuleHandlers(context),
    ...teamMeetingHandlers(context),
    ...planningHandlers(context),
    ...sessionRecordHandlers(context),
    ...staffHandlers(context),
  };
  const missing = METHOD_NAMES.filter((name) => typeof handlers[name] !== 'function');
  if (missing.length > 0) throw new Error(`No handler for ${missing.join(', ')}`);

  function run(method: MethodName, input: unknown): Result<unknown> {
    const { input: inputSchema, output: outputSchema } = contract[method];
    const handler = handlers[method] as (input: unknown) => unknown;
    try {
      // Inside the try: even a schema that throws on odd input must not escape as a rejection.
      const parsed = inputSchema.safeParse(input);
      if (!parsed.success) return fail(validationError(parsed.error));
      // Every call is one transaction, reads included, and the answer is checked against
      // the contract before the commit: a caller hears "saved" only for what was saved.
      const value = context.store.transaction(() => {
        const output = outputSchema.safeParse(handler(parsed.data));
        if (!output.success) throw new OutputContractError(`${method}: ${output.error.message}`);
        return output.data;
      });
      return ok(value);
    } catch (error) {
      return fail(toApiError(method, error));
    }
  }

  return {
    async dispatch(method, input) {
      if (!isMethodName(method)) {
        return fail(apiError('UNKNOWN_METHOD', 'error.unknownMethod', { method: String(method).slice(0, 100) }));
      }
      return run(method, input);
    },
    close() {
      if (db.open) db.close();
    },
  };
}

function toApiError(method: MethodName, error: unknown): ApiError {
  if (error instanceof DomainError) return domainErrorToApiError(error);
  console.error(`[handledning] ${method} failed:`, error instanceof Error ? error.stack : error);
  // A full disk, a locked file or a broken constraint: the transaction was rolled back.
  if (error instanceof Database.SqliteError) return apiError('STORAGE', 'error.storage');
  return apiError('INTERNAL', 'error.internal');
}
