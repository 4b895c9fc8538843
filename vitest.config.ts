import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { apiRoutes } from './companion/dashboard/api-routes-plugin.ts';

// Two projects: fast unit tests (node / happy-dom) and end-to-end tests in Debian's chromium.
export default defineConfig({
  test: {
    projects: [
      {
        // apiRoutes: the dashboard boot's build-time route table (companion/dashboard/api-routes-plugin.ts).
        plugins: [preact({ prerender: { enabled: false } }), apiRoutes()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          globalSetup: ['test/postgres-setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
