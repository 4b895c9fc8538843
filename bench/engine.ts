// evaluate() latency: (a) the whole catalogue on one realistic case, per call; (b) five deadline
// rules (R04, R16, R29, R31, R42) against the same rules written for json-rules-engine, the
// general-purpose engine anchors.md compares us with. The overlay re-evaluates on every form edit.
import { Engine, type RuleProperties } from 'json-rules-engine';
import { addDays, computeDeadline, isWorkday, lastWorkdayBefore, type CivilDate } from '../shared/calendar';
import { readCaseSnapshot, type CaseSnapshot } from '../shared/case';
import { evaluate } from '../shared/engine';
import { rules, rulesById } from '../shared/rules';
import { record } from './_report.ts';

const FLOOR_MEDIAN_US = 50;
const FLOOR_P99_US = 250;
const FLOOR_RATIO = 10;
const TODAY = '2025-10-05';

/** A case under review for prosecution as a host form gives it: strings, 是/否, loose dates. */
const REALISTIC = {
  caseNumber: '苏检刑诉受〔2025〕3201020001号', caseName: '张某某盗窃案', suspectName: '张某某', procedure: '审查起诉',
  prosecutorId: 'P-1024', prosecutorName: '李检察官', unitCode: '320102', unitName: '某区人民检察院',
  acceptedOn: '2025-09-08', materialsReceivedOn: '2025-09-08', inCustody: '是', custodyMeasure: '逮捕',
  detainedOn: '2025-07-10', detainedAt: '2025-07-10T21:30', arrestedOn: '2025-07-17', arrestedAt: '2025-07-17T10:00',
  suspectCounselNoticeOn: '2025-09-09', suspectCounselNoticeProof: '是', hasVictim: '是', victimAgentNoticeOn: '2025/9/12',
  victimAgentNoticeProof: '是', hasCounsel: '否', legalAidNoticeOn: '', pleaAccepted: '是', dutyLawyerNotifiedOn: '2025-09-15',
  pleaHearingOn: '2025-09-20', pleaAgreementSignedOn: '2025-09-22', counselPresentAtSigning: '是', counselOpinionHeardOn: '2025-09-20',
  victimOpinionHeardOn: '', interrogatedOn: '2025-09-10', suspectBirthDate: '1990-10-02', guardianPresentAtInterrogation: '',
  fastTrack: '否', majorComplex: '否', returnCount: '1', lastReturnOn: '2025-09-20', returnOutlineProvided: '是',
  retransferredOn: '2025-09-30', likelySentenceMonths: '10', releaseRequestReceivedOn: '2025-09-29', releaseRequestAnsweredOn: '2025-10-01',
  decisionOn: '', extensionApprovedOn: '',
};

/** Cases for the five-rule comparison: review for prosecution, fast track, arrest review. */
const FIVE_RULE_CASES: Record<string, unknown>[] = [
  REALISTIC,
  { procedure: 'prosecution-review', acceptedOn: '2025-09-26', inCustody: true, fastTrack: true, pleaAccepted: true, likelySentenceMonths: 8,
    suspectCounselNoticeOn: '2025-09-30', pleaAgreementSignedOn: '2025-09-29', counselPresentAtSigning: false },
  { procedure: 'arrest-review', acceptedOn: '2025-09-24', inCustody: true, custodyMeasure: 'detention' },
  { procedure: 'prosecution-review', acceptedOn: '2025-08-20', inCustody: false, decisionOn: '2025-09-25', suspectCounselNoticeOn: '2025-08-25' },
];

const FIVE = ['notice-suspect-counsel-3d', 'arrest-review-police-detained-7d', 'prosecution-review-1m', 'fast-track-review-10-15d', 'plea-agreement-counsel-present'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function measureSync(fn: () => unknown, warmup: number, n: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    out[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  return out.sort((a, b) => a - b);
}

async function measureAsync(fn: () => Promise<unknown>, warmup: number, n: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    out[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  return out.sort((a, b) => a - b);
}

// ---- the five rules for json-rules-engine -------------------------------------------------------
// Idiomatic: snapshot fields are runtime facts, computed due dates and warning starts are dynamic
// facts (cached per run by the almanac), date comparisons are custom operators, and each outcome is
// a rule whose event names the messageId. The date arithmetic is the same shared calendar.

function warnFrom(due: CivilDate, days: number): CivilDate {
  const lastWork = isWorkday(due) ? due : lastWorkdayBefore(due);
  const a = addDays(due, -days);
  const b = addDays(lastWork, -days);
  const c = addDays(lastWorkdayBefore(lastWork), 1);
  return [a, b, c].sort()[0];
}

function custodyOf(c: CaseSnapshot): boolean | undefined {
  if (c.inCustody !== undefined) return c.inCustody;
  if (c.custodyMeasure === undefined) return undefined;
  return c.custodyMeasure === 'detention' || c.custodyMeasure === 'arrest';
}

type Deadline = { due: CivilDate; warn: CivilDate };

function jreEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('isMissing', (a: unknown) => a === undefined);
  engine.addOperator('isPresent', (a: unknown) => a !== undefined);
  engine.addOperator('dateAfter', (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a > b);
  engine.addOperator('dateOnOrBefore', (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a <= b);
  engine.addOperator('dateOnOrAfter', (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a >= b);
  engine.addOperator('dateBefore', (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a < b);

  const snap = async (almanac: { factValue: <T>(id: string) => Promise<T> }) => almanac.factValue<CaseSnapshot>('case');
  const deadlineFact = (id: string, compute: (c: CaseSnapshot) => Deadline | undefined) => {
    engine.addFact(`${id}`, async (_p, almanac) => compute(await snap(almanac)), { cache: true });
    engine.addFact(`${id}Due`, async (_p, almanac) => (await almanac.factValue<Deadline | undefined>(id))?.due);
    engine.addFact(`${id}Warn`, async (_p, almanac) => (await almanac.factValue<Deadline | undefined>(id))?.warn);
  };
  const field = (name: keyof CaseSnapshot) => engine.addFact(name, async (_p, almanac) => (await snap(almanac))[name]);
  for (const f of ['procedure', 'acceptedOn', 'suspectCounselNoticeOn', 'decisionOn', 'fastTrack', 'pleaAgreementSignedOn', 'counselPresentAtSigning'] as const) field(f);
  engine.addFact('inCustodyResolved', async (_p, almanac) => custodyOf(await snap(almanac)));
  const received = (c: CaseSnapshot) => [c.acceptedOn, c.materialsReceivedOn].filter((d): d is string => d !== undefined).sort()[0];
  const dl = (start: string | undefined, amount: number, unit: 'day' | 'month', inCustody: boolean, w: number): Deadline | undefined => {
    if (start === undefined) return undefined;
    const due = computeDeadline({ start, period: { amount, unit }, inCustody }).due;
    return { due, warn: warnFrom(due, w) };
  };
  // 刑诉法 105 ④ for every period: R04 rolls off a rest day unless the suspect is in custody.
  deadlineFact('r04', (c) => dl(received(c), 3, 'day', custodyOf(c) ?? false, 0));
  deadlineFact('r16', (c) => dl(received(c), 7, 'day', true, 2));
  deadlineFact('r29', (c) => {
    const start = c.lastReturnOn !== undefined && (c.retransferredOn === undefined || c.retransferredOn < c.lastReturnOn) ? received(c) : c.retransferredOn ?? received(c);
    return dl(start, 1, 'month', custodyOf(c) ?? true, 5);
  });
  engine.addFact('r29End', async (_p, almanac) => {
    const c = await snap(almanac);
    const start = c.retransferredOn ?? received(c);
    return c.lastReturnOn !== undefined && start !== undefined && c.lastReturnOn >= start && !(c.retransferredOn !== undefined && c.retransferredOn > c.lastReturnOn)
      ? c.lastReturnOn
      : c.decisionOn;
  });
  deadlineFact('r31', (c) => {
    const days = (c.likelySentenceMonths ?? 0) > 12 ? 15 : 10;
    return dl(c.retransferredOn ?? received(c), days, 'day', custodyOf(c) ?? true, days === 15 ? 3 : 2);
  });
  engine.addFact('today', TODAY);

  type Cond = { fact: string; operator: string; value?: unknown };
  const rule = (ruleId: string, messageId: string, all: Cond[]): RuleProperties => ({
    name: `${ruleId}:${messageId}`,
    conditions: { all: all.map((c) => ({ value: null, ...c })) },
    event: { type: `${ruleId}:${messageId}` },
  });
  const ref = (fact: string) => ({ fact });
  /** done / late / missing / due-soon / open of one act against one deadline fact. */
  const deadlineRules = (ruleId: string, scope: Cond[], doneFact: string, d: string, ids: [string, string, string, string, string]) => [
    rule(ruleId, ids[0], [...scope, { fact: doneFact, operator: 'dateOnOrBefore', value: ref(`${d}Due`) }]),
    rule(ruleId, ids[1], [...scope, { fact: doneFact, operator: 'dateAfter', value: ref(`${d}Due`) }]),
    rule(ruleId, ids[2], [...scope, { fact: doneFact, operator: 'isMissing' }, { fact: 'today', operator: 'dateAfter', value: ref(`${d}Due`) }]),
    rule(ruleId, ids[3], [...scope, { fact: doneFact, operator: 'isMissing' }, { fact: 'today', operator: 'dateOnOrAfter', value: ref(`${d}Warn`) },
      { fact: 'today', operator: 'dateOnOrBefore', value: ref(`${d}Due`) }]),
    rule(ruleId, ids[4], [...scope, { fact: doneFact, operator: 'isMissing' }, { fact: 'today', operator: 'dateBefore', value: ref(`${d}Warn`) }]),
  ];
  const review: Cond[] = [{ fact: 'procedure', operator: 'equal', value: 'prosecution-review' }, { fact: 'acceptedOn', operator: 'isPresent' }];
  const all: RuleProperties[] = [
    ...deadlineRules('notice-suspect-counsel-3d', review, 'suspectCounselNoticeOn', 'r04', ['done', 'late', 'missing', 'due-soon', 'open']),
    ...deadlineRules('arrest-review-police-detained-7d',
      [{ fact: 'procedure', operator: 'equal', value: 'arrest-review' }, { fact: 'acceptedOn', operator: 'isPresent' }, { fact: 'inCustodyResolved', operator: 'equal', value: true }],
      'decisionOn', 'r16', ['done', 'late-detained', 'overdue-detained', 'due-soon', 'open']),
    ...deadlineRules('prosecution-review-1m', [...review, { fact: 'fastTrack', operator: 'notEqual', value: true }, { fact: 'inCustodyResolved', operator: 'equal', value: true }],
      'r29End', 'r29', ['done', 'late-in-custody', 'overdue-in-custody', 'due-soon', 'open']),
    ...deadlineRules('prosecution-review-1m', [...review, { fact: 'fastTrack', operator: 'notEqual', value: true }, { fact: 'inCustodyResolved', operator: 'equal', value: false }],
      'r29End', 'r29', ['done', 'late', 'overdue', 'due-soon', 'open']).map((r) => ({ ...r, name: `${r.name}:bail` })),
    ...deadlineRules('fast-track-review-10-15d', [...review, { fact: 'fastTrack', operator: 'equal', value: true }], 'decisionOn', 'r31',
      ['done', 'late', 'overdue', 'due-soon', 'open']),
    rule('plea-agreement-counsel-present', 'counsel-present', [{ fact: 'procedure', operator: 'equal', value: 'prosecution-review' },
      { fact: 'pleaAgreementSignedOn', operator: 'isPresent' }, { fact: 'counselPresentAtSigning', operator: 'equal', value: true }]),
    rule('plea-agreement-counsel-present', 'no-counsel', [{ fact: 'procedure', operator: 'equal', value: 'prosecution-review' },
      { fact: 'pleaAgreementSignedOn', operator: 'isPresent' }, { fact: 'counselPresentAtSigning', operator: 'equal', value: false }]),
  ];
  for (const r of all) engine.addRule(r);
  return engine;
}

async function jreRun(engine: Engine, raw: unknown): Promise<string[]> {
  // The same lenient reading our engine does, so both see the same values.
  const { snapshot } = readCaseSnapshot(raw);
  const { events } = await engine.run({ case: snapshot });
  return events.map((e) => e.type).sort();
}

export default async function benchEngine(): Promise<boolean> {
  let ok = true;

  // (a) The whole catalogue, one realistic case, per call.
  const full = measureSync(() => evaluate(REALISTIC, { today: TODAY }), 5_000, 50_000);
  const median = percentile(full, 50);
  const p99 = percentile(full, 99);
  const findings = evaluate(REALISTIC, { today: TODAY });
  const passA = median <= FLOOR_MEDIAN_US && p99 <= FLOOR_P99_US;
  ok &&= passA;
  console.log(
    `evaluate, full catalogue (${rules.length} rules, ${findings.length} findings): median ${median.toFixed(1)} µs, p99 ${p99.toFixed(1)} µs ` +
      `(floors ${FLOOR_MEDIAN_US} / ${FLOOR_P99_US} µs)  ${passA ? 'ok' : 'BELOW FLOOR'}`,
  );

  // (b) Five deadline rules: ours vs json-rules-engine, on the same rotating cases.
  const five = FIVE.map((id) => rulesById.get(id)!);
  const engine = jreEngine();
  for (const c of FIVE_RULE_CASES) {
    const ours = evaluate(c, { today: TODAY, rules: five }).filter((f) => f.light !== 'grey').map((f) => `${f.ruleId}:${f.messageId}`).sort();
    const theirs = await jreRun(engine, c);
    if (ours.join() !== theirs.join()) {
      console.log(`json-rules-engine disagrees with evaluate on a case:\n  ours   ${ours.join(', ')}\n  theirs ${theirs.join(', ')}`);
      ok = false;
    }
  }
  let i = 0;
  const oursFive = measureSync(() => evaluate(FIVE_RULE_CASES[i++ % FIVE_RULE_CASES.length], { today: TODAY, rules: five }), 5_000, 40_000);
  let j = 0;
  const jre = await measureAsync(() => jreRun(engine, FIVE_RULE_CASES[j++ % FIVE_RULE_CASES.length]), 1_000, 8_000);
  const ratio = percentile(jre, 50) / percentile(oursFive, 50);
  record('engine', 'medianUs', median);
  record('engine', 'vsJsonRulesEngine', ratio);
  const passB = ratio >= FLOOR_RATIO;
  ok &&= passB;
  console.log(`five deadline rules (R04, R16, R29, R31, R42), median per case:`);
  console.log(`  evaluate           ${percentile(oursFive, 50).toFixed(1).padStart(8)} µs  (p99 ${percentile(oursFive, 99).toFixed(1)} µs)`);
  console.log(`  json-rules-engine  ${percentile(jre, 50).toFixed(1).padStart(8)} µs  (p99 ${percentile(jre, 99).toFixed(1)} µs)`);
  console.log(`  ratio ${ratio.toFixed(1)}× faster (floor ${FLOOR_RATIO}×)  ${passB ? 'ok' : 'BELOW FLOOR'}`);
  return ok;
}
