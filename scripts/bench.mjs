// `npm run bench`: bundles scripts/bench/bench.ts (the backend is TypeScript) into a
// temporary CommonJS file and runs it with Node. Packages stay external and are found in
// this repository's node_modules through NODE_PATH, so nothing is written to the repository.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(path.join(os.tmpdir(), 'handledning-bench-build-'));
try {
  const outfile = path.join(out, 'bench.cjs');
  await build({
    entryPoints: ['scripts/bench/bench.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    absWorkingDir: root,
    logLevel: 'warning',
  });
  const nodePath = [path.join(root, 'node_modules'), process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
  const run = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_PATH: nodePath } });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
