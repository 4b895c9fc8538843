// The engine bench's measuring process (bench/engine.ts bundles this file as the extension ships
// code, minified, and runs it in a process of its own so no other bench's heap or JIT state counts).
// Prints one JSON line: the figures bench/engine.ts judges.
//  (a) the full catalogue, every rule run, per case: `decide` on the case as the page reader read
//      it (what the content script runs per evaluation; text is described only when shown), and
//      for context the same with reading the raw values and with describing every finding (zh+en);
//  (b) the same page edited field by field: `createDecider` re-runs only the rules an edit touches;
//  (c) twenty rules' date logic against the same rules written for json-rules-engine, given
//      prioritised conditions (cheap snapshot facts before computed deadlines), on the same cases.
import { Engine, type RuleProperties } from 'json-rules-engine';
import { addDays, computeDeadline, isWorkday, lastWorkdayBefore, addMonths, type CivilDate } from '../shared/calendar';
import { readCaseSnapshot, type CaseSnapshot, type ReadSnapshot } from '../shared/case';
import { createDecider, decide, evaluate } from '../shared/engine';
import { rules, rulesById } from '../shared/rules';

const TODAY = '2025-10-05';

/** A case under review for prosecution as a host form gives it: strings, 是/否, loose dates. */
const REALISTIC: Record<string, unknown> = {
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

/** Cases across stages, each touching several of the twenty rules (and the whole catalogue in (a)). */
const CASES: Record<string, unknown>[] = [
  REALISTIC,
  { procedure: 'prosecution-review', acceptedOn: '2025-09-26', inCustody: true, fastTrack: true, pleaAccepted: true, likelySentenceMonths: 8,
    suspectCounselNoticeOn: '2025-09-30', pleaAgreementSignedOn: '2025-09-29', counselPresentAtSigning: false, hasCounsel: false,
    pleaHearingOn: '2025-09-28', dutyLawyerNotifiedOn: '2025-09-29', hasVictim: true, interrogatedOn: '2025-09-27',
    suspectBirthDate: '2008-03-01', guardianPresentAtInterrogation: false, fileReviewRequestedOn: '2025-09-29' },
  { procedure: 'arrest-review', acceptedOn: '2025-09-24', inCustody: true, custodyMeasure: 'detention', counselRequestMadeOn: '2025-09-30',
    releaseRequestReceivedOn: '2025-10-01', monitoringNoticeReceivedOn: '2025-09-22', monitoringNoticeRepliedOn: '2025-10-03' },
  { procedure: 'prosecution-review', acceptedOn: '2025-08-20', inCustody: false, decisionOn: '2025-09-25', suspectCounselNoticeOn: '2025-08-25',
    hasVictim: true, victimAgentNoticeOn: '2025-08-22', victimAgentNoticeProof: false, nonJurisdictionFoundOn: '2025-09-29',
    nonLawyerDefenderRequestOn: '2025-09-01', nonLawyerDefenderNoticeOn: '2025-09-08', interrogatedOn: '2025-09-26',
    obstructionComplaintOn: '2025-09-24' },
  { procedure: 'arrest-review', acceptedOn: '2025-09-18', inCustody: false, majorComplex: true, nonApprovalServedOn: '2025-09-30',
    counselRequestMadeOn: '2025-09-29', custodyMeasure: 'designated-residential-surveillance', obstructionComplaintOn: '2025-09-10',
    obstructionComplaintRepliedOn: '2025-09-19' },
  { procedure: 'prosecution-review', acceptedOn: '2025-09-01', supervisionCase: true, detainedOn: '2025-09-26', inCustody: true,
    supervisionMeasureExtraDays: 2, suspectCounselNoticeOn: '2025-09-26', fileReviewRequestedOn: '2025-09-24', fileReviewArrangedOn: '2025-09-30' },
  { procedure: 'non-prosecution', acceptedOn: '2025-08-01', decisionOn: '2025-09-24', announcedOn: '2025-09-26', hasVictim: true,
    nonProsServedOn: '2025-09-30', appealRightsNoticed: true, monitoringNoticeReceivedOn: '2025-09-28' },
  { procedure: 'non-prosecution', acceptedOn: '2025-08-01', decisionOn: '2025-09-20', hasVictim: true, appealRightsNoticed: false,
    nonProsServedOn: '2025-09-25', releaseRequestReceivedOn: '2025-09-30', releaseRequestAnsweredOn: '2025-10-04', inCustody: false },
];

/** The twenty rules of the comparison (their date logic is written again for json-rules-engine below). */
const TWENTY = [
  'notice-suspect-counsel-3d', 'notice-victim-agent-3d', 'file-review-3-workdays', 'flow-monitoring-notice-reply-10d',
  'intake-jurisdiction-transfer-5d', 'counsel-obstruction-complaint-10d', 'non-lawyer-defender-permission-3d', 'supervision-case-measure-10d',
  'arrest-review-police-not-detained-15-20d', 'arrest-review-police-detained-7d', 'custody-release-and-variation-requests-3d',
  'relay-request-for-counsel', 'arrest-nonapproval-execution-receipt', 'nonpros-service-7d-notice', 'prosecution-review-1m',
  'fast-track-review-10-15d', 'plea-agreement-counsel-present', 'duty-lawyer-for-plea', 'juvenile-guardian-present',
  'prosecution-mandatory-interrogation',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Per-call times in µs, sorted; `fn(i)` gets the call's index (to rotate cases). */
function measureSync(fn: (i: number) => unknown, warmup: number, n: number): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    fn(i);
    out[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  return out.sort((a, b) => a - b);
}

async function measureAsync(fn: (i: number) => Promise<unknown>, warmup: number, n: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    out[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  return out.sort((a, b) => a - b);
}

// ---- the twenty rules for json-rules-engine ------------------------------------------------------
// Idiomatic: snapshot fields are facts of high priority (checked first, so a rule that does not
// apply stops before any date is computed), computed deadlines and warning starts are cached facts
// of low priority, date comparisons are custom operators, each outcome is a rule whose event names
// the messageId. The date arithmetic is the same shared calendar.

function custodyOf(c: CaseSnapshot): boolean | undefined {
  if (c.inCustody !== undefined) return c.inCustody;
  if (c.custodyMeasure === undefined) return undefined;
  return c.custodyMeasure === 'detention' || c.custodyMeasure === 'arrest';
}

const received = (c: CaseSnapshot) => [c.acceptedOn, c.materialsReceivedOn].filter((d): d is string => d !== undefined).sort()[0];

type Deadline = { due: CivilDate; warn: CivilDate };

/** The due date and the first yellow day, as the engine's context computes them (rules-catalogue §3.1). */
function dl(start: string | undefined, amount: number, unit: 'day' | 'month' | 'workday', inCustody: boolean, w: number): Deadline | undefined {
  if (start === undefined) return undefined;
  const due = computeDeadline({ start, period: { amount, unit }, inCustody }).due;
  const lastWork = isWorkday(due) ? due : lastWorkdayBefore(due);
  const before = lastWorkdayBefore(lastWork);
  const oneLeft = before > addDays(start, 1) ? before : addDays(start, 1);
  return { due, warn: [addDays(due, -w), addDays(lastWork, -w), oneLeft].sort()[0] };
}

type Cond = { fact: string; operator: string; value?: unknown };
const HIGH = 10;
const LOW = 1;

function jreEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('isMissing', (a: unknown) => a === undefined);
  engine.addOperator('isPresent', (a: unknown) => a !== undefined);
  engine.addOperator('dateAfter', (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a > b);
  engine.addOperator('dateOnOrBefore', (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a <= b);
  engine.addOperator('dateOnOrAfter', (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a >= b);
  engine.addOperator('dateBefore', (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a < b);

  type Almanac = { factValue: <T>(id: string) => Promise<T> };
  const snap = async (almanac: Almanac) => almanac.factValue<CaseSnapshot>('case');
  const computed = (id: string, compute: (c: CaseSnapshot) => unknown) =>
    engine.addFact(id, async (_p, almanac) => compute(await snap(almanac)), { cache: true, priority: LOW });
  const deadlineFact = (id: string, compute: (c: CaseSnapshot) => Deadline | undefined) => {
    computed(id, compute);
    engine.addFact(`${id}Due`, async (_p, almanac) => (await almanac.factValue<Deadline | undefined>(id))?.due, { priority: LOW });
    engine.addFact(`${id}Warn`, async (_p, almanac) => (await almanac.factValue<Deadline | undefined>(id))?.warn, { priority: LOW });
  };
  const fields = [
    'procedure', 'acceptedOn', 'supervisionCase', 'suspectCounselNoticeOn', 'suspectCounselNoticeProof', 'hasVictim', 'victimAgentNoticeOn',
    'victimAgentNoticeProof', 'fileReviewRequestedOn', 'fileReviewArrangedOn', 'monitoringNoticeReceivedOn', 'monitoringNoticeRepliedOn',
    'nonJurisdictionFoundOn', 'jurisdictionTransferredOn', 'obstructionComplaintOn', 'obstructionComplaintRepliedOn', 'nonLawyerDefenderRequestOn',
    'nonLawyerDefenderNoticeOn', 'detainedOn', 'supervisionMeasureDecidedOn', 'selfInvestigated', 'majorComplex', 'decisionOn',
    'releaseRequestReceivedOn', 'releaseRequestAnsweredOn', 'counselRequestMadeOn', 'counselRequestRelayedOn', 'custodyMeasure',
    'nonApprovalServedOn', 'nonApprovalReceiptOn', 'nonProsServedOn', 'appealRightsNoticed', 'fastTrack', 'pleaAgreementSignedOn',
    'counselPresentAtSigning', 'pleaAccepted', 'hasCounsel', 'dutyLawyerNotifiedOn', 'guardianPresentAtInterrogation', 'interrogatedOn',
  ] as const;
  for (const f of fields) engine.addFact(f, async (_p, almanac) => (await snap(almanac))[f], { priority: HIGH });
  engine.addFact('inCustodyResolved', async (_p, almanac) => custodyOf(await snap(almanac)), { priority: HIGH });
  engine.addFact('received', async (_p, almanac) => received(await snap(almanac)), { priority: HIGH });
  engine.addFact('today', TODAY, { priority: HIGH });

  deadlineFact('r04', (c) => dl(received(c), 3, 'day', custodyOf(c) ?? false, 0));
  // 规则 145: in 留置 cases the notice is due when detention is executed.
  deadlineFact('r04s', (c) => dl(c.detainedOn, 0, 'day', true, 0));
  deadlineFact('r05', (c) => dl(received(c), 3, 'day', custodyOf(c) ?? false, 0));
  deadlineFact('fileReview', (c) => dl(c.fileReviewRequestedOn, 3, 'workday', false, 0));
  deadlineFact('monitoring', (c) => dl(c.monitoringNoticeReceivedOn, 10, 'day', false, 2));
  deadlineFact('r02', (c) => dl(c.nonJurisdictionFoundOn, 5, 'day', custodyOf(c) ?? false, 1));
  deadlineFact('obstruction', (c) => dl(c.obstructionComplaintOn, 10, 'day', false, 2));
  deadlineFact('nonLawyer', (c) => dl(c.nonLawyerDefenderRequestOn, 3, 'day', custodyOf(c) ?? false, 0));
  deadlineFact('supervision', (c) => {
    const extra = Math.min(c.supervisionMeasureExtraDays ?? 0, 4);
    return dl(c.detainedOn, 10 + extra, 'day', true, extra > 0 ? 3 : 2);
  });
  deadlineFact('r17', (c) => dl(received(c), c.majorComplex === true ? 20 : 15, 'day', false, 3));
  deadlineFact('r16', (c) => dl(received(c), 7, 'day', true, 2));
  deadlineFact('release', (c) => dl(c.releaseRequestReceivedOn, 3, 'day', custodyOf(c) ?? false, 0));
  deadlineFact('relay', (c) => dl(c.counselRequestMadeOn, 1, 'workday', true, 0));
  deadlineFact('receipt', (c) => dl(c.nonApprovalServedOn, 3, 'day', custodyOf(c) ?? false, 0));
  deadlineFact('service', (c) => dl(c.announcedOn ?? c.decisionOn, 7, 'day', false, 4));
  deadlineFact('r29', (c) => {
    const start = c.lastReturnOn !== undefined && (c.retransferredOn === undefined || c.retransferredOn < c.lastReturnOn) ? received(c) : c.retransferredOn ?? received(c);
    return dl(start, 1, 'month', custodyOf(c) ?? true, 5);
  });
  computed('r29End', (c) => {
    const start = c.retransferredOn ?? received(c);
    return c.lastReturnOn !== undefined && start !== undefined && c.lastReturnOn >= start && !(c.retransferredOn !== undefined && c.retransferredOn > c.lastReturnOn)
      ? c.lastReturnOn
      : c.decisionOn;
  });
  deadlineFact('r31', (c) => {
    const days = (c.likelySentenceMonths ?? 0) > 12 ? 15 : 10;
    return dl(c.retransferredOn ?? received(c), days, 'day', custodyOf(c) ?? true, days === 15 ? 3 : 2);
  });
  computed('pleaOn', (c) => [c.pleaHearingOn, c.pleaAgreementSignedOn].filter((d): d is string => d !== undefined).sort()[0]);
  computed('minorAtInterrogation', (c) => {
    const on = c.interrogatedOn ?? c.firstInterrogatedAt?.slice(0, 10);
    return c.suspectBirthDate !== undefined && on !== undefined && on <= addMonths(c.suspectBirthDate, 18 * 12);
  });

  const rule = (ruleId: string, messageId: string, all: Cond[], name = `${ruleId}:${messageId}`): RuleProperties => ({
    name,
    conditions: { all: all.map((c) => ({ value: null, ...c })) },
    event: { type: `${ruleId}:${messageId}` },
  });
  const ref = (fact: string) => ({ fact });
  const is = (fact: string, value: unknown): Cond => ({ fact, operator: 'equal', value });
  const isNot = (fact: string, value: unknown): Cond => ({ fact, operator: 'notEqual', value });
  const present = (fact: string): Cond => ({ fact, operator: 'isPresent' });
  const missing = (fact: string): Cond => ({ fact, operator: 'isMissing' });
  const stage = (...p: string[]): Cond => ({ fact: 'procedure', operator: 'in', value: p });
  /** done / late / missing / due-soon / open of one act against one deadline fact. */
  const judge = (ruleId: string, scope: Cond[], doneFact: string, d: string, ids: [string, string, string, string, string], doneExtra: Cond[] = []) => [
    rule(ruleId, ids[0], [...scope, { fact: doneFact, operator: 'dateOnOrBefore', value: ref(`${d}Due`) }, ...doneExtra]),
    rule(ruleId, ids[1], [...scope, { fact: doneFact, operator: 'dateAfter', value: ref(`${d}Due`) }]),
    rule(ruleId, ids[2], [...scope, missing(doneFact), { fact: 'today', operator: 'dateAfter', value: ref(`${d}Due`) }]),
    rule(ruleId, ids[3], [...scope, missing(doneFact), { fact: 'today', operator: 'dateOnOrAfter', value: ref(`${d}Warn`) },
      { fact: 'today', operator: 'dateOnOrBefore', value: ref(`${d}Due`) }], `${ruleId}:${ids[3]}:soon`),
    rule(ruleId, ids[4], [...scope, missing(doneFact), { fact: 'today', operator: 'dateBefore', value: ref(`${d}Warn`) }], `${ruleId}:${ids[4]}:open`),
  ];
  const ids5: [string, string, string, string, string] = ['done', 'late', 'missing', 'due-soon', 'open'];
  const review = [stage('prosecution-review'), present('acceptedOn')];
  const all: RuleProperties[] = [
    ...judge('notice-suspect-counsel-3d', [...review, isNot('supervisionCase', true)], 'suspectCounselNoticeOn', 'r04', ids5,
      [isNot('suspectCounselNoticeProof', false)]),
    rule('notice-suspect-counsel-3d', 'no-proof', [...review, isNot('supervisionCase', true), is('suspectCounselNoticeProof', false),
      { fact: 'suspectCounselNoticeOn', operator: 'dateOnOrBefore', value: ref('r04Due') }]),
    ...judge('notice-suspect-counsel-3d', [...review, is('supervisionCase', true), present('detainedOn')], 'suspectCounselNoticeOn', 'r04s', ids5,
      [isNot('suspectCounselNoticeProof', false)]).map((r) => ({ ...r, name: `${String(r.name)}:supervision` })),
    rule('notice-suspect-counsel-3d', 'no-proof', [...review, is('supervisionCase', true), is('suspectCounselNoticeProof', false),
      { fact: 'suspectCounselNoticeOn', operator: 'dateOnOrBefore', value: ref('r04sDue') }], 'notice-suspect-counsel-3d:no-proof:supervision'),
    ...judge('notice-victim-agent-3d', [...review, is('hasVictim', true)], 'victimAgentNoticeOn', 'r05', ids5, [isNot('victimAgentNoticeProof', false)]),
    rule('notice-victim-agent-3d', 'no-proof', [...review, is('hasVictim', true), is('victimAgentNoticeProof', false),
      { fact: 'victimAgentNoticeOn', operator: 'dateOnOrBefore', value: ref('r05Due') }]),
    ...judge('file-review-3-workdays', [stage('prosecution-review'), present('fileReviewRequestedOn')], 'fileReviewArrangedOn', 'fileReview', ids5),
    ...judge('flow-monitoring-notice-reply-10d', [present('monitoringNoticeReceivedOn')], 'monitoringNoticeRepliedOn', 'monitoring', ids5),
    ...judge('intake-jurisdiction-transfer-5d', [stage('prosecution-review'), present('nonJurisdictionFoundOn')], 'jurisdictionTransferredOn', 'r02', ids5),
    ...judge('counsel-obstruction-complaint-10d', [present('obstructionComplaintOn')], 'obstructionComplaintRepliedOn', 'obstruction', ids5),
    ...judge('non-lawyer-defender-permission-3d', [stage('prosecution-review'), present('nonLawyerDefenderRequestOn')], 'nonLawyerDefenderNoticeOn', 'nonLawyer', ids5),
    ...judge('supervision-case-measure-10d', [stage('prosecution-review'), is('supervisionCase', true), present('detainedOn')],
      'supervisionMeasureDecidedOn', 'supervision', ids5),
    ...judge('arrest-review-police-not-detained-15-20d', [stage('arrest-review'), present('acceptedOn'), isNot('selfInvestigated', true),
      is('inCustodyResolved', false)], 'decisionOn', 'r17', ['done', 'late', 'overdue', 'due-soon', 'open']),
    ...judge('arrest-review-police-detained-7d', [stage('arrest-review'), present('acceptedOn'), isNot('selfInvestigated', true),
      is('inCustodyResolved', true)], 'decisionOn', 'r16', ['done', 'late-detained', 'overdue-detained', 'due-soon', 'open']),
    ...judge('custody-release-and-variation-requests-3d', [present('releaseRequestReceivedOn')], 'releaseRequestAnsweredOn', 'release', ids5),
    ...judge('relay-request-for-counsel', [stage('arrest-review', 'prosecution-review', 'self-investigation', 'custody-review'), present('counselRequestMadeOn'),
      isNot('inCustodyResolved', false)], 'counselRequestRelayedOn', 'relay', ids5),
    ...judge('relay-request-for-counsel', [stage('arrest-review', 'prosecution-review', 'self-investigation', 'custody-review'), present('counselRequestMadeOn'),
      is('inCustodyResolved', false), is('custodyMeasure', 'designated-residential-surveillance')], 'counselRequestRelayedOn', 'relay', ids5)
      .map((r) => ({ ...r, name: `${String(r.name)}:designated` })),
    ...judge('arrest-nonapproval-execution-receipt', [stage('arrest-review'), present('nonApprovalServedOn')], 'nonApprovalReceiptOn', 'receipt',
      ['receipt-received', 'receipt-late', 'receipt-overdue', 'awaiting-receipt', 'awaiting-receipt']),
    ...judge('nonpros-service-7d-notice', [stage('non-prosecution'), { fact: 'decisionOn', operator: 'isPresent' }], 'nonProsServedOn', 'service', ids5,
      [is('hasVictim', true), isNot('appealRightsNoticed', false)]),
    rule('nonpros-service-7d-notice', 'no-appeal-notice', [stage('non-prosecution'), is('hasVictim', true), is('appealRightsNoticed', false),
      { fact: 'nonProsServedOn', operator: 'dateOnOrBefore', value: ref('serviceDue') }]),
    // The review period of a 留置 case runs from the measure decision: only the other cases here.
    ...judge('prosecution-review-1m', [...review, isNot('supervisionCase', true), isNot('fastTrack', true), is('inCustodyResolved', true)], 'r29End', 'r29',
      ['done', 'late-in-custody', 'overdue-in-custody', 'due-soon', 'open']),
    ...judge('prosecution-review-1m', [...review, isNot('supervisionCase', true), isNot('fastTrack', true), is('inCustodyResolved', false)], 'r29End', 'r29',
      ['done', 'late', 'overdue', 'due-soon', 'open']).map((r) => ({ ...r, name: `${String(r.name)}:bail` })),
    ...judge('fast-track-review-10-15d', [...review, isNot('supervisionCase', true), is('fastTrack', true)], 'decisionOn', 'r31', ['done', 'late', 'overdue', 'due-soon', 'open']),
    rule('plea-agreement-counsel-present', 'counsel-present', [stage('prosecution-review'), present('pleaAgreementSignedOn'), is('counselPresentAtSigning', true)]),
    rule('plea-agreement-counsel-present', 'no-counsel', [stage('prosecution-review'), present('pleaAgreementSignedOn'), is('counselPresentAtSigning', false)]),
    rule('duty-lawyer-for-plea', 'has-counsel', [stage('arrest-review', 'prosecution-review'), is('pleaAccepted', true), is('hasCounsel', true)]),
    rule('duty-lawyer-for-plea', 'after-plea', [stage('arrest-review', 'prosecution-review'), is('pleaAccepted', true), is('hasCounsel', false),
      { fact: 'dutyLawyerNotifiedOn', operator: 'dateAfter', value: ref('pleaOn') }]),
    rule('duty-lawyer-for-plea', 'notified', [stage('arrest-review', 'prosecution-review'), is('pleaAccepted', true), is('hasCounsel', false),
      present('dutyLawyerNotifiedOn'), { fact: 'pleaOn', operator: 'isMissing' }], 'duty-lawyer-for-plea:notified:no-plea'),
    rule('duty-lawyer-for-plea', 'notified', [stage('arrest-review', 'prosecution-review'), is('pleaAccepted', true), is('hasCounsel', false),
      { fact: 'dutyLawyerNotifiedOn', operator: 'dateOnOrBefore', value: ref('pleaOn') }]),
    rule('duty-lawyer-for-plea', 'missing', [stage('arrest-review', 'prosecution-review'), is('pleaAccepted', true), is('hasCounsel', false),
      missing('dutyLawyerNotifiedOn'), present('pleaOn')]),
    rule('duty-lawyer-for-plea', 'not-yet', [stage('arrest-review', 'prosecution-review'), is('pleaAccepted', true), is('hasCounsel', false),
      missing('dutyLawyerNotifiedOn'), missing('pleaOn')]),
    rule('juvenile-guardian-present', 'adult-present', [stage('arrest-review', 'prosecution-review', 'self-investigation'), is('minorAtInterrogation', true),
      is('guardianPresentAtInterrogation', true)]),
    rule('juvenile-guardian-present', 'no-adult', [stage('arrest-review', 'prosecution-review', 'self-investigation'), is('minorAtInterrogation', true),
      is('guardianPresentAtInterrogation', false)]),
    rule('prosecution-mandatory-interrogation', 'after-decision', [...review, { fact: 'interrogatedOn', operator: 'dateOnOrAfter', value: ref('received') },
      { fact: 'interrogatedOn', operator: 'dateAfter', value: ref('decisionOn') }]),
    rule('prosecution-mandatory-interrogation', 'interrogated', [...review, { fact: 'interrogatedOn', operator: 'dateOnOrAfter', value: ref('received') },
      missing('decisionOn')], 'prosecution-mandatory-interrogation:interrogated:pending'),
    rule('prosecution-mandatory-interrogation', 'interrogated', [...review, { fact: 'interrogatedOn', operator: 'dateOnOrAfter', value: ref('received') },
      { fact: 'interrogatedOn', operator: 'dateOnOrBefore', value: ref('decisionOn') }]),
    rule('prosecution-mandatory-interrogation', 'missing', [...review, { fact: 'interrogatedOn', operator: 'dateBefore', value: ref('received') },
      present('decisionOn')], 'prosecution-mandatory-interrogation:missing:early'),
    rule('prosecution-mandatory-interrogation', 'missing', [...review, missing('interrogatedOn'), present('decisionOn')]),
    rule('prosecution-mandatory-interrogation', 'before-acceptance', [...review, { fact: 'interrogatedOn', operator: 'dateBefore', value: ref('received') },
      missing('decisionOn')]),
    rule('prosecution-mandatory-interrogation', 'not-yet', [...review, missing('interrogatedOn'), missing('decisionOn')]),
  ];
  for (const r of all) engine.addRule(r);
  return engine;
}

async function jreRun(engine: Engine, read: ReadSnapshot): Promise<string[]> {
  const { events } = await engine.run({ case: read.snapshot });
  return events.map((e) => e.type).sort();
}

/** Grey outcomes ("cannot decide yet", "not yet") are left out on both sides: lights are compared. */
function lit(outcome: string): boolean {
  const [ruleId, messageId] = outcome.split(':');
  return rulesById.get(ruleId)?.meta.messages[messageId]?.light !== 'grey';
}

function ours(read: ReadSnapshot, only: readonly (typeof rules)[number][]): string[] {
  return decide(read, { today: TODAY, rules: only }).filter((v) => v.light !== 'grey').map((v) => `${v.ruleId}:${v.messageId}`).sort();
}

export interface EngineFigures {
  rules: number;
  medianUs: number;
  p99Us: number;
  rawMedianUs: number;
  describedMedianUs: number;
  perEditMedianUs: number;
  twenty: { oursUs: number; jreUs: number; ratio: number; outcomes: number };
  disagreements: string[];
}

async function main(): Promise<EngineFigures> {
  // The page reader reads each case once (extension/page); the engine takes its read.
  const reads = CASES.map((c) => readCaseSnapshot(c));
  const opts = { today: TODAY };
  const n = reads.length;

  // (a) The full catalogue, every rule, per case.
  const full = measureSync((i) => decide(reads[i % n], opts), 5_000, 60_000);
  const raw = measureSync((i) => decide(CASES[i % n], opts), 2_000, 20_000);
  const described = measureSync((i) => evaluate(CASES[i % n], opts), 2_000, 20_000);

  // (b) One page edited field by field: each evaluation after an edit re-runs only its readers.
  const edits: [string, unknown][] = [
    ['decisionOn', '2025-10-03'], ['suspectCounselNoticeOn', '2025-09-15'], ['victimAgentNoticeOn', '2025-09-11'], ['hasVictim', '否'],
    ['counselPresentAtSigning', '否'], ['decisionOn', ''], ['releaseRequestAnsweredOn', '2025-10-02'], ['interrogatedOn', '2025-09-12'],
  ];
  const pages = edits.map(([field, value], i) => readCaseSnapshot({ ...REALISTIC, [field]: value, caseName: `案${i}` }));
  const page = createDecider();
  const perEdit = measureSync((i) => page(pages[i % pages.length], opts), 5_000, 60_000);

  // (c) Twenty rules against json-rules-engine, on the same reads; the outcomes must agree.
  const twenty = TWENTY.map((id) => {
    const r = rulesById.get(id);
    if (r === undefined) throw new Error(`no rule ${id}`);
    return r;
  });
  const engine = jreEngine();
  const disagreements: string[] = [];
  let outcomes = 0;
  for (const [i, read] of reads.entries()) {
    const a = ours(read, twenty);
    const b = (await jreRun(engine, read)).filter(lit);
    outcomes += a.length;
    if (a.join() !== b.join()) disagreements.push(`case ${i}:\n  ours   ${a.join(', ')}\n  theirs ${b.join(', ')}`);
  }
  const oursTwenty = measureSync((i) => decide(reads[i % n], { today: TODAY, rules: twenty }), 5_000, 40_000);
  const jre = await measureAsync((i) => jreRun(engine, reads[i % n]), 500, 4_000);
  const oursUs = percentile(oursTwenty, 50);
  const jreUs = percentile(jre, 50);
  return {
    rules: rules.length,
    medianUs: percentile(full, 50),
    p99Us: percentile(full, 99),
    rawMedianUs: percentile(raw, 50),
    describedMedianUs: percentile(described, 50),
    perEditMedianUs: percentile(perEdit, 50),
    twenty: { oursUs, jreUs, ratio: jreUs / oursUs, outcomes },
    disagreements,
  };
}

console.log(JSON.stringify(await main()));
