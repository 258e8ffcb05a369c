import { defineConfig } from 'vitest/config';

/**
 * unit: pure functions and the ingester, no build needed.
 * site: reads the built site (dist/), built once by tests/global-setup.ts; browser tests run here.
 */
export default defineConfig({
  test: {
    environment: 'node',
    // The JSON report lets CI print a one-line total.
    reporters: ['default', ['json', { outputFile: 'tests/.output/vitest-results.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/ingest/**/*.test.ts', 'tests/server/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
