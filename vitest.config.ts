import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/{unit,store,api,shell,layering,robustness,renderer}/**/*.test.ts'],
    environment: 'node',
    // Real SQLite files in temp folders; native module, so separate processes are safest.
    pool: 'forks',
  },
});
