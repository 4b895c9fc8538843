// evaluate(): the finding contract of design.md, occurrence keys, configuration, bad data and
// the promise that no snapshot can make it throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../shared/calendar';
import { FIELD_IDS, FIELDS, type FieldDef } from '../../../shared/case';
import {
  EngineConfigSchema,
  decide,
  describe as describeVerdict,
  EngineOptionsError,
  evaluate,
  FindingSchema,
  resolveConfig,
  sortFindings,
  summarize,
  type Finding,
} from '../../../shared/engine';
import { defineRule, rules, rulesById, type Rule } from '../../../shared/rules';
import { textBundle } from '../../../shared/rules/text';

const R29 = rulesById.get('prosecution-review-1m')!;
const R04 = rulesById.get('notice-suspect-counsel-3d')!;
const only = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

/** A realistic case under review for prosecution, with a few things wrong. */
const REALISTIC = {
  caseNumber: '苏检刑诉受〔2025〕3201020001号', caseName: '张某某盗窃案', suspectName: '张某某', procedure: 'prosecution-review',
  prosecutorId: 'P-1024', prosecutorName: '李检察官', unitCode: '320102', unitName: '某区人民检察院',
  acceptedOn: '2025-09-08', inCustody: '是', custodyMeasure: '逮捕', detainedOn: '2025-07-10', arrestedOn: '2025-07-17',
  suspectCounselNoticeOn: '2025-09-09', suspectCounselNoticeProof: true, hasVictim: true, victimAgentNoticeOn: '2025/9/12',
  hasCounsel: false, pleaAccepted: true, dutyLawyerNotifiedOn: '2025-09-15', pleaHearingOn: '2025-09-20', pleaAgreementSignedOn: '2025-09-22',
  counselPresentAtSigning: true, counselOpinionHeardOn: '2025-09-20', interrogatedOn: '2025-09-10', suspectBirthDate: '2007-10-02',
  guardianPresentAtInterrogation: true, returnCount: 0, likelySentenceMonths: 10, releaseRequestReceivedOn: '2025-09-29',
};

describe('evaluate', () => {
  it('returns findings in the shape of design.md', () => {
    const findings = evaluate(REALISTIC, { today: '2025-10-05' });
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) {
      expect(FindingSchema.safeParse(f).success, f.ruleId).toBe(true);
      expect(f.basis.length, f.ruleId).toBeGreaterThan(0);
      expect(f.message.zh).not.toMatch(/\{\{/);
      expect(f.message.en).not.toMatch(/\{\{/);
      if (f.light === 'red') expect(f.points, f.ruleId).toBeGreaterThan(0);
      else expect(f.points, f.ruleId).toBeUndefined();
    }
    const r29 = only(findings, 'prosecution-review-1m')[0];
    expect(r29).toMatchObject({
      light: 'yellow', messageId: 'due-soon', anchor: 'decisionOn', due: '2025-10-08', nominal: '2025-10-08', catalogue: 'R29',
      occurrenceKey: 'prosecution-review-1m:2025-09-08', calendarCovered: true, ruleVersion: 1, severity: 'serious',
    });
    expect(r29.dates.map((d) => [d.kind, d.value])).toEqual([['start', '2025-09-08'], ['due', '2025-10-08'], ['warn-from', '2025-09-25']]);
    expect(r29.basis).toContainEqual({ law: '刑事诉讼法', article: 172, clause: 1 });
    // Dates read as a prosecutor writes them in Chinese, ISO in English; data keeps ISO.
    expect(r29.message.zh).toContain('2025年10月8日');
    expect(r29.message.en).toContain('2025-10-08');
    expect(r29.data.due).toBe('2025-10-08');
  });

  it('keeps names, birth dates and other private facts out of findings', () => {
    const text = JSON.stringify(evaluate({ ...REALISTIC, suspectBirthDate: '2030-01-01' }, { today: '2025-10-05' }));
    for (const secret of ['张某某', '李检察官', '2007-10-02', '2030-01-01']) expect(text).not.toContain(secret);
  });

  it('rejects a bad today or now, but never a bad snapshot', () => {
    expect(() => evaluate({}, { today: '2025-02-30' })).toThrow(EngineOptionsError);
    expect(() => evaluate({}, { today: undefined as unknown as string })).toThrow(EngineOptionsError);
    expect(() => evaluate({}, { today: '2025-10-01', now: '2025-10-01 10:00' })).toThrow(EngineOptionsError);
    expect(() => evaluate('not a case', { today: '2025-10-01' })).not.toThrow();
  });

  it('never throws for any snapshot, and no rule fails on one', () => {
    const dateLike = fc.oneof(
      fc.date({ min: new Date('1890-01-01'), max: new Date('2210-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16)),
      fc.constantFrom('2025-02-30', 'abc', '2025/9/8', '2025年9月8日', '', ' ', '0000-01-01', '9999-12-31', '2025-09-08T24:00'),
    );
    const enumValues = (FIELDS as readonly FieldDef[]).flatMap((f) => f.values ?? []);
    const value = fc.oneof(dateLike, fc.boolean(), fc.integer({ min: -5, max: 1000 }), fc.constantFrom(...enumValues, '是', '否'),
      fc.string(), fc.constant(null), fc.anything());
    const snapshot = fc.dictionary(fc.constantFrom(...FIELD_IDS), value, { maxKeys: 40 });
    const today = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.oneof(snapshot, fc.anything(), fc.object()), today, fc.boolean(), (s, t, withNow) => {
        const findings = evaluate(s, { today: t, now: withNow ? `${t}T12:00` : undefined, config: { includeNotApplicable: withNow } });
        for (const f of findings) {
          expect(f.messageId === 'rule-error' ? `${f.ruleId}: ${String(f.data.error)}` : 'ok').toBe('ok');
          expect(FindingSchema.safeParse(f).success).toBe(true);
        }
        const keys = findings.map((f) => f.occurrenceKey);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 1500 },
    );
  });

  it('turns a rule that throws or answers nonsense into a grey rule-error finding', () => {
    const meta = { ...R04.meta, id: 'test-throws' };
    const throwing = defineRule({ meta, applies: () => true, check: () => { throw new Error('bug'); } });
    const nonsense: Rule = { meta: { ...meta, id: 'test-nonsense' }, applies: () => true, check: () => ({ messageId: 'no-such-message' }) };
    const findings = evaluate({ procedure: 'prosecution-review', acceptedOn: '2025-09-08' }, { today: '2025-09-10', rules: [throwing, nonsense] });
    expect(findings.map((f) => [f.ruleId, f.light, f.messageId])).toEqual([
      ['test-throws', 'grey', 'rule-error'],
      ['test-nonsense', 'grey', 'rule-error'],
    ]);
    expect(findings[0].message.en).toContain('bug');
  });

  it('runs only the given rules', () => {
    const findings = evaluate(REALISTIC, { today: '2025-10-05', rules: [R29] });
    expect(findings.map((f) => f.ruleId)).toEqual(['prosecution-review-1m']);
  });

  it('uses a calendar with local overrides', () => {
    // A local rest day on 2025-10-09 moves the on-bail due date of example C to 10-10.
    const calendar = createCalendar({ holidays: ['2025-10-09'] });
    const snap = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: false };
    expect(evaluate(snap, { today: '2025-09-10', rules: [R29] })[0].due).toBe('2025-10-09');
    expect(evaluate(snap, { today: '2025-09-10', rules: [R29], calendar })[0].due).toBe('2025-10-10');
  });

  it('says when the calendar has no official data for the year', () => {
    const [f] = evaluate({ procedure: 'prosecution-review', acceptedOn: '2031-03-03', inCustody: false }, { today: '2031-03-04', rules: [R29] });
    expect(f.calendarCovered).toBe(false);
  });
});

describe('occurrence keys', () => {
  const snap = { procedure: 'prosecution-review', acceptedOn: '2025-03-03', inCustody: true };

  it('stay the same while one deadline runs from green to yellow to red', () => {
    const lights = ['2025-03-10', '2025-03-30', '2025-04-04'].map((today) => evaluate(snap, { today, rules: [R29] })[0]);
    expect(lights.map((f) => f.light)).toEqual(['green', 'yellow', 'red']);
    expect(new Set(lights.map((f) => f.occurrenceKey))).toEqual(new Set(['prosecution-review-1m:2025-03-03']));
  });

  it('stay the same when the act is recorded (red late, green in time)', () => {
    const late = evaluate({ ...snap, decisionOn: '2025-04-07' }, { today: '2025-04-08', rules: [R29] })[0];
    const open = evaluate(snap, { today: '2025-03-10', rules: [R29] })[0];
    expect(late.occurrenceKey).toBe(open.occurrenceKey);
  });

  it('change when the clock restarts after re-transfer (example G2)', () => {
    const returned = { ...snap, returnCount: 1, lastReturnOn: '2025-03-20' };
    const first = evaluate(returned, { today: '2025-04-10', rules: [R29] })[0];
    const second = evaluate({ ...returned, retransferredOn: '2025-04-18' }, { today: '2025-05-19', rules: [R29] })[0];
    expect(first).toMatchObject({ light: 'green', messageId: 'returned-in-time', occurrenceKey: 'prosecution-review-1m:2025-03-03' });
    expect(second).toMatchObject({ light: 'red', messageId: 'overdue-in-custody', due: '2025-05-18', occurrenceKey: 'prosecution-review-1m:2025-04-18' });
  });

  it('are unique within one evaluation of the whole catalogue', () => {
    const keys = evaluate(REALISTIC, { today: '2025-10-05' }).map((f) => f.occurrenceKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('configuration', () => {
  const snap = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: true };

  it('switches rules off', () => {
    const findings = evaluate(snap, { today: '2025-10-10', config: { rules: { 'prosecution-review-1m': { enabled: false } } } });
    expect(only(findings, 'prosecution-review-1m')).toEqual([]);
    expect(only(evaluate(snap, { today: '2025-10-10' }), 'prosecution-review-1m')).toHaveLength(1);
  });

  it('overrides points and warning windows', () => {
    const config = { rules: { 'prosecution-review-1m': { points: { 'overdue-in-custody': 3 }, warningDays: 15 } } };
    expect(evaluate(snap, { today: '2025-10-10', rules: [R29], config })[0]).toMatchObject({ light: 'red', points: 3 });
    expect(evaluate(snap, { today: '2025-09-20', rules: [R29] })[0].light).toBe('green');
    expect(evaluate(snap, { today: '2025-09-20', rules: [R29], config })[0]).toMatchObject({ light: 'yellow', data: { warnFrom: '2025-09-15' } });
  });

  it('also goes yellow when at most one working day is left (catalogue §3.1), never earlier than that', () => {
    const R17 = rulesById.get('arrest-review-police-not-detained-15-20d')!;
    const b = { procedure: 'arrest-review', acceptedOn: '2025-09-23', inCustody: false, custodyMeasure: 'bail' };
    // Example B: due 10-09 after National Day; the 3-day window alone would start on 10-06.
    expect(evaluate(b, { today: '2025-09-30', rules: [R17] })[0]).toMatchObject({ light: 'yellow', due: '2025-10-09', data: { warnFrom: '2025-09-30' } });
    expect(evaluate(b, { today: '2025-09-29', rules: [R17] })[0].light).toBe('green');
    expect(evaluate(b, { today: '2025-09-26', rules: [R17] })[0].light).toBe('green');
    expect(evaluate({ ...b, decisionOn: '2025-09-30' }, { today: '2025-09-30', rules: [R17] })[0]).toMatchObject({ light: 'green', messageId: 'done' });
    // Mid-week: the window is wider than one working day, nothing changes (due Tue 11-18, yellow from 11-15).
    expect(evaluate({ ...b, acceptedOn: '2025-11-03' }, { today: '2025-11-14', rules: [R17] })[0]).toMatchObject({ light: 'green', data: { warnFrom: '2025-11-15' } });
    // In custody, due on a rest day (example D, R04 3 days from 09-28): due 10-01 (holiday), the last
    // working day 09-30, one working day left from 09-29 on; the start day itself stays green.
    const d = { procedure: 'prosecution-review', acceptedOn: '2025-09-28', inCustody: true, custodyMeasure: 'arrest' };
    expect(evaluate(d, { today: '2025-09-29', rules: [R04] })[0]).toMatchObject({ light: 'yellow', due: '2025-10-01', data: { warnFrom: '2025-09-29' } });
    expect(evaluate(d, { today: '2025-09-28', rules: [R04] })[0].light).toBe('green');
    expect(evaluate(d, { today: '2025-10-02', rules: [R04] })[0].light).toBe('red');
  });

  it('overrides a rule’s catalogue option', () => {
    const R08 = rulesById.get('relay-request-for-counsel')!;
    const d = { procedure: 'prosecution-review', inCustody: true, counselRequestMadeOn: '2025-09-08' };
    expect(evaluate(d, { today: '2025-09-08', rules: [R08] })[0].due).toBe('2025-09-09');
    const config = { rules: { 'relay-request-for-counsel': { options: { workdays: 2 } } } };
    expect(evaluate(d, { today: '2025-09-08', rules: [R08], config })[0].due).toBe('2025-09-10');
  });

  it('keeps configs of the retired postponeOnRestDay option working: false becomes the internal date', () => {
    const d = { procedure: 'prosecution-review', acceptedOn: '2025-09-28', inCustody: false };
    const strict = { rules: { 'notice-suspect-counsel-3d': { options: { postponeOnRestDay: false } } } };
    const [f] = evaluate(d, { today: '2025-10-02', rules: [R04], config: strict });
    expect([f.light, f.messageId, f.due]).toEqual(['yellow', 'internal-date-passed', '2025-10-09']);
    expect(f.dates).toContainEqual({ kind: 'info', label: { zh: '本院内部要求日期', en: 'unit’s internal date' }, value: '2025-10-01' });
    const lenient = { rules: { 'notice-suspect-counsel-3d': { options: { postponeOnRestDay: true } } } };
    expect(evaluate(d, { today: '2025-10-02', rules: [R04], config: lenient })[0].messageId).toBe('due-soon');
  });

  it('can list rules that do not apply, in grey', () => {
    const findings = evaluate({ procedure: 'arrest-review', acceptedOn: '2025-09-08', inCustody: true }, { today: '2025-09-09', config: { includeNotApplicable: true } });
    expect(only(findings, 'prosecution-review-1m')).toMatchObject([{ light: 'grey', messageId: 'not-applicable', occurrenceKey: 'prosecution-review-1m:n/a' }]);
  });

  it('rejects a malformed config with a clear error', () => {
    expect(() => resolveConfig({ rules: { 'prosecution-review-1m': { points: { overdue: 11 } } } })).toThrow(EngineOptionsError);
    expect(() => resolveConfig({ rules: { x: { colour: 'red' } } })).toThrow(EngineOptionsError);
    expect(() => resolveConfig('everything on')).toThrow(EngineOptionsError);
    expect(() => resolveConfig({ rules: { 'prosecution-review-1m': { points: { done: 3 } } } }, rules)).toThrow(/not a red message/);
    expect(() => resolveConfig({ rules: { 'notice-suspect-counsel-3d': { options: { postponeOnRestDay: 'yes' } } } }, rules)).toThrow(/expected a boolean/);
    expect(() => resolveConfig({ rules: { 'relay-request-for-counsel': { options: { workdays: 'one' } } } }, rules)).toThrow(/expected a number/);
    expect(() => resolveConfig({ rules: { 'notice-suspect-counsel-3d': { adopted: true } } }, rules)).toThrow(/no unit-policy limits/);
    expect(() => resolveConfig({ rules: { 'notice-suspect-counsel-3d': { options: { other: true } } } }, rules)).toThrow(/no such option/);
    expect(() => evaluate(snap, { today: '2025-09-10', config: { rules: { 'prosecution-review-1m': { warningDays: -1 } } } })).toThrow(EngineOptionsError);
  });

  it('ignores settings for rule ids this build does not know', () => {
    const config = EngineConfigSchema.parse({ rules: { 'rule-from-the-future': { enabled: false } } });
    expect(() => evaluate(snap, { today: '2025-09-10', config })).not.toThrow();
  });
});

describe('bad data becomes findings', () => {
  it('an unreadable acceptance date: yellow beside the field, grey for the rules that need it', () => {
    const findings = evaluate({ procedure: 'prosecution-review', acceptedOn: '2025-02-30', inCustody: true }, { today: '2025-09-10' });
    expect(only(findings, 'data-consistency')).toMatchObject([{ light: 'yellow', messageId: 'unreadable', anchor: 'acceptedOn' }]);
    expect(only(findings, 'prosecution-review-1m')).toMatchObject([{ light: 'grey', messageId: 'inputs-missing', missingFields: ['acceptedOn'] }]);
    expect(only(findings, 'prosecution-review-1m')[0].message.zh).toContain('受理日期');
  });

  it('a decision dated before acceptance, and a birth date in the future', () => {
    const findings = evaluate(
      { procedure: 'prosecution-review', acceptedOn: '2025-09-08', decisionOn: '2025-09-01', suspectBirthDate: '2026-01-01', inCustody: true },
      { today: '2025-09-10' },
    );
    expect(only(findings, 'data-consistency').map((f) => [f.light, f.messageId, f.anchor])).toEqual([
      ['yellow', 'order', 'decisionOn'],
      ['yellow', 'order', 'acceptedOn'],
      ['yellow', 'future-date', 'suspectBirthDate'],
    ]);
  });
});

describe('summarize and sort', () => {
  const findings = evaluate(REALISTIC, { today: '2025-10-05' });

  it('counts lights, the worst light and red points', () => {
    const s = summarize(findings);
    expect(s.counts.red + s.counts.yellow + s.counts.green + s.counts.grey).toBe(findings.length);
    expect(s.worst).toBe('red');
    expect(s.points).toBe(findings.filter((f) => f.light === 'red').reduce((n, f) => n + (f.points ?? 0), 0));
    expect(summarize([])).toEqual({ counts: { red: 0, yellow: 0, green: 0, grey: 0 }, worst: 'green', points: 0 });
  });

  it('sorts worst first without changing the input', () => {
    const sorted = sortFindings(findings);
    const order = { red: 0, yellow: 1, grey: 2, green: 3 };
    for (let i = 1; i < sorted.length; i++) expect(order[sorted[i - 1].light]).toBeLessThanOrEqual(order[sorted[i].light]);
    const reds = sorted.filter((f) => f.light === 'red');
    for (let i = 1; i < reds.length; i++) expect(reds[i - 1].points!).toBeGreaterThanOrEqual(reds[i].points!);
    expect(findings.map((f) => f.ruleId)).toEqual([...findings].map((f) => f.ruleId));
    expect(sorted).not.toBe(findings);
  });
});

describe('phrases: outcome data and date labels that name the rule’s wording by id', () => {
  // A rule of its own, described with a bundle that holds its phrases as shared/rules/text would.
  const rule = defineRule({
    meta: {
      id: 'phrase-probe', version: 1, procedures: ['prosecution-review'], fields: ['acceptedOn'], anchor: 'acceptedOn', severity: 'minor', points: {},
      messages: { said: { light: 'yellow' } },
    },
    applies: () => true,
    check: (c) => ({
      messageId: 'said',
      data: { one: { phrase: 'alpha' }, list: { phrase: ['alpha', 'beta'] }, none: { phrase: [] }, unknown: { phrase: 'gamma' }, lib: { phrase: 'arrest' } },
      dates: [{ kind: 'done', label: { phrase: 'beta' }, value: c.acceptedOn! }],
    }),
  });
  const text = textBundle();
  const bundle = {
    ...text,
    rules: {
      'phrase-probe': {
        title: { zh: '探针', en: 'probe' }, basis: [],
        messages: { said: { zh: '{{one}}|{{list}}|{{none}}|{{unknown}}|{{lib}}', en: '{{one}}|{{list}}|{{none}}|{{unknown}}|{{lib}}' } },
        phrases: { alpha: { zh: '甲', en: 'A' }, beta: { zh: '乙', en: 'B' } },
      },
    },
  };
  const [v] = decide({ procedure: 'prosecution-review', acceptedOn: '2025-09-08' }, { today: '2025-09-10', rules: [rule] });
  const f = describeVerdict(v, bundle);

  it('puts in the phrase, a list joined per language (none reads as nothing), an unknown id as itself, rules/lib’s from the engine', () => {
    expect(f.message).toEqual({ zh: '甲|甲、乙||gamma|逮捕', en: 'A|A, B||gamma|arrest' });
    expect(f.data.list).toEqual({ zh: '甲、乙', en: 'A, B' });
  });

  it('labels a rule’s date with its phrase', () => {
    expect(f.dates).toContainEqual({ kind: 'done', label: { zh: '乙', en: 'B' }, value: '2025-09-08' });
  });
});
