import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest leaves one core free by default, which on a 2-core machine runs one file at a time;
    // most files wait on a database, a server or a browser, so two at a time fits two cores.
    maxWorkers: 2,
  },
});
