import path from 'node:path';
import { startApp } from './lifecycle';

// Bundled to dist/electron/main.cjs, next to preload.cjs; the renderer is in dist/renderer.
startApp({
  preload: path.join(__dirname, 'preload.cjs'),
  rendererDir: path.join(__dirname, '..', 'renderer'),
}).catch((error: unknown) => {
  console.error('Handledning kunde inte starta', error);
  process.exit(1);
});
