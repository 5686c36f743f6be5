import { writeSync } from 'node:fs';
import type { MethodInput, MethodOutput } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import { startBackend } from '../../electron/backend/startBackend';

// The writer that crash.test.ts kills: the app's own start-up (quick_check, which would put
// a damaged file in recovery mode and fail every write below), store and API code,
// committing transactions in a loop. A line on stdout means dispatch answered ok, so the transaction
// was committed: "unit <id>", "staff <unitId> <personId>", "import <unitId> <personIds…>".
// Written with writeSync, so a line is out before the next transaction starts.
// The modules load as soon as the process starts; the database is opened only when the test
// writes a line to stdin, so the test can get the next writer ready while this one runs.

const dataDir = process.env.CRASH_DATA_DIR!;
const run = process.env.CRASH_RUN!;

const ack = (line: string) => writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  const backend = await startBackend({ dataDir, today: () => '2026-05-14', version: 'crash-test' });
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await backend.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as MethodOutput<M>;
  };
  for (let i = 0; ; i++) {
    const unit = await call('units.create', { name: `Enhet ${run}-${i}`, providerName: 'Omsorg AB', managerName: 'Anna Berg' });
    ack(`unit ${unit.id}`);
    const member = await call('staff.add', {
      unitId: unit.id,
      name: `Anna ${run}-${i}`,
      role: 'careStaff',
      employment: 'regular',
      activeFrom: '2026-05-01',
    });
    ack(`staff ${unit.id} ${member.id}`);
    // Several rows in one transaction: all of them or none.
    const imported = await call('staff.import', {
      unitId: unit.id,
      text: `Bo ${run}-${i};usk\nCia ${run}-${i};AT\nDan ${run}-${i};FT`,
      activeFrom: '2026-05-01',
    });
    ack(`import ${unit.id} ${imported.added.map((added) => added.id).join(' ')}`);
  }
}

process.stdin.once('data', () => {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
