import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { zodWithoutJsonSchema } from './scripts/zodWithoutJsonSchema.mjs';

// The renderer is plain web content: the same bundle runs in Electron (app:// protocol)
// and in browser mode (served by the loopback server). Relative base so both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), zodWithoutJsonSchema()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // The first view's code is one chunk of about 600 kB (fine from local disk, never over a network).
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // Whatever the first view needs goes in one chunk with it, rather than in small chunks
        // shared with the views loaded later: each chunk is gzipped alone, so many small ones
        // cost more, and the first view waits on all of them anyway.
        codeSplitting: { groups: [{ name: 'firstView', tags: ['$initial'] }] },
      },
    },
  },
});
