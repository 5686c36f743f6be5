import { build } from 'esbuild';

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
