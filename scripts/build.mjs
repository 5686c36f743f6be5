// Builds every process into dist/: the renderer with Vite, and the Electron main
// process, the preload and the browser-mode server with esbuild. Native packages and those
// loaded only on first use stay external (scripts/nodeExternals.mjs); the rest is bundled.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';
import { NODE_EXTERNALS } from './nodeExternals.mjs';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  absWorkingDir: root,
  logLevel: 'warning',
};

await Promise.all([
  esbuild({ ...node, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs', external: NODE_EXTERNALS }),
  // A sandboxed preload may only require('electron'): bundle everything else into it.
  esbuild({ ...node, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] }),
  esbuild({ ...node, entryPoints: ['electron/web/cli.ts'], outfile: 'dist/web/server.cjs', external: NODE_EXTERNALS }),
  viteBuild({ configFile: `${root}vite.config.ts`, logLevel: 'warn' }),
]);
console.log('Byggt till dist/');
