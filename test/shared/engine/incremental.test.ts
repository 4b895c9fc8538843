// createDecider: the engine for one page, re-running only the rules whose fields an edit changed.
// Same verdicts as a full `decide`, edit after edit; fewer checks run.
import { describe, expect, it } from 'vitest';
import { readCaseSnapshot } from '../../../shared/case';
import { createDecider, decide, describe as describeVerdict, evaluate } from '../../../shared/engine';
import { rules } from '../../../shared/rules';
import type { Rule } from '../../../shared/rules/lib/types';
import { textBundle } from '../../../shared/rules/text';
import { fieldsReadOutsideMeta } from '../rules/rule-tester';

const TODAY = '2025-10-05';
const CASE: Record<string, unknown> = {
  caseNumber: '测检刑诉〔2025〕7号', procedure: 'prosecution-review', acceptedOn: '2025-09-08', materialsReceivedOn: '2025-09-08',
  inCustody: true, custodyMeasure: 'arrest', detainedOn: '2025-07-10', detainedAt: '2025-07-10T21:30', arrestedOn: '2025-07-17',
  arrestedAt: '2025-07-17T10:00', suspectCounselNoticeOn: '2025-09-09', hasVictim: true, victimAgentNoticeOn: '2025-09-12',
  pleaAccepted: true, pleaAgreementSignedOn: '2025-09-22', counselPresentAtSigning: true, interrogatedOn: '2025-09-10',
  suspectBirthDate: '1990-10-02', returnCount: 1, lastReturnOn: '2025-09-20', retransferredOn: '2025-09-30',
};

/** Edits as a prosecutor makes them: fill, change, clear, type something unreadable, change stage. */
const EDITS: [string, unknown][] = [
  ['decisionOn', '2025-10-03'], ['suspectCounselNoticeOn', '2025-09-15'], ['victimAgentNoticeOn', undefined],
  ['hasVictim', false], ['counselPresentAtSigning', false], ['decisionOn', 'not a date'], ['decisionOn', '2025-10-20'],
  ['inCustody', false], ['custodyMeasure', 'bail'], ['procedure', 'arrest-review'], ['procedure', 'prosecution-review'],
  ['fastTrack', true], ['likelySentenceMonths', 8], ['suspectBirthDate', '2009-05-01'], ['returnCount', 3],
];

/** Counts each rule's checks. */
function counted(list: readonly Rule[]): { rules: Rule[]; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  return {
    calls,
    rules: list.map((r) => ({ ...r, check: (c, ctx) => (calls.set(r.meta.id, (calls.get(r.meta.id) ?? 0) + 1), r.check(c, ctx)) })),
  };
}

describe('createDecider', () => {
  it('gives the same verdicts as decide, edit after edit', () => {
    const page = createDecider();
    let view: Record<string, unknown> = { ...CASE };
    expect(page(view, { today: TODAY })).toEqual(decide(view, { today: TODAY }));
    for (const [field, value] of EDITS) {
      view = { ...view, [field]: value };
      if (value === undefined) delete view[field];
      expect(page(view, { today: TODAY }), `${field} = ${String(value)}`).toEqual(decide(view, { today: TODAY }));
      const read = readCaseSnapshot(view);
      expect(page(read, { today: TODAY })).toEqual(decide(read, { today: TODAY }));
    }
    // Described, the same findings as evaluate.
    const text = textBundle();
    expect(page(view, { today: TODAY }).map((v) => describeVerdict(v, text))).toEqual(evaluate(view, { today: TODAY }));
  });

  it('re-runs only the rules that read an edited field, and keeps the others’ verdicts', () => {
    const { rules: list, calls } = counted(rules);
    const page = createDecider();
    const first = page(CASE, { today: TODAY, rules: list });
    const ran = calls.size;
    expect(ran).toBeGreaterThan(10);
    calls.clear();
    const second = page({ ...CASE, suspectCounselNoticeOn: '2025-09-10' }, { today: TODAY, rules: list });
    const readers = rules.filter((r) => (r.meta.fields as readonly string[]).includes('suspectCounselNoticeOn')).map((r) => r.meta.id);
    expect([...calls.keys()].sort()).toEqual(readers.filter((id) => calls.has(id)).sort());
    expect(calls.size).toBeLessThan(ran / 2);
    expect(calls.has('notice-suspect-counsel-3d')).toBe(true);
    // Untouched rules hand back the very same verdicts.
    const kept = second.filter((v) => !readers.includes(v.ruleId));
    expect(kept.every((v) => first.includes(v))).toBe(true);
    // Nothing changed: nothing runs.
    calls.clear();
    page({ ...CASE, suspectCounselNoticeOn: '2025-09-10' }, { today: TODAY, rules: list });
    expect(calls.size).toBe(0);
  });

  it('hands back the verdicts of a re-run rule that decided as before, and new ones when it did not', () => {
    const page = createDecider();
    const first = page(CASE, { today: TODAY });
    const consistency = first.find((v) => v.ruleId === 'data-consistency')!;
    const notice = first.find((v) => v.ruleId === 'notice-suspect-counsel-3d')!;
    // data-consistency reads every field: an edit re-runs it, and it decides as before.
    const second = page({ ...CASE, unitName: '测试院' }, { today: TODAY });
    expect(second).toEqual(decide({ ...CASE, unitName: '测试院' }, { today: TODAY }));
    expect(second.find((v) => v.ruleId === 'data-consistency')).toBe(consistency);
    // An edit that changes a rule's verdict gives a new one.
    const third = page({ ...CASE, unitName: '测试院', suspectCounselNoticeOn: undefined }, { today: TODAY });
    expect(third).toEqual(decide({ ...CASE, unitName: '测试院', suspectCounselNoticeOn: undefined }, { today: TODAY }));
    expect(third.find((v) => v.ruleId === 'notice-suspect-counsel-3d')).not.toEqual(notice);
    // A new day re-runs every rule: those that decide as before keep their objects.
    const nextDay = page({ ...CASE, unitName: '测试院' }, { today: '2025-10-06' });
    expect(nextDay).toEqual(decide({ ...CASE, unitName: '测试院' }, { today: '2025-10-06' }));
    expect(nextDay.find((v) => v.ruleId === 'data-consistency')).toBe(consistency);
  });

  it('re-runs every rule when today, the config or the procedure changes', () => {
    const { rules: list, calls } = counted(rules);
    const page = createDecider();
    page(CASE, { today: TODAY, rules: list });
    const all = calls.size;
    for (const [view, options] of [
      [CASE, { today: '2025-10-06', rules: list }],
      [CASE, { today: '2025-10-06', rules: list, config: { rules: { 'prosecution-review-1m': { warningDays: 9 } } } }],
      [{ ...CASE, procedure: 'non-prosecution' }, { today: '2025-10-06', rules: list, config: undefined }],
    ] as const) {
      calls.clear();
      const got = page(view, options);
      expect(got).toEqual(decide(view, options));
      expect(calls.size).toBeGreaterThan(0);
      if (view === CASE) expect(calls.size).toBe(all);
    }
  });

  it('sees a snapshot object edited in place', () => {
    const page = createDecider();
    const view: Record<string, unknown> = { ...CASE };
    page(view, { today: TODAY });
    view.decisionOn = '2025-10-01';
    expect(page(view, { today: TODAY })).toEqual(decide(view, { today: TODAY }));
  });

  it('the RuleTester catches a rule reading a field its meta does not list', () => {
    const sneaky: Rule = { ...rules[0], meta: { ...rules[0].meta, fields: ['procedure'], anchor: 'procedure' }, applies: (c) => c.acceptedOn !== undefined, check: () => null };
    expect(fieldsReadOutsideMeta(sneaky, { name: 'x', snapshot: CASE, today: TODAY })).toEqual(['acceptedOn']);
  });
});
