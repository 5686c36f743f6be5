import type { MethodInput, MethodOutput } from '../../shared/api/contract';
import type { HostBridge } from '../../shared/api/host';
import type { MethodName } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';

/** What the Electron preload exposes: one function per contract method. */
export type HandledningBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

declare global {
  interface Window {
    handledning?: HandledningBridge;
    /** Desktop only: the system print dialog, saving as PDF and the folder picker. Browser mode prints with window.print(). */
    handledningHost?: HostBridge;
  }
}
