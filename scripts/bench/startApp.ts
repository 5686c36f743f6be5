// A fresh process doing what a host does at start, up to the first plan: startBackend, then
// plan.get of the plan view's weeks. Timed from outside by the bench (scripts/bench/bench.ts).
import { startBackend } from '../../electron/backend/startBackend';
import { PLAN_WINDOW, START_TODAY } from './startWindow';

async function main() {
  const backend = await startBackend({ dataDir: process.argv[2]!, today: () => START_TODAY, version: 'bench' });
  const plan = await backend.dispatch('plan.get', { unitId: 1, ...PLAN_WINDOW });
  backend.close();
  if (!plan.ok) throw new Error(JSON.stringify(plan.error));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
