import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Bundles a TypeScript entry into one CommonJS file that plain `node` runs, with the options
 * scripts/build.mjs uses for the app's own Node bundles: how the tests start real child
 * processes (the browser-mode server, crash and lock contenders, backup writers).
 * npm packages stay external unless `bundlePackages` is set.
 */
export async function bundleForNode(entry: string, outfile: string, { bundlePackages = false, external = [] as string[] } = {}): Promise<string> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    ...(bundlePackages ? { external } : { packages: 'external' as const }),
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * Bundles a TypeScript driver given as text (resolved from `root`) like bundleForNode, runs it
 * in a fresh Node process with `dataDir` as its argument, and returns what it printed as JSON:
 * how a test looks at a process's start from outside (its require cache, say).
 */
export async function runNodeDriver(
  source: string,
  { root, outfile, dataDir }: { root: string; outfile: string; dataDir: string },
): Promise<unknown> {
  await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'error',
  });
  const output = execFileSync(process.execPath, [outfile, dataDir], {
    cwd: root,
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    encoding: 'utf8',
  });
  return JSON.parse(output);
}
