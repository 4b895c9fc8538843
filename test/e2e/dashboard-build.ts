// The built dashboard for browser tests: `npm test` builds it first (npm run build:dashboard); a bare
// vitest run builds it here once.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dashboardDir = resolve(import.meta.dirname, '../../companion/dashboard');

export async function ensureDashboardBuilt(): Promise<void> {
  if (existsSync(join(dashboardDir, 'dist', 'index.html'))) return;
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test, which Vite would keep: build what `npm run build:dashboard` builds.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(dashboardDir, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
