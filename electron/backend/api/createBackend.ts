import Database from 'better-sqlite3';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { contract } from '../../../shared/api/contract';
import { apiError, domainErrorToApiError, validationError } from '../../../shared/api/errors';
import {
  EXCLUSIVE_METHODS,
  isMethodName,
  METHOD_NAMES,
  READ_ONLY_METHODS,
  RECOVERY_METHODS,
  type MethodName,
  type RecoveryMethod,
} from '../../../shared/api/methods';
import { fail, ok, type ApiError, type Result } from '../../../shared/api/result';
import { DomainError } from '../../../shared/domain/errors';
import type { BackupInfo, IsoDate } from '../../../shared/domain/types';
import { recordAudit } from '../audit/recordAudit';
import { createDataSafety, type DamagedDatabase, type LiveDatabase } from '../backup/dataSafety';
import { isDiskFull } from '../backup/diskFull';
import { computerNow } from '../clock';
import type { Db } from '../store/db';
import { createStore, type Store } from '../store/store';
import { appHandlers } from './handlers/app';
import { auditHandlers } from './handlers/audit';
import { backupHandlers } from './handlers/backups';
import { billingHandlers } from './handlers/billing';
import { calendarHandlers } from './handlers/calendar';
import { planningHandlers } from './handlers/planning';
import { sessionRecordHandlers } from './handlers/sessionRecords';
import { slotRuleHandlers } from './handlers/slotRules';
import { staffHandlers } from './handlers/staff';
import { statisticsHandlers } from './handlers/statistics';
import { teamMeetingHandlers } from './handlers/teamMeetings';
import { unitHandlers } from './handlers/units';
import type { BackendContext, HandlerGroup, Handlers } from './types';
import { illFormedTextError, illFormedTextPath } from './wellFormedText';

/** The whole API behind one call; Electron IPC, the HTTP server and tests all use it. */
export interface Backend {
  dispatch(method: unknown, input: unknown): Promise<Result<unknown>>;
  /** Host-driven upkeep: backupAtStart at start, backupIfDue a little later and every hour. */
  maintenance: {
    /**
     * A verified automatic backup when the newest backup name is over 24 hours old; else null.
     * Opens no backup file unless it writes one: the start never waits on the backups there.
     */
    backupAtStart(): Promise<BackupInfo | null>;
    /**
     * Checks the backups not yet checked (in small steps, between other calls), then makes a
     * verified automatic backup when the newest sound one is over 24 hours old, and rotates.
     */
    backupIfDue(): Promise<BackupInfo | null>;
  };
  close(): void;
}

export interface BackendOptions {
  /** Owned by the backend from now on: close() closes it (or a restore replaces it). */
  db: Db;
  today: () => IsoDate;
  version: string;
  /** The clock for backup names and ages; the computer's by default. */
  now?: () => Date;
  /** The folder holding the database file (default backups go to <dataDir>/backups). Default: the file's folder. */
  dataDir?: string;
  /** Replaces the backup folder setting (tests, managed installs). */
  backupFolderOverride?: string;
  /**
   * Checks every answer against the contract, reads included, and refuses one the check would
   * change (default: off; the test backends and the end-to-end server turn it on). Saves are
   * always checked, before their commit; the answers of read-only calls go out unchecked
   * otherwise: the tests prove them, and checking 16 weeks of plan cost a quarter of the call.
   */
  checkEveryAnswer?: boolean;
}

/** A database that could not be opened cleanly: the backend starts in recovery mode. */
export interface RecoveryOptions extends Omit<BackendOptions, 'db' | 'dataDir'> {
  damaged: DamagedDatabase;
  dataDir: string;
}

/** A handler answered with something the contract does not allow: a bug, never shown as such. */
class OutputContractError extends Error {
  override readonly name = 'OutputContractError';
}

/** The handlers over one open database; rebuilt whenever a restore swaps the database. */
interface Connection {
  db: Db;
  store: Store;
  handlers: Handlers;
}

export function createBackend(options: BackendOptions): Backend {
  return backendOver({ kind: 'open', db: options.db }, { ...options, dataDir: options.dataDir ?? path.dirname(options.db.name) });
}

/** The backend over a damaged database file: only health, backup listing and recovery answer. */
export function createRecoveryBackend(options: RecoveryOptions): Backend {
  return backendOver({ kind: 'damaged', damaged: options.damaged }, options);
}

type Start = { kind: 'open'; db: Db } | { kind: 'damaged'; damaged: DamagedDatabase };

function backendOver(start: Start, options: Omit<BackendOptions, 'db'> & { dataDir: string }): Backend {
  const { today, version } = options;
  const checkEveryAnswer = options.checkEveryAnswer ?? false;
  const now = options.now ?? computerNow;
  let connection: Connection | null = null;

  const live: LiveDatabase = {
    file: start.kind === 'open' ? start.db.name : start.damaged.file,
    db: () => connection?.db ?? null,
    replace(db) {
      connection = connect(db);
    },
    release() {
      if (connection?.db.open) connection.db.close();
      connection = null;
    },
  };
  const dataSafety = createDataSafety({
    live,
    dataDir: options.dataDir,
    now,
    damaged: start.kind === 'damaged' ? start.damaged : null,
    ...(options.backupFolderOverride ? { folderOverride: options.backupFolderOverride } : {}),
  });
  // Not tied to a connection: they work in recovery mode too, and across restores.
  const dataSafetyHandlers = backupHandlers(dataSafety);
  // Typed so that a method declared `recovery: true` must have one of these handlers.
  const recoveryHandlers: HandlerGroup<RecoveryMethod> = dataSafetyHandlers;

  function connect(db: Db): Connection {
    const context: BackendContext = { db, store: createStore(db), today, now, version };
    const handlers: Handlers = {
      ...appHandlers(context, dataSafety.locations),
      ...unitHandlers(context),
      ...slotRuleHandlers(context),
      ...teamMeetingHandlers(context),
      ...planningHandlers(context),
      ...sessionRecordHandlers(context),
      ...staffHandlers(context),
      ...billingHandlers(context),
      ...calendarHandlers(context),
      ...statisticsHandlers(context),
      ...auditHandlers(context),
      ...dataSafetyHandlers,
    };
    const missing = METHOD_NAMES.filter((name) => typeof handlers[name] !== 'function');
    if (missing.length > 0) throw new Error(`No handler for ${missing.join(', ')}`);
    return { db, store: context.store, handlers };
  }
  if (start.kind === 'open') live.replace(start.db);
  // After the connection is in place: the backup folder setting is read from it.
  dataSafety.removeLeftovers();

  async function run(method: MethodName, input: unknown): Promise<Result<unknown>> {
    const { input: inputSchema, output: outputSchema } = contract[method];
    const checksAnswer = checkEveryAnswer || !READ_ONLY_METHODS.has(method);
    const checked = (answer: unknown) => {
      if (!checksAnswer) return answer;
      const output = outputSchema.safeParse(answer);
      if (!output.success) throw new OutputContractError(`${method}: ${output.error.message}`);
      // Where reads go out unchecked, an answer the check would have changed would differ.
      if (checkEveryAnswer && !isDeepStrictEqual(output.data, answer)) throw new OutputContractError(`${method}: the contract changes the answer`);
      return output.data;
    };
    // Looked up per call: a restore may have swapped the connection since the last one.
    const current = connection;
    // In recovery mode there is no database: whatever the input, only recovery answers.
    if (!current && !RECOVERY_METHODS.has(method)) return fail(apiError('RECOVERY_MODE', 'error.recovery.mode'));
    try {
      // Inside the try: even a schema that throws on odd input must not escape as a rejection.
      const illFormed = illFormedTextPath(input);
      if (illFormed !== null) return fail(illFormedTextError(illFormed));
      const parsed = inputSchema.safeParse(input);
      if (!parsed.success) return fail(validationError(parsed.error));
      // The audit line of a successful call, on the connection live now (after a restore, the
      // restored one): inside the call's transaction it is part of it; after a call that ran
      // outside one, or a file rendered after the commit, it has a short one of its own.
      const audited = (value: unknown) => {
        recordAudit(connection?.store, { today, now }, method, parsed.data, value);
        return value;
      };
      const handler = (current ? current.handlers[method] : recoveryHandlers[method as RecoveryMethod]) as (input: unknown) => unknown;
      // Exclusive methods manage their own work (see their policy in shared/api/contract/*.methods.ts).
      if (!current || EXCLUSIVE_METHODS.has(method)) return ok(audited(checked(await handler(parsed.data))));
      // Every call is one transaction, reads included, and the answer is checked against
      // the contract before the commit: a caller hears "saved" only for what was saved.
      // A handler that renders a file reads inside the transaction and answers with a
      // promise; the rendering, which writes nothing, finishes after the commit.
      const answer = current.store.transaction(() => {
        const output = handler(parsed.data);
        return output instanceof Promise ? { pending: output } : { value: audited(checked(output)) };
      });
      return ok('pending' in answer ? audited(checked(await answer.pending)) : answer.value);
    } catch (error) {
      return fail(toApiError(method, error));
    }
  }

  // Backups and restores run one at a time, and no call starts while one runs: a restore
  // closes the connection every other call would use.
  let exclusive: Promise<unknown> = Promise.resolve();
  let exclusiveRunning = 0;
  // A backup cut short by the app closing is no failure: its temporary file is removed, and
  // the next start makes it again.
  let closing = false;
  const logged = (backup: Promise<BackupInfo | null>) => loggedFailure(backup, () => closing);
  function runExclusive<T>(work: () => Promise<T>): Promise<T> {
    exclusiveRunning += 1;
    const done = exclusive.then(work).finally(() => (exclusiveRunning -= 1));
    exclusive = done.catch(() => undefined);
    return done;
  }

  return {
    async dispatch(method, input) {
      if (!isMethodName(method)) {
        return fail(apiError('UNKNOWN_METHOD', 'error.unknownMethod', { method: String(method).slice(0, 100) }));
      }
      if (EXCLUSIVE_METHODS.has(method)) return runExclusive(() => run(method, input));
      while (exclusiveRunning > 0) await exclusive;
      return run(method, input);
    },
    maintenance: {
      // Called from a host's timer: a failure (a full disk, an unplugged backup drive) is
      // logged and tried again at the next call, never thrown into the host.
      backupAtStart: () => logged(runExclusive(() => dataSafety.backupIfDue('names'))),
      // The checks run outside the exclusive section, so calls are answered between them;
      // inside it the listing only reads the verdicts (a file changed meanwhile is checked again).
      backupIfDue: () => logged(dataSafety.verifyAhead().then(() => runExclusive(() => dataSafety.backupIfDue('verified')))),
    },
    close() {
      closing = true;
      // The handlers stay: a call after close() fails like any call on a closed connection.
      if (connection?.db.open) connection.db.close();
    },
  };
}

function loggedFailure(backup: Promise<BackupInfo | null>, closed: () => boolean): Promise<BackupInfo | null> {
  return backup.catch((error: unknown) => {
    if (!closed()) console.error('[handledning] automatic backup failed:', error instanceof Error ? error.stack : error);
    return null;
  });
}

function toApiError(method: MethodName, error: unknown): ApiError {
  if (error instanceof DomainError) return domainErrorToApiError(error);
  console.error(`[handledning] ${method} failed:`, error instanceof Error ? error.stack : error);
  // Nothing was saved: the transaction was rolled back (or the backup file was removed).
  if (isDiskFull(error)) return apiError('DISK_FULL', 'error.diskFull');
  // The disk or the file became read-only while the app ran: said plainly, nothing was saved.
  if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_READONLY')) {
    return apiError('STORAGE', 'error.database.readOnly', { place: 'handledning.sqlite' });
  }
  // A locked file or a broken constraint: the transaction was rolled back.
  if (error instanceof Database.SqliteError) return apiError('STORAGE', 'error.storage');
  return apiError('INTERNAL', 'error.internal');
}
