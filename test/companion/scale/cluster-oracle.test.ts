// The short form of the load-and-fault oracle run (the long one is `npm run bench -- cluster`):
// three companions on one PostgreSQL, simulated extensions posting events and objections to random
// instances, a supervisor deciding objections, one instance kill -9ed and restarted, every database
// connection dropped once; the ledger must equal the oracle computed from what was acknowledged.
import { describe, expect, it } from 'vitest';
import { runOracle } from './oracle.ts';

const pgUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!pgUrl)('three companions on one PostgreSQL under load and faults', () => {
  it('end with the ledger the oracle computes from the acknowledged events and decisions', async () => {
    const report = await runOracle({
      databaseUrl: pgUrl as string, schema: `caselight_i13_oracle_${Date.now().toString(36)}`,
      instances: 3, users: 40, units: 20, casesPerUser: 6, faults: true, seed: 1313,
      log: (line) => console.log(`[oracle] ${line}`),
    });
    console.log(`[oracle] ${JSON.stringify({ ...report, mismatches: report.mismatches.length })}`);
    expect(report.mismatches).toEqual([]);
    // The faults happened, and clients had to resend because of them.
    expect(report.faults.some((f) => f.startsWith('kill -9'))).toBe(true);
    expect(report.faults.some((f) => f.includes('restarted'))).toBe(true);
    expect(report.faults.find((f) => f.startsWith('pg_terminate_backend'))).toMatch(/: [1-9]\d* connections dropped/);
    expect(report.retries).toBeGreaterThan(0);
    // One prosecutor's batches were in flight on two instances at once: the per-user lock was needed.
    expect(report.crossInstanceOverlaps).toBeGreaterThan(0);
    expect(report.objections).toBeGreaterThan(0);
    expect(report.voids).toBeGreaterThan(0);
  }, 180_000);
});
