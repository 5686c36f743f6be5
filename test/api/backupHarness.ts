import { existsSync, readdirSync } from 'node:fs';
import type { MethodInput, MethodOutput } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';
import { toIsoDate } from '../../shared/domain/calendar';
import type { Backend } from '../../electron/backend/api/createBackend';
import { startBackend } from '../../electron/backend/startBackend';
import { sha256, tempFolder } from '../store/testDatabase';

/** A clock the test moves by hand: backup names, ages and rotation follow it. */
export function fakeClock(start = new Date(2026, 4, 14, 9, 0, 0)) {
  let now = start;
  return {
    now: () => new Date(now),
    advanceHours(hours: number) {
      now = new Date(now.getTime() + hours * 60 * 60 * 1000);
    },
  };
}
export type FakeClock = ReturnType<typeof fakeClock>;

export interface HostedBackend {
  backend: Backend;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  send(method: unknown, input: unknown): Promise<Result<unknown>>;
}

/** The backend as the hosts start it (startBackend), over a data folder in a temp folder. */
export async function startHosted(dataDir: string, clock: FakeClock): Promise<HostedBackend> {
  const backend = await startBackend({ dataDir, today: () => toIsoDate(clock.now()), now: clock.now, version: '9.9.9-test' });
  return {
    backend,
    async call(method, input) {
      const result = await backend.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    send: (method, input) => backend.dispatch(method, input),
  };
}

export function dataFolder() {
  const folder = tempFolder();
  return { ...folder, liveHash: () => sha256(folder.file), walHash: () => (existsSync(`${folder.file}-wal`) ? sha256(`${folder.file}-wal`) : null) };
}

export const unit = (name: string) => ({ name, providerName: 'Omsorg i Norr AB', managerName: 'Anna Berg' });

export const filesIn = (dir: string) => readdirSync(dir).sort();
