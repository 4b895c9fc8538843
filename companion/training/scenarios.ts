// Training scenarios: fictitious cases, each seeded with one common procedural defect, with the
// lights the rules must produce. Dates are offsets in days from "today" (Asia/Shanghai civil date)
// and are resolved at request time, so a scenario never goes stale. Offsets are chosen so that no
// result depends on a holiday: in-custody periods never roll over (刑诉法 105 ¶4), and other
// deadlines are missed or met by more than the longest official holiday (9 days). The one scenario
// about a rollover finds its rest day on the official calendar when it is resolved.
import { addDays, isWorkday } from '../../shared/calendar/index.ts';
import type { CaseSnapshot } from '../../shared/case/snapshot.ts';
import type { FieldId } from '../../shared/case/fields.ts';
import type { Light } from '../../shared/light.ts';
import { cardControls, fieldLocations, type CardType, type FieldLocation } from './cards.ts';

export type { Light };

/** One light a scenario must produce: rule id (kebab-case, as in the catalogue), anchor field, colour. */
export interface ExpectedLight {
  rule: string;
  field: FieldId;
  light: Light;
}

/** A date `days` from today, or a date-time at `at` (HH:mm) on that day. */
export interface RelativeDate {
  days: number;
  at?: string;
  /**
   * Moves the date back to the latest day whose N-day period (刑诉法 105) ends on a rest day, a
   * make-up working day not counting as one: a period that 105 ④ rolls over.
   */
  endsOnRestDay?: number;
  /** Days added after that. */
  plus?: number;
  /** Then forward to the first working day on or after it (where a rolled-over period ends). */
  workday?: boolean;
}

type Literal = string | number | boolean;
export type ScenarioFields = { [K in FieldId]?: Literal | RelativeDate };

export interface Scenario {
  id: string;
  /** Serial number in the case number. */
  seq: number;
  card: CardType;
  title: string;
  /** 瑕疵描述: what is wrong, in a trainer's words. */
  defect: string;
  /** 法律依据. */
  basis: string;
  fields: ScenarioFields;
  /** Values of controls the rules do not read (form name → text), e.g. 备注. */
  extras?: Readonly<Record<string, string>>;
  expected: readonly ExpectedLight[];
}

export interface ResolvedScenario {
  id: string;
  title: string;
  card: CardType;
  defect: string;
  basis: string;
  /** The civil date the offsets were resolved against. */
  today: string;
  /** Path of the case card in the training system. */
  url: string;
  snapshot: CaseSnapshot;
  extras: Record<string, string>;
  expected: readonly ExpectedLight[];
  /** Where each shown field is: header, a tab, or the 认罪认罚 iframe. */
  fieldLocations: Partial<Record<FieldId, FieldLocation>>;
}

const d = (days: number): RelativeDate => ({ days });
const dt = (days: number, at: string): RelativeDate => ({ days, at });
/** About 16 days ago, on a day whose 3-day period ends on a rest day; `plus` days later. */
const rollStart = (plus = 0, workday = false): RelativeDate => ({ days: -16, endsOnRestDay: 3, plus, workday });

/** About 35 years old; 16 years and ~3 months old. */
const ADULT_BIRTH = d(-(35 * 365 + 40));
const JUVENILE_BIRTH = d(-(16 * 365 + 100));

const UNIT: ScenarioFields = {
  unitName: '训练市人民检察院（虚构）',
  unitCode: '990001',
  prosecutorName: '测试检察官甲',
  prosecutorId: 'TR-0001',
};

const CASE_ABBR: Readonly<Record<CardType, string>> = {
  'intake': '案受',
  'arrest-review': '刑捕受',
  'prosecution-review': '刑诉受',
  'non-prosecution': '刑不诉',
  'custody-review': '羁审',
};

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'clean-prosecution-review',
    seq: 1,
    card: 'prosecution-review',
    title: '审查起诉案件，各环节均依法按时完成（全绿）',
    defect: '无瑕疵：受理后次日告知权利，讯问时告知认罪认罚法律规定，听取意见当日审查羁押必要性，听取意见和签署具结书均同步录音录像、签署时律师在场，受理后18日提起公诉。',
    basis: '刑事诉讼法第34、46、172、173、174条；人民检察院刑事诉讼规则第40、55、272条',
    fields: {
      ...UNIT,
      caseName: '测试某某盗窃案',
      suspectName: '张某某',
      procedure: 'prosecution-review',
      acceptedOn: d(-20),
      inCustody: true,
      custodyMeasure: 'arrest',
      detainedOn: d(-50),
      detainedAt: dt(-50, '09:30'),
      familyNotifiedAt: dt(-50, '15:00'),
      firstInterrogatedAt: dt(-50, '16:00'),
      arrestedOn: d(-42),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-19),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: true,
      victimAgentNoticeOn: d(-19),
      victimAgentNoticeProof: true,
      interrogatedOn: d(-12),
      majorComplex: false,
      returnCount: 0,
      pleaAccepted: true,
      pleaRightsExplainedOn: d(-12),
      pleaHearingOn: d(-8),
      pleaHearingRecorded: true,
      custodyReviewedOn: d(-8),
      pleaAgreementSignedOn: d(-6),
      pleaSigningRecorded: true,
      counselPresentAtSigning: true,
      fastTrack: false,
      likelySentenceMonths: 18,
      counselOpinionHeardOn: d(-8),
      victimOpinionHeardOn: d(-8),
      decisionOn: d(-2),
    },
    extras: { xb: '男', sjfs: '提起公诉', gzfs: '书面告知（送达）', zcls: '测试律师乙', lxjy: '有期徒刑一年六个月' },
    expected: [
      { rule: 'notice-suspect-counsel-3d', field: 'suspectCounselNoticeOn', light: 'green' },
      { rule: 'notice-victim-agent-3d', field: 'victimAgentNoticeOn', light: 'green' },
      { rule: 'prosecution-review-1m', field: 'decisionOn', light: 'green' },
      { rule: 'prosecution-mandatory-interrogation', field: 'interrogatedOn', light: 'green' },
      { rule: 'plea-agreement-counsel-present', field: 'counselPresentAtSigning', light: 'green' },
    ],
  },
  {
    id: 'prosecution-review-due-soon',
    seq: 2,
    card: 'prosecution-review',
    title: '审查起诉期限即将届满（黄灯）',
    defect: '在押案件受理已27日，尚未审结；一个月审查起诉期限将在5日内届满。',
    basis: '刑事诉讼法第172条第1款；人民检察院刑事诉讼规则第351条',
    fields: {
      ...UNIT,
      caseName: '测试某某故意伤害案',
      suspectName: '李某某',
      procedure: 'prosecution-review',
      acceptedOn: d(-27),
      inCustody: true,
      custodyMeasure: 'arrest',
      arrestedOn: d(-60),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-26),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: false,
      interrogatedOn: d(-15),
      returnCount: 0,
    },
    extras: { xb: '男' },
    expected: [{ rule: 'prosecution-review-1m', field: 'decisionOn', light: 'yellow' }],
  },
  {
    id: 'notices-due-today',
    seq: 3,
    card: 'prosecution-review',
    title: '权利告知期限今日届满（黄灯）',
    defect: '受理后第3日，尚未告知犯罪嫌疑人有权委托辩护人、尚未告知被害人有权委托诉讼代理人。',
    basis: '刑事诉讼法第34条第2款、第46条第2款；人民检察院刑事诉讼规则第40、55条',
    fields: {
      ...UNIT,
      caseName: '测试某某诈骗案',
      suspectName: '王某某',
      procedure: 'prosecution-review',
      acceptedOn: d(-3),
      inCustody: true,
      custodyMeasure: 'arrest',
      arrestedOn: d(-40),
      suspectBirthDate: ADULT_BIRTH,
      hasVictim: true,
      hasCounsel: false,
      returnCount: 0,
    },
    extras: { xb: '女' },
    expected: [
      { rule: 'notice-suspect-counsel-3d', field: 'suspectCounselNoticeOn', light: 'yellow' },
      { rule: 'notice-victim-agent-3d', field: 'victimAgentNoticeOn', light: 'yellow' },
    ],
  },
  {
    id: 'notice-suspect-counsel-late',
    seq: 4,
    card: 'prosecution-review',
    title: '权利告知书逾期送达',
    defect: '受理后第6日才告知犯罪嫌疑人有权委托辩护人，超过3日期限。',
    basis: '刑事诉讼法第34条第2款；人民检察院刑事诉讼规则第40条',
    fields: {
      ...UNIT,
      caseName: '测试某某危险驾驶案',
      suspectName: '赵某某',
      procedure: 'prosecution-review',
      acceptedOn: d(-15),
      inCustody: true,
      custodyMeasure: 'arrest',
      arrestedOn: d(-45),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-9),
      suspectCounselNoticeProof: true,
      hasVictim: false,
      hasCounsel: false,
      interrogatedOn: d(-8),
      returnCount: 0,
    },
    extras: { xb: '男', gzfs: '书面告知（送达）' },
    expected: [{ rule: 'notice-suspect-counsel-3d', field: 'suspectCounselNoticeOn', light: 'red' }],
  },
  {
    id: 'notice-victim-agent-missing',
    seq: 5,
    card: 'prosecution-review',
    title: '未告知被害人有权委托诉讼代理人',
    defect: '有被害人，受理已12日，仍无告知被害人有权委托诉讼代理人的记录。',
    basis: '刑事诉讼法第46条第2款；人民检察院刑事诉讼规则第55条',
    fields: {
      ...UNIT,
      caseName: '测试某某抢夺案',
      suspectName: '钱某某',
      procedure: 'prosecution-review',
      acceptedOn: d(-12),
      inCustody: true,
      custodyMeasure: 'arrest',
      arrestedOn: d(-40),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-11),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: true,
      interrogatedOn: d(-6),
      returnCount: 0,
    },
    extras: { xb: '男' },
    expected: [{ rule: 'notice-victim-agent-3d', field: 'victimAgentNoticeOn', light: 'red' }],
  },
  {
    id: 'prosecution-review-overdue',
    seq: 6,
    card: 'prosecution-review',
    title: '在押案件审查起诉超期',
    defect: '犯罪嫌疑人在押，受理已45日仍未审结，一个月审查起诉期限已过且未批准延长。',
    basis: '刑事诉讼法第172条第1款、第105条；人民检察院刑事诉讼规则第351条',
    fields: {
      ...UNIT,
      caseName: '测试某某非法拘禁案',
      suspectName: '孙某某',
      procedure: 'prosecution-review',
      acceptedOn: d(-45),
      inCustody: true,
      custodyMeasure: 'arrest',
      arrestedOn: d(-80),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-44),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: false,
      interrogatedOn: d(-30),
      returnCount: 0,
    },
    extras: { xb: '男' },
    expected: [{ rule: 'prosecution-review-1m', field: 'decisionOn', light: 'red' }],
  },
  {
    id: 'arrest-review-detained-overdue',
    seq: 7,
    card: 'arrest-review',
    title: '已拘留犯罪嫌疑人审查逮捕超过7日',
    defect: '公安机关提请批准逮捕，犯罪嫌疑人已被拘留，收到提请后10日仍未作出决定（应在7日内）。',
    basis: '刑事诉讼法第91条第3款；人民检察院刑事诉讼规则第282条',
    fields: {
      ...UNIT,
      caseName: '测试某某寻衅滋事案',
      suspectName: '周某某',
      procedure: 'arrest-review',
      selfInvestigated: false,
      acceptedOn: d(-10),
      inCustody: true,
      custodyMeasure: 'detention',
      detainedOn: d(-13),
      detainedAt: dt(-13, '20:00'),
      suspectBirthDate: ADULT_BIRTH,
      interrogatedOn: d(-8),
      majorComplex: false,
      counselRequestedHearing: false,
    },
    extras: { xb: '男' },
    expected: [{ rule: 'arrest-review-police-detained-7d', field: 'decisionOn', light: 'red' }],
  },
  {
    id: 'plea-agreement-without-counsel',
    seq: 8,
    card: 'prosecution-review',
    title: '签署认罪认罚具结书时无律师在场',
    defect: '犯罪嫌疑人认罪认罚，签署具结书时辩护人或值班律师均不在场。',
    basis: '刑事诉讼法第174条第1款；人民检察院刑事诉讼规则第272条',
    fields: {
      ...UNIT,
      caseName: '测试某某盗窃案',
      suspectName: '吴某某',
      procedure: 'prosecution-review',
      acceptedOn: d(-15),
      inCustody: true,
      custodyMeasure: 'arrest',
      arrestedOn: d(-50),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-14),
      suspectCounselNoticeProof: true,
      hasCounsel: false,
      hasVictim: false,
      interrogatedOn: d(-10),
      returnCount: 0,
      pleaAccepted: true,
      pleaRightsExplainedOn: d(-10),
      dutyLawyerNotifiedOn: d(-12),
      pleaHearingOn: d(-6),
      pleaHearingRecorded: true,
      custodyReviewedOn: d(-6),
      pleaAgreementSignedOn: d(-4),
      pleaSigningRecorded: true,
      counselPresentAtSigning: false,
      likelySentenceMonths: 10,
    },
    extras: { xb: '男', lxjy: '有期徒刑十个月' },
    expected: [{ rule: 'plea-agreement-counsel-present', field: 'counselPresentAtSigning', light: 'red' }],
  },
  {
    id: 'third-supplementary-return',
    seq: 9,
    card: 'prosecution-review',
    title: '第三次退回补充侦查',
    defect: '本案已两次退回补充侦查，重新移送后又第三次退回，超过以二次为限的规定。',
    basis: '刑事诉讼法第175条第3款；人民检察院刑事诉讼规则第346、367条',
    fields: {
      ...UNIT,
      caseName: '测试某某合同诈骗案',
      suspectName: '郑某某',
      procedure: 'prosecution-review',
      acceptedOn: d(-130),
      inCustody: true,
      custodyMeasure: 'arrest',
      arrestedOn: d(-190),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-129),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: false,
      interrogatedOn: d(-120),
      returnCount: 3,
      returnOutlineProvided: true,
      lastReturnOn: d(-5),
      retransferredOn: d(-25),
      detentionCentreNotifiedOn: d(-25),
      supervisionDeptNotifiedOn: d(-4),
      defenderProgressNoticeOn: d(-4),
      counselOpinionHeardOn: d(-7),
      decisionOn: d(-5),
    },
    extras: { xb: '男', sjfs: '退回补充侦查' },
    expected: [{ rule: 'supplementary-investigation-limit-2', field: 'returnCount', light: 'red' }],
  },
  {
    id: 'juvenile-interrogated-without-guardian',
    seq: 10,
    card: 'prosecution-review',
    title: '讯问未成年犯罪嫌疑人时法定代理人未到场',
    defect: '犯罪嫌疑人16岁，讯问笔录无法定代理人或合适成年人到场签名。',
    basis: '刑事诉讼法第281条；人民检察院刑事诉讼规则第465条',
    fields: {
      ...UNIT,
      caseName: '测试某某抢劫案（未成年人）',
      suspectName: '冯某某',
      procedure: 'prosecution-review',
      acceptedOn: d(-10),
      inCustody: false,
      custodyMeasure: 'bail',
      measureStartedOn: d(-9),
      suspectBirthDate: JUVENILE_BIRTH,
      offenceOn: d(-40),
      suspectCounselNoticeOn: d(-9),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: false,
      interrogatedOn: d(-5),
      guardianPresentAtInterrogation: false,
      returnCount: 0,
    },
    extras: { xb: '男' },
    expected: [{ rule: 'juvenile-guardian-present', field: 'guardianPresentAtInterrogation', light: 'red' }],
  },
  {
    id: 'family-notified-late',
    seq: 11,
    card: 'prosecution-review',
    title: '拘留后超过24小时通知家属',
    defect: '监察机关移送的留置案件，本院拘留后54小时才通知家属（应在24小时内）。',
    basis: '刑事诉讼法第85条第2款；人民检察院刑事诉讼规则第144条',
    fields: {
      ...UNIT,
      caseName: '测试某某受贿案',
      suspectName: '陈某某',
      procedure: 'prosecution-review',
      supervisionCase: true,
      acceptedOn: d(-10),
      inCustody: true,
      custodyMeasure: 'arrest',
      detainedOn: d(-10),
      detainedAt: dt(-10, '10:00'),
      familyNotifiedAt: dt(-8, '16:00'),
      firstInterrogatedAt: dt(-10, '15:00'),
      supervisionMeasureDecidedOn: d(-4),
      arrestedOn: d(-4),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-10),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: false,
      interrogatedOn: d(-10),
      returnCount: 0,
    },
    extras: { xb: '男' },
    expected: [{ rule: 'family-notification-24h', field: 'familyNotifiedAt', light: 'red' }],
  },
  {
    id: 'no-interrogation-before-decision',
    seq: 12,
    card: 'prosecution-review',
    title: '审查起诉未讯问犯罪嫌疑人即作出决定',
    defect: '已提起公诉，但卷内无审查起诉阶段的讯问笔录。',
    basis: '刑事诉讼法第173条第1款；人民检察院刑事诉讼规则第258、331条',
    fields: {
      ...UNIT,
      caseName: '测试某某掩饰、隐瞒犯罪所得案',
      suspectName: '褚某某',
      procedure: 'prosecution-review',
      acceptedOn: d(-25),
      inCustody: true,
      custodyMeasure: 'arrest',
      arrestedOn: d(-60),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-24),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: false,
      returnCount: 0,
      counselOpinionHeardOn: d(-5),
      decisionOn: d(-2),
    },
    extras: { xb: '男', sjfs: '提起公诉' },
    expected: [{ rule: 'prosecution-mandatory-interrogation', field: 'interrogatedOn', light: 'red' }],
  },
  {
    id: 'non-prosecution-release-late',
    seq: 13,
    card: 'non-prosecution',
    title: '不起诉决定宣布后未立即释放在押人员',
    defect: '不起诉决定已公开宣布，被不起诉人在押，宣布两日后才释放。',
    basis: '刑事诉讼法第178条；人民检察院刑事诉讼规则第376条',
    fields: {
      ...UNIT,
      caseName: '测试某某故意毁坏财物案',
      suspectName: '卫某某',
      procedure: 'non-prosecution',
      acceptedOn: d(-28),
      inCustody: true,
      custodyMeasure: 'arrest',
      arrestedOn: d(-60),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-27),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: false,
      interrogatedOn: d(-20),
      decisionOn: d(-8),
      announcedOn: d(-6),
      releaseOn: d(-4),
      nonProsServedOn: d(-6),
      appealRightsNoticed: true,
    },
    extras: { xb: '男', bqslx: '酌定不起诉' },
    expected: [{ rule: 'nonpros-announce-release', field: 'releaseOn', light: 'red' }],
  },
  {
    id: 'fast-track-overdue',
    seq: 14,
    card: 'prosecution-review',
    title: '速裁案件超过审查期限',
    defect: '认罪认罚、适用速裁程序的案件，受理后20日才作出起诉决定（应在10日内，可能判处一年以上的15日内）。',
    basis: '刑事诉讼法第172条第1款；人民检察院刑事诉讼规则第273条',
    fields: {
      ...UNIT,
      caseName: '测试某某危险驾驶案',
      suspectName: '蒋某某',
      procedure: 'prosecution-review',
      acceptedOn: d(-30),
      inCustody: true,
      custodyMeasure: 'arrest',
      arrestedOn: d(-45),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-29),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: false,
      interrogatedOn: d(-25),
      returnCount: 0,
      pleaAccepted: true,
      pleaRightsExplainedOn: d(-25),
      pleaHearingOn: d(-18),
      pleaHearingRecorded: true,
      custodyReviewedOn: d(-18),
      pleaAgreementSignedOn: d(-15),
      pleaSigningRecorded: true,
      counselPresentAtSigning: true,
      fastTrack: true,
      likelySentenceMonths: 6,
      counselOpinionHeardOn: d(-16),
      decisionOn: d(-10),
    },
    extras: { xb: '男', sjfs: '提起公诉', zcls: '测试律师丙', lxjy: '拘役五个月' },
    expected: [{ rule: 'fast-track-review-10-15d', field: 'decisionOn', light: 'red' }],
  },
  {
    id: 'bail-past-max-term',
    seq: 15,
    card: 'prosecution-review',
    title: '取保候审超过十二个月仍未解除',
    defect: '本院自侦案件，侦查阶段由本院决定的取保候审自决定之日起已超过十二个月，移送审查起诉后仍在执行，未解除或变更。',
    basis: '刑事诉讼法第79条第1款；人民检察院刑事诉讼规则第102、103条',
    fields: {
      ...UNIT,
      caseName: '测试某某滥用职权案',
      suspectName: '沈某某',
      procedure: 'prosecution-review',
      selfInvestigated: true,
      acceptedOn: d(-20),
      inCustody: false,
      custodyMeasure: 'bail',
      measureStartedOn: d(-380),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-19),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: false,
      interrogatedOn: d(-12),
      returnCount: 0,
    },
    extras: { xb: '女' },
    expected: [{ rule: 'non-custodial-measure-max-term', field: 'measureEndedOn', light: 'red' }],
  },
  {
    id: 'custody-exceeds-likely-sentence',
    seq: 16,
    card: 'custody-review',
    title: '羁押期限超过可能判处的刑期',
    defect: '犯罪嫌疑人已羁押约200日，可能判处有期徒刑6个月，审查结论仍为继续羁押。',
    basis: '刑事诉讼法第95条；人民检察院刑事诉讼规则第579条',
    fields: {
      ...UNIT,
      caseName: '测试某某聚众斗殴案',
      suspectName: '韩某某',
      procedure: 'custody-review',
      acceptedOn: d(-5),
      inCustody: true,
      custodyMeasure: 'arrest',
      detainedOn: d(-203),
      arrestedOn: d(-196),
      suspectBirthDate: ADULT_BIRTH,
      likelySentenceMonths: 6,
      likelyLightSentence: false,
      evidenceChangedMaterially: false,
      custodyReviewConclusion: 'continue',
      decisionOn: d(-1),
    },
    extras: { xb: '男', scqdfs: '依职权' },
    expected: [{ rule: 'custody-necessity-mandatory-grounds', field: 'custodyReviewConclusion', light: 'red' }],
  },
  {
    id: 'intake-registration-late',
    seq: 17,
    card: 'intake',
    title: '公安机关建议速裁的案件未于受理当日移送',
    defect: '公安机关建议适用速裁程序，案管部门收到案卷材料后13日才办理受理登记，未能在受理当日移送负责捕诉的部门。（一般案件“立即移送”没有法定日数，按本院内部期限只作黄灯提示；速裁建议案件“当日移送”是规则明文，亮红灯。）',
    basis: '人民检察院刑事诉讼规则第158条、第273条第2款',
    fields: {
      ...UNIT,
      caseName: '测试某某职务侵占案',
      suspectName: '杨某某',
      procedure: 'intake',
      materialsReceivedOn: d(-15),
      acceptedOn: d(-2),
      policeRecommendedFastTrack: true,
      intakeChecklistDone: true,
      inCustody: false,
      custodyMeasure: 'bail',
      measureStartedOn: d(-100),
      suspectBirthDate: ADULT_BIRTH,
      hasVictim: true,
    },
    extras: { xb: '男', ysdw: '训练市公安局（虚构）', ysay: '职务侵占', jzcs: '3', sars: '1' },
    expected: [{ rule: 'intake-register-and-assign', field: 'acceptedOn', light: 'red' }],
  },
  {
    id: 'hostile-text',
    seq: 18,
    card: 'prosecution-review',
    title: '案件名称、备注含特殊字符（显示安全演示）',
    defect: '受理已10日未告知犯罪嫌疑人有权委托辩护人；案件名称、姓名与备注含 HTML 字符，页面与浮层均应按原文显示而不执行。',
    basis: '刑事诉讼法第34条第2款；人民检察院刑事诉讼规则第40条',
    fields: {
      ...UNIT,
      caseName: '测试<script>alert(1)</script>某某案',
      suspectName: '张某某"><img src=x onerror=alert(2)>',
      procedure: 'prosecution-review',
      acceptedOn: d(-10),
      inCustody: true,
      custodyMeasure: 'arrest',
      arrestedOn: d(-40),
      suspectBirthDate: ADULT_BIRTH,
      hasVictim: false,
      hasCounsel: false,
      interrogatedOn: d(-5),
      returnCount: 0,
    },
    extras: {
      xb: '男',
      bz: '<img src=x onerror=alert(1)>',
      sfzh: '"\'><svg onload=alert(3)>',
    },
    expected: [{ rule: 'notice-suspect-counsel-3d', field: 'suspectCounselNoticeOn', light: 'red' }],
  },
  {
    id: 'bail-notice-rolls-over-weekend',
    seq: 19,
    card: 'prosecution-review',
    title: '取保候审案件告知期限遇休息日顺延（按期，绿灯）',
    defect: '无瑕疵：取保候审的犯罪嫌疑人，受理后第3日是休息日，期限顺延至其后第一个工作日；当天告知委托辩护人，按期。犯罪嫌疑人在押的才不顺延（例如周三受理、周六届满的，顺延到下周一）。',
    basis: '刑事诉讼法第105条第4款、第34条第2款；人民检察院刑事诉讼规则第40条',
    fields: {
      ...UNIT,
      caseName: '测试某某诈骗案（取保候审）',
      suspectName: '韩某某',
      procedure: 'prosecution-review',
      acceptedOn: rollStart(),
      inCustody: false,
      custodyMeasure: 'bail',
      measureStartedOn: rollStart(1),
      measureRedecisionNoticeOn: rollStart(1),
      suspectBirthDate: ADULT_BIRTH,
      offenceOn: d(-200),
      suspectCounselNoticeOn: rollStart(3, true),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: false,
      interrogatedOn: d(-6),
      returnCount: 0,
    },
    extras: { xb: '男', gzfs: '当面口头告知（笔录签名）' },
    expected: [{ rule: 'notice-suspect-counsel-3d', field: 'suspectCounselNoticeOn', light: 'green' }],
  },
  {
    id: 'duties-within-counted-hour',
    seq: 20,
    card: 'prosecution-review',
    title: '24小时内通知家属、讯问：开始的时不计入（按期，绿灯）',
    defect: '无瑕疵：10时20分执行拘留，24小时自11时起算，至次日11时届满；次日10时40分讯问、10时50分通知家属，虽超过“精确24小时”，仍在法定期间内。',
    basis: '刑事诉讼法第105条第2款；人民检察院刑事诉讼规则第123、124、144条',
    fields: {
      ...UNIT,
      caseName: '测试某某挪用公款案',
      suspectName: '秦某某',
      procedure: 'prosecution-review',
      supervisionCase: true,
      acceptedOn: d(-10),
      inCustody: true,
      custodyMeasure: 'arrest',
      detainedOn: d(-10),
      detainedAt: dt(-10, '10:20'),
      familyNotifiedAt: dt(-9, '10:50'),
      firstInterrogatedAt: dt(-9, '10:40'),
      supervisionMeasureDecidedOn: d(-4),
      arrestedOn: d(-4),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-10),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: false,
      interrogatedOn: d(-9),
      returnCount: 0,
    },
    extras: { xb: '男' },
    expected: [
      { rule: 'family-notification-24h', field: 'familyNotifiedAt', light: 'green' },
      { rule: 'interrogation-within-24h', field: 'firstInterrogatedAt', light: 'green' },
    ],
  },
  {
    id: 'third-return-across-jurisdiction-change',
    seq: 21,
    card: 'prosecution-review',
    title: '改变管辖前后合计第三次退回补充侦查（一事一计分）',
    defect: '原院已两次退回补充侦查，改变管辖后本院又退回一次，合计三次，超过以二次为限的规定。同一事实只计一次分：退补次数规则（R36）亮红灯计分，改变管辖规则（R33）亮黄灯注明“见R36”，不重复计分。',
    basis: '刑事诉讼法第175条第3款；人民检察院刑事诉讼规则第346、350条',
    fields: {
      ...UNIT,
      caseName: '测试某某非法经营案',
      suspectName: '尤某某',
      procedure: 'prosecution-review',
      jurisdictionChangedOn: d(-27),
      acceptedOn: d(-25),
      inCustody: true,
      custodyMeasure: 'arrest',
      arrestedOn: d(-150),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-24),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: false,
      interrogatedOn: d(-20),
      returnsBeforeJurisdictionChange: 2,
      returnCount: 1,
      returnOutlineProvided: true,
      lastReturnOn: d(-5),
      detentionCentreNotifiedOn: d(-27),
      supervisionDeptNotifiedOn: d(-4),
      defenderProgressNoticeOn: d(-4),
      counselOpinionHeardOn: d(-7),
      decisionOn: d(-5),
    },
    extras: { xb: '男', sjfs: '退回补充侦查' },
    expected: [
      { rule: 'supplementary-investigation-limit-2', field: 'returnCount', light: 'red' },
      { rule: 'jurisdiction-change-restart', field: 'returnCount', light: 'yellow' },
    ],
  },  {
    // Issue 11: the case the 社会危险性量化评估 panel is shown on (side panel, arrest review).
    id: 'arrest-review-assessment',
    seq: 22,
    card: 'arrest-review',
    title: '审查逮捕：社会危险性量化评估（侧边栏评估表演示）',
    defect: '无程序瑕疵：公安机关提请批准逮捕，犯罪嫌疑人未被拘留（取保候审中），当日收到提请，尚在15日审查期限内。打开侧边栏，按在案证据勾选社会危险性条目、填写证据，查看得分、分档和审查报告段落草稿；决定与分档不一致时须说明理由。',
    basis: '刑事诉讼法第81条、第91条第3款（未拘留的，15日内决定）；《关于逮捕社会危险性条件若干问题的规定（试行）》第5—9条',
    fields: {
      ...UNIT,
      caseName: '测试某某故意伤害案',
      suspectName: '冯某某',
      procedure: 'arrest-review',
      selfInvestigated: false,
      acceptedOn: d(-1),
      inCustody: false,
      custodyMeasure: 'bail',
      suspectBirthDate: ADULT_BIRTH,
      interrogatedOn: d(0),
      majorComplex: false,
      counselRequestedHearing: false,
    },
    extras: { xb: '男' },
    expected: [{ rule: 'arrest-review-police-not-detained-15-20d', field: 'decisionOn', light: 'green' }],
  },
  {
    // Issue 11 (云南 领导干部带头办案): a case a leader handles personally, marked 重大疑难复杂. On a
    // real case system the extension sends the mark as the flag `difficult` with the case number
    // and dates, and the case counts in the leaders' monthly report; training cases are never sent.
    id: 'leader-major-complex-case',
    seq: 22,
    card: 'prosecution-review',
    title: '领导干部承办的重大疑难复杂案件（全绿）',
    defect: '无瑕疵：院领导作为承办检察官直接办理、标注为重大疑难复杂的审查起诉案件，各环节依法按时完成。在实际业务系统中，扩展只同步案号、受理/办结日期和“疑难复杂”标志，计入领导干部带头办案月报。',
    basis: '刑事诉讼法第34、172、173条；人民检察院刑事诉讼规则第55条；《云南省人民检察院入额院领导及部门负责人直接办理案件暂行规定》',
    fields: {
      ...UNIT,
      caseName: '测试某某合同诈骗案',
      suspectName: '韩某某',
      procedure: 'prosecution-review',
      acceptedOn: d(-20),
      inCustody: true,
      custodyMeasure: 'arrest',
      arrestedOn: d(-45),
      suspectBirthDate: ADULT_BIRTH,
      suspectCounselNoticeOn: d(-19),
      suspectCounselNoticeProof: true,
      hasCounsel: true,
      hasVictim: true,
      victimAgentNoticeOn: d(-19),
      victimAgentNoticeProof: true,
      interrogatedOn: d(-12),
      majorComplex: true,
      returnCount: 0,
      counselOpinionHeardOn: d(-8),
      victimOpinionHeardOn: d(-8),
      decisionOn: d(-2),
    },
    extras: { xb: '男', sjfs: '提起公诉' },
    expected: [
      { rule: 'notice-suspect-counsel-3d', field: 'suspectCounselNoticeOn', light: 'green' },
      { rule: 'notice-victim-agent-3d', field: 'victimAgentNoticeOn', light: 'green' },
      { rule: 'prosecution-review-1m', field: 'decisionOn', light: 'green' },
      { rule: 'prosecution-mandatory-interrogation', field: 'interrogatedOn', light: 'green' },
    ],
  },
];

function isRelative(v: unknown): v is RelativeDate {
  return typeof v === 'object' && v !== null && typeof (v as RelativeDate).days === 'number';
}

/** The civil date of a relative date (its day, without the time). */
function resolveDay(v: RelativeDate, today: string): string {
  let day = addDays(today, v.days);
  if (v.endsOnRestDay !== undefined) while (isWorkday(addDays(day, v.endsOnRestDay))) day = addDays(day, -1);
  if (v.plus !== undefined) day = addDays(day, v.plus);
  if (v.workday === true) while (!isWorkday(day)) day = addDays(day, 1);
  return day;
}

/** Resolves a scenario's offsets against `today` (YYYY-MM-DD, Asia/Shanghai). */
export function resolveScenario(s: Scenario, today: string): ResolvedScenario {
  const snapshot: Record<string, Literal> = {};
  for (const [id, v] of Object.entries(s.fields)) {
    if (v === undefined) continue;
    if (isRelative(v)) {
      const day = resolveDay(v, today);
      snapshot[id] = v.at === undefined ? day : `${day}T${v.at}`;
    } else snapshot[id] = v;
  }
  // An unticked checkbox reads as 否 in the browser: say so here too, so the JSON snapshot is what
  // the adapter reads from the page.
  for (const { control } of cardControls(s.card)) {
    if (control.kind === 'checkbox' && control.field !== undefined && snapshot[control.field] === undefined) snapshot[control.field] = false;
  }
  snapshot.caseNumber = `训检${CASE_ABBR[s.card]}[${today.slice(0, 4)}]${String(s.seq).padStart(4, '0')}号`;
  const locations = fieldLocations(s.card);
  return {
    id: s.id,
    title: s.title,
    card: s.card,
    defect: s.defect,
    basis: s.basis,
    today,
    url: `/training/cases/${s.id}`,
    snapshot: snapshot as CaseSnapshot,
    extras: { ...s.extras },
    expected: s.expected,
    fieldLocations: locations,
  };
}

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
