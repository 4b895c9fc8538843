// Global setup of the unit project: does the PostgreSQL in TEST_DATABASE_URL answer? The answer is
// provided to the tests (`inject('postgresUrl')`): the PostgreSQL-backed tests run against it, or are
// left out with one printed reason (no URL set, or no server answering it). In CI (CI=true) a set URL
// that does not answer fails the run instead: CI promises the server.
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext { postgresUrl: string }
}

export async function probe(url: string, timeoutMs = 3000): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (err) {
    return err instanceof Error ? (err.message || err.name) : String(err);
  } finally {
    await client.end().catch(() => {});
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL ?? '';
  if (!url) {
    console.log('PostgreSQL tests skipped: TEST_DATABASE_URL is not set (e.g. TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npm test); SQLite tests run.');
    project.provide('postgresUrl', '');
    return;
  }
  const problem = await probe(url);
  if (problem) {
    const line = `PostgreSQL tests skipped: no server answers at ${url.replace(/\/\/[^@/]*@/, '//…@')} (${problem}); SQLite tests run.`;
    if (process.env.CI) throw new Error(line.replace('skipped', 'cannot run in CI'));
    console.log(line);
    project.provide('postgresUrl', '');
    return;
  }
  console.log(`PostgreSQL tests run against ${url.replace(/\/\/[^@/]*@/, '//…@')}.`);
  project.provide('postgresUrl', url);
}
