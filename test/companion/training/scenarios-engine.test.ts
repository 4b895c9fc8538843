// The contract the e2e test checks in the browser: every training scenario, evaluated by the
// engine, lights what it says it lights — and no red it does not list, so each scenario shows
// one defect. Checked on several days, around holidays and month ends, because scenario dates are
// offsets from "today". Every expected rule must be in the registry: nothing is skipped.
import { describe, expect, it } from 'vitest';
import { CaseSnapshotSchema } from '../../../shared/case/snapshot-schema.ts';
import { evaluate, type Finding } from '../../../shared/engine/index.ts';
import { rulesById } from '../../../shared/rules/index.ts';
import { cardControls } from '../../../companion/training/cards.ts';
import { resolveScenario, SCENARIOS } from '../../../companion/training/scenarios.ts';

// Fixed days only: a result that depended on the real date would make CI fail on a calendar day.
const DAYS = [
  '2026-11-20', // a Friday late in the bundled data
  '2025-09-08', // C: a month ending on National Day
  '2025-10-20', // the rollover scenario's 3-day period meets National Day
  '2025-10-03', // inside the National Day holiday
  '2025-12-31', // year end
  '2026-02-18', // inside the Spring Festival holiday
  '2026-03-01', // after a 28-day February
  '2026-05-31', // a month end
];

const show = (fs: readonly Finding[]) => fs.map((f) => `${f.ruleId}@${f.anchor}=${f.light}(${f.messageId})`);

describe.each(DAYS)('scenarios on %s', (today) => {
  // 24-hour rules judge by the clock when given one: noon.
  const now = `${today}T12:00`;

  describe.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    const resolved = resolveScenario(scenario, today);
    const findings = evaluate(resolved.snapshot, { today, now });

    it('has a canonical snapshot', () => {
      expect(CaseSnapshotSchema.safeParse(resolved.snapshot).success).toBe(true);
    });

    it('lists at least one expected light, each of a registered rule and a field it reads', () => {
      expect(scenario.expected.length).toBeGreaterThan(0);
      for (const e of scenario.expected) {
        const rule = rulesById.get(e.rule);
        expect(rule, `${e.rule} is not in the registry`).toBeDefined();
        expect(rule!.meta.fields, `${e.rule} does not read ${e.field}`).toContain(e.field);
      }
    });

    for (const e of scenario.expected) {
      it(`lights ${e.rule} ${e.light} at ${e.field}`, () => {
        const hit = findings.some((f) => f.ruleId === e.rule && f.anchor === e.field && f.light === e.light);
        expect(hit, show(findings).join('\n')).toBe(true);
      });
    }

    it('lights no red that it does not expect', () => {
      const unexpected = findings.filter(
        (f) => f.light === 'red' && !scenario.expected.some((e) => e.rule === f.ruleId && e.field === f.anchor && e.light === 'red'),
      );
      expect(show(unexpected)).toEqual([]);
    });

    it('never fails inside a rule', () => {
      expect(show(findings.filter((f) => f.messageId === 'rule-error'))).toEqual([]);
    });
  });

  it('lights only green in the clean case: no defect, nothing due, no input missing', () => {
    const clean = resolveScenario(SCENARIOS.find((s) => s.id === 'clean-prosecution-review')!, today);
    const findings = evaluate(clean.snapshot, { today, now });
    expect(findings.length).toBeGreaterThan(0);
    expect(show(findings.filter((f) => f.light !== 'green'))).toEqual([]);
  });
});

describe('scenario cards and the rules they demonstrate', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s shows every field its expected rules read', (_id, scenario) => {
    const shown = new Set<string>(cardControls(scenario.card).flatMap((c) => (c.control.field ? [c.control.field] : [])));
    const notShown = scenario.expected.flatMap((e) => rulesById.get(e.rule)!.meta.fields.filter((f) => !shown.has(f)).map((f) => `${e.rule}: ${f}`));
    expect(notShown).toEqual([]);
  });
});

describe('the rollover scenario', () => {
  const scenario = SCENARIOS.find((s) => s.id === 'bail-notice-rolls-over-weekend')!;

  it.each(DAYS)('on %s: the notice period ends on a rest day and rolls over; told on the rolled date, green', (today) => {
    const { snapshot } = resolveScenario(scenario, today);
    const [f] = evaluate(snapshot, { today, rules: [rulesById.get('notice-suspect-counsel-3d')!] });
    expect(f.nominal).not.toBe(f.due);
    expect(f.due).toBe(snapshot.suspectCounselNoticeOn);
    expect([f.light, f.messageId]).toEqual(['green', 'done']);
  });
});
