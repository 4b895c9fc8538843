import { afterEach, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { startupLines } from '../../../companion/demo/announce.ts';
import { DEMO_CASE_KINDS, DEMO_RULES, readDemoTokens, seedDemo } from '../../../companion/demo/seed.ts';
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

  it('makes believable cases: each defect its own due date, custody consistent, objections that fit their rule', async () => {
    companion = await startCompanion();
    await seedDemo(companion.store, { dataDir: companion.dataDir, now: new Date('2026-06-15T04:00:00Z') });
    const rows = (await companion.store.defects.quarterlyReport({ all: true }, 2026, 2));
    const caseNumbers = [...new Set(rows.map((r) => r.caseNumber))];
    expect(caseNumbers.length).toBeGreaterThan(20);
    let casesWithSeveralDues = 0;
    for (const caseNumber of caseNumbers) {
      const { defects } = await companion.store.defects.caseDefects({ all: true }, caseNumber);
      const rules = new Set(defects.map((d) => d.ruleId));
      // The rules of one case belong to one kind of case: procedure and custody agree.
      // Each defect falls due on its own rule's date (days after the case was received), and is red only after it.
      const days = (d: (typeof defects)[number]) => (Date.parse(`${d.due}T00:00:00Z`) - Date.parse(`${d.occurrenceKey}T00:00:00Z`)) / 86_400_000;
      const kinds = Object.values(DEMO_CASE_KINDS).filter((k) => defects.every((d) => k.rules.some((r) => r.ruleId === d.ruleId && r.dueAfterDays === days(d))));
      expect(kinds.length, `${caseNumber}: ${defects.map((d) => `${d.ruleId} +${days(d)}`).join(', ')}`).toBeGreaterThan(0);
      expect(rules.has('arrest-review-police-detained-7d') && rules.has('arrest-review-police-not-detained-15-20d')).toBe(false);
      for (const d of defects) {
        expect(rulesById.get(d.ruleId)!.meta.procedures === 'any' || (rulesById.get(d.ruleId)!.meta.procedures as readonly string[]).includes(d.procedure)).toBe(true);
        expect(d.firstObservedAt.slice(0, 10) > d.due!).toBe(true);
      }
      if (new Set(defects.map((d) => d.due)).size > 1) casesWithSeveralDues++;
    }
    expect(casesWithSeveralDues).toBeGreaterThan(3);
    // Every objection gives the reason that fits its rule.
    const objections = await companion.store.objections.list({ all: true });
    expect(objections.length).toBeGreaterThan(2);
    for (const o of objections) expect(o.reason).toBe(DEMO_RULES.find((r) => r.ruleId === o.ruleId)!.objection);
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
