// Bundles a TypeScript entry of scripts/ (the backend is TypeScript) into a temporary
// CommonJS file and runs it with Node, passing the remaining arguments on. Packages stay
// external and are found in this repository's node_modules through NODE_PATH, so nothing is
// written to the repository. Used by `npm run bench` and `npm run seed:large`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Runs `entry` (relative to the repository) with `args`; resolves to its exit code. */
export async function bundleAndRun(entry, args) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'handledning-script-build-'));
  try {
    const outfile = path.join(out, `${path.basename(entry, '.ts')}.cjs`);
    await build({
      entryPoints: [entry],
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
    const run = spawnSync(process.execPath, [outfile, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_PATH: nodePath } });
    return run.status ?? 1;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
