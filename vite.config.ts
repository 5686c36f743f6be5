import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is plain web content: the same bundle runs in Electron (app:// protocol)
// and in browser mode (served by the loopback server). Relative base so both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // One chunk of about 600 kB is fine for an app loaded from local disk, never over a network.
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
});
