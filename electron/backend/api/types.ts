import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/methods';
import type { IsoDate } from '../../../shared/domain/types';
import type { Db } from '../store/db';
import type { Store } from '../store/store';

/**
 * Runs inside the dispatcher's transaction, on input the contract has already validated.
 * Only a handler that renders a file answers with a promise: the transaction commits at its
 * first await, so it must read everything before and write nothing at all.
 */
export type Handler<M extends MethodName> = (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerGroup<M extends MethodName> = { [K in M]: Handler<K> };

/** One handler per contract method: a missing one is a compile error. */
export type Handlers = HandlerGroup<MethodName>;

export interface BackendContext {
  db: Db;
  store: Store;
  today: () => IsoDate;
  /** The backend's clock (the computer's unless injected); never read `new Date()` in a handler. */
  now: () => Date;
  version: string;
}
