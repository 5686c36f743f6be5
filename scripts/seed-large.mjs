// `npm run seed:large -- --out FILE [--seed N] [--units 50 --people 600 --years 10]`: runs scripts/seed/cli.ts.
import { bundleAndRun } from './bundleAndRun.mjs';

process.exitCode = await bundleAndRun('scripts/seed/cli.ts', process.argv.slice(2));
