import type { MethodInput, MethodOutput } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';

/** What the Electron preload exposes: one function per contract method. */
export type HandledningBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

declare global {
  interface Window {
    handledning?: HandledningBridge;
  }
}
