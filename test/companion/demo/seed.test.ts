import { afterEach, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { startupLines } from '../../../companion/demo/announce.ts';
import { DEMO_RULES, readDemoTokens, seedDemo } from '../../../companion/demo/seed.ts';
import { rulesById } from '../../../shared/rules/index.ts';
import { startCompanion, type RunningCompanion } from '../../e2e/harness.ts';

describe('the first-run demo', () => {
  let companion: RunningCompanion | undefined;
  afterEach(async () => { await companion?.close(); companion = undefined; });

  it('books demo defects only against rules the catalogue implements, at the rules\' own points', async () => {
    companion = await startCompanion();
    const seeded = await seedDemo(companion.store, { dataDir: companion.dataDir, now: new Date('2026-06-15T04:00:00Z') });
    expect(seeded?.created).toBe(true);
    const admin = seeded!.users.find((u) => u.role === 'admin')!;

    const res = await fetch(`${companion.url}/api/v1/tallies?groupBy=rule&year=2026`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(res.status).toBe(200);
    const body = await res.json() as { rows: { key: string; points: number; defects: number }[] };
    expect(body.rows.length).toBeGreaterThan(3);
    for (const row of body.rows) {
      const rule = rulesById.get(row.key);
      expect(rule, `demo rule ${row.key} is not in the catalogue`).toBeDefined();
      expect(row.defects).toBeGreaterThan(0);
    }
    for (const { ruleId, messageId, points } of DEMO_RULES) {
      const rule = rulesById.get(ruleId);
      expect(rule, `demo rule ${ruleId} is not in the catalogue`).toBeDefined();
      expect(rule!.meta.messages[messageId]?.light, `${ruleId} ${messageId}`).toBe('red');
      expect((rule!.meta.points as Record<string, number>)[messageId], `${ruleId} points`).toBe(points);
    }
  });

  it('prints the demo tokens once, at seeding; a later start seeds nothing and prints where the tokens are kept', async () => {
    companion = await startCompanion();
    const facts = { url: companion.url, database: 'x.sqlite', extensionDir: '/ext', noUsers: false };
    const first = await seedDemo(companion.store, { dataDir: companion.dataDir });
    expect(first?.created).toBe(true);
    const tokens = first!.users.map((u) => u.token);
    expect(tokens.length).toBeGreaterThan(3);
    const firstOut = startupLines({ ...facts, demo: first }).join('\n');
    for (const t of tokens) expect(firstOut).toContain(t);

    const second = await seedDemo(companion.store, { dataDir: companion.dataDir });
    expect(second).toMatchObject({ created: false, users: [] });
    const secondOut = startupLines({ ...facts, demo: second }).join('\n');
    for (const t of tokens) expect(secondOut).not.toContain(t);
    expect(secondOut).toContain('demo tokens');
    // The file keeps them for `npm run companion -- demo tokens`, readable by its owner only.
    expect(readDemoTokens(companion.dataDir)?.map((u) => u.token)).toEqual(tokens);
    expect(statSync(first!.tokensFile).mode & 0o777).toBe(0o600);
  });
});
