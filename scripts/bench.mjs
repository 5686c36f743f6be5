// `npm run bench`: runs scripts/bench/bench.ts (see docs/bench.md).
import { bundleAndRun } from './bundleAndRun.mjs';

process.exitCode = await bundleAndRun('scripts/bench/bench.ts', process.argv.slice(2));
