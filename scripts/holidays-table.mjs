// `npm run holidays:table`: runs scripts/holidaysTable.ts (see there).
import { bundleAndRun } from './bundleAndRun.mjs';

process.exitCode = await bundleAndRun('scripts/holidaysTable.ts', process.argv.slice(2));
