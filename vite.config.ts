import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is plain web content: the same bundle runs in Electron (app:// protocol)
// and in browser mode (served by the loopback server). Relative base so both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
});
