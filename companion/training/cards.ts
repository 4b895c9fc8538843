// The training system's forms as data: which controls each case card (案卡) shows, under which
// label and form name, and in which display format. Views render these; the built-in adapter
// (shared/adapters/training-system.ts) locates the same controls, and a test keeps the two in step.
import type { FieldId } from '../../shared/case/fields.ts';

/** How a control shows its value, as the real system does in different places. */
export type ControlKind =
  | 'text'
  | 'date-cn' // text input, 2025年9月8日
  | 'date-slash' // text input, 2025/9/8
  | 'date' // <input type="date">
  | 'datetime' // <input type="datetime-local">
  | 'datetime-text' // text input, 2025-09-08 14:30
  | 'yes-no' // <select> 是/否
  | 'checkbox' // checkbox in a wrapping <label>
  | 'select' // <select> of display texts
  | 'number'
  | 'textarea';

export interface Control {
  /** Form control name, pinyin initials as the real system uses (ajbh = 案件编号). */
  readonly name: string;
  /** Visible label text, without the trailing colon. */
  readonly label: string;
  readonly kind: ControlKind;
  /** The snapshot field this control holds; absent for decoration the rules do not read. */
  readonly field?: FieldId;
  /** Option texts of a `select`; for an enum field, `optionValues` maps field value → text. */
  readonly options?: readonly string[];
  readonly optionValues?: Readonly<Record<string, string>>;
  /** Element id; also renders the label as `<label for>` instead of a plain label cell. */
  readonly id?: string;
  readonly readonly?: boolean;
  /** Spans the whole row. */
  readonly wide?: boolean;
}

export interface Section {
  readonly title: string;
  /** Rows of one or two controls (a 4-column label/value table). */
  readonly rows: readonly (readonly Control[])[];
}

export type CardType = 'intake' | 'arrest-review' | 'prosecution-review' | 'non-prosecution' | 'custody-review';

export type TabId = 'akxx' | 'qlgz' | 'rzrf' | 'wscl' | 'lcrz' | 'bz';

export interface TabDef {
  readonly id: TabId;
  readonly title: string;
}

export const PROCEDURE_TEXT: Readonly<Record<string, string>> = {
  'intake': '案件受理',
  'arrest-review': '审查逮捕',
  'prosecution-review': '审查起诉',
  'non-prosecution': '不起诉',
  'custody-review': '羁押必要性审查',
};

export const MEASURE_TEXT: Readonly<Record<string, string>> = {
  'none': '未采取强制措施',
  'detention': '拘留',
  'arrest': '逮捕',
  'bail': '取保候审',
  'residential-surveillance': '监视居住',
  'designated-residential-surveillance': '指定居所监视居住',
};

export const CONCLUSION_TEXT: Readonly<Record<string, string>> = {
  'continue': '继续羁押',
  'recommend-release': '建议释放',
  'recommend-change': '建议变更强制措施',
};

export const CARD_TITLES: Readonly<Record<CardType, string>> = {
  'intake': '受案登记表',
  'arrest-review': '审查逮捕案卡',
  'prosecution-review': '审查起诉案卡',
  'non-prosecution': '不起诉案卡',
  'custody-review': '羁押必要性审查案卡',
};

/** The case summary above the tabs: always in the page, whichever tab is open. */
export const HEADER: Section = {
  title: '案件基本信息',
  rows: [
    [
      { name: 'ajbh', id: 'ajbh', label: '案件编号', kind: 'text', field: 'caseNumber', readonly: true },
      { name: 'ajmc', label: '案件名称', kind: 'text', field: 'caseName' },
    ],
    [
      { name: 'ajlb', label: '案件类别', kind: 'select', field: 'procedure', options: Object.values(PROCEDURE_TEXT), optionValues: PROCEDURE_TEXT },
      { name: 'slrq', label: '受理日期', kind: 'date-cn', field: 'acceptedOn' },
    ],
    [
      { name: 'sdclrq', id: 'sdclrq', label: '收到案卷材料日期', kind: 'date', field: 'materialsReceivedOn' },
      { name: 'sfzy', label: '是否在押', kind: 'yes-no', field: 'inCustody' },
    ],
    [
      { name: 'qzcs', label: '强制措施', kind: 'select', field: 'custodyMeasure', options: Object.values(MEASURE_TEXT), optionValues: MEASURE_TEXT },
      { name: 'cbdw', label: '承办单位', kind: 'text', field: 'unitName', readonly: true },
    ],
    [
      { name: 'dwbm', label: '单位编码', kind: 'text', field: 'unitCode', readonly: true },
      { name: 'cbjcg', label: '承办检察官', kind: 'text', field: 'prosecutorName', readonly: true },
    ],
    [
      { name: 'jcgbh', label: '检察官编号', kind: 'text', field: 'prosecutorId', readonly: true },
      { name: 'zzaj', label: '本院直接受理侦查（自侦）案件', kind: 'yes-no', field: 'selfInvestigated' },
    ],
  ],
};

const SUSPECT: Section = {
  title: '犯罪嫌疑人基本情况',
  rows: [
    [
      { name: 'xyrxm', label: '犯罪嫌疑人姓名', kind: 'text', field: 'suspectName' },
      { name: 'xb', label: '性别', kind: 'select', options: ['男', '女'] },
    ],
    [
      { name: 'csrq', id: 'csrq', label: '出生日期', kind: 'date', field: 'suspectBirthDate' },
      { name: 'sfzh', label: '身份证号码', kind: 'text', readonly: true },
    ],
    [{ name: 'fzsj', label: '犯罪时间', kind: 'date-cn', field: 'offenceOn' }],
  ],
};

const MEASURES: Section = {
  title: '强制措施情况',
  rows: [
    [
      { name: 'jlrq', label: '拘留日期', kind: 'date-slash', field: 'detainedOn' },
      { name: 'jlzxsj', id: 'jlzxsj', label: '拘留执行时间', kind: 'datetime', field: 'detainedAt' },
    ],
    [
      { name: 'jltzjssj', label: '拘留后通知家属时间', kind: 'datetime-text', field: 'familyNotifiedAt' },
      { name: 'jlhxwsj', label: '拘留后首次讯问时间', kind: 'datetime', field: 'firstInterrogatedAt' },
    ],
    [
      { name: 'dbrq', id: 'dbrq', label: '逮捕执行日期', kind: 'date', field: 'arrestedOn' },
      { name: 'dbzxsj', label: '逮捕执行时间', kind: 'datetime', field: 'arrestedAt' },
    ],
    [
      { name: 'dbtzjssj', label: '逮捕后通知家属时间', kind: 'datetime-text', field: 'arrestFamilyNotifiedAt' },
      { name: 'dbhxwsj', label: '逮捕后首次讯问时间', kind: 'datetime', field: 'postArrestInterrogatedAt' },
    ],
    [
      { name: 'zjzxsj', label: '指定居所监视居住执行时间', kind: 'datetime', field: 'designatedResidenceAt' },
      { name: 'zjtzjssj', label: '指定居所监视居住后通知家属时间', kind: 'datetime-text', field: 'designatedResidenceFamilyNotifiedAt' },
    ],
    [{ name: 'wftzjs', label: '无法通知或依法可不通知家属（已记录原因）', kind: 'checkbox', field: 'familyNotificationExempt', wide: true }],
    [
      { name: 'qbjdrq', label: '取保候审/监视居住决定日期', kind: 'date-cn', field: 'measureStartedOn' },
      { name: 'jcbgrq', label: '取保候审/监视居住解除日期', kind: 'date-slash', field: 'measureEndedOn' },
    ],
    [{ name: 'cxjsgz', label: '告知犯罪嫌疑人重新计算期限日期', kind: 'date-slash', field: 'measureRedecisionNoticeOn', wide: true }],
    [
      { name: 'jcysaj', label: '监察机关移送（留置）案件', kind: 'yes-no', field: 'supervisionCase' },
      { name: 'jccsjdrq', label: '监察案件强制措施决定日期', kind: 'date-cn', field: 'supervisionMeasureDecidedOn' },
    ],
    [
      { name: 'bgsqrq', label: '变更强制措施/解除羁押申请收到日期', kind: 'date-cn', field: 'releaseRequestReceivedOn' },
      { name: 'bgdfrq', label: '变更强制措施/解除羁押申请答复日期', kind: 'date-cn', field: 'releaseRequestAnsweredOn' },
    ],
    [{ name: 'sfrq', label: '释放日期', kind: 'date-cn', field: 'releaseOn' }],
  ],
};

const INTAKE: Section = {
  title: '受案登记',
  rows: [
    [
      { name: 'ysdw', label: '移送单位', kind: 'text' },
      { name: 'ysay', label: '移送案由', kind: 'text' },
    ],
    [
      { name: 'jzcs', label: '卷宗册数', kind: 'number' },
      { name: 'sars', label: '犯罪嫌疑人人数', kind: 'number' },
    ],
    [{ name: 'sasx', label: '随案移送：起诉意见书、证据材料、涉案财物清单', kind: 'checkbox', wide: true }],
    [
      { name: 'gajysc', label: '公安机关建议适用速裁程序', kind: 'yes-no', field: 'policeRecommendedFastTrack' },
      { name: 'yjbarq', label: '案卷材料及受理登记表移送办案部门日期', kind: 'date-slash', field: 'assignedToHandlerOn' },
    ],
    [{ name: 'slsc', label: '受理审查事项已逐项审查（管辖、材料、款物、到案及强制措施、移送期限）', kind: 'checkbox', field: 'intakeChecklistDone', wide: true }],
  ],
};

const ARREST_REVIEW: Section = {
  title: '审查逮捕情况',
  rows: [
    [
      { name: 'xwrq', label: '讯问日期', kind: 'date-cn', field: 'interrogatedOn' },
      { name: 'jdrq', id: 'jdrq', label: '审查逮捕决定日期', kind: 'date', field: 'decisionOn' },
    ],
    [
      { name: 'dbjl', label: '审查结论', kind: 'select', options: ['批准逮捕', '不批准逮捕'] },
      { name: 'zdfz', label: '重大疑难复杂案件', kind: 'yes-no', field: 'majorComplex' },
    ],
    [
      { name: 'dbtjyw', label: '对是否符合逮捕条件有疑问', kind: 'yes-no', field: 'arrestConditionDoubt' },
      { name: 'yqmscs', label: '犯罪嫌疑人要求当面陈述', kind: 'yes-no', field: 'suspectRequestedInterview' },
    ],
    [
      { name: 'zchdwf', label: '侦查活动可能有重大违法行为', kind: 'yes-no', field: 'investigationViolationSuspected' },
      { name: 'yjshhrq', label: '《听取犯罪嫌疑人意见书》收回日期', kind: 'date-slash', field: 'opinionFormCollectedOn' },
    ],
    [{ name: 'fddlrdc', label: '讯问时法定代理人或合适成年人到场并签名', kind: 'checkbox', field: 'guardianPresentAtInterrogation', wide: true }],
  ],
};

const PROSECUTION_REVIEW: Section = {
  title: '审查起诉情况',
  rows: [
    [
      { name: 'xwrq', label: '讯问日期', kind: 'date-cn', field: 'interrogatedOn' },
      { name: 'zdfz', label: '重大疑难复杂案件', kind: 'yes-no', field: 'majorComplex' },
    ],
    [
      { name: 'thbccs', label: '退回补充侦查次数', kind: 'number', field: 'returnCount' },
      { name: 'zjthrq', label: '最近一次退回补充侦查日期', kind: 'date-slash', field: 'lastReturnOn' },
    ],
    [
      { name: 'gbgxrq', label: '改变管辖决定日期', kind: 'date-slash', field: 'jurisdictionChangedOn' },
      { name: 'gxqthcs', label: '改变管辖前退回补充侦查次数', kind: 'number', field: 'returnsBeforeJurisdictionChange' },
    ],
    [
      { name: 'cxysrq', label: '重新移送审查起诉日期', kind: 'date-cn', field: 'retransferredOn' },
      { name: 'yqpzrq', label: '延长审查起诉期限批准日期', kind: 'date-cn', field: 'extensionApprovedOn' },
    ],
    [
      { name: 'kpxq', label: '可能判处有期徒刑（月）', kind: 'number', field: 'likelySentenceMonths' },
      { name: 'jdrq', id: 'jdrq', label: '审结日期', kind: 'date', field: 'decisionOn' },
    ],
    [
      { name: 'sjfs', label: '审结方式', kind: 'select', options: ['', '提起公诉', '不起诉', '退回补充侦查', '移送其他院'] },
      { name: 'sfsc', label: '适用速裁程序', kind: 'yes-no', field: 'fastTrack' },
    ],
    [
      { name: 'fdms', label: '有附带民事诉讼', kind: 'yes-no', field: 'hasCivilClaim' },
      { name: 'tjhj', label: '已就附带民事赔偿达成调解或和解协议', kind: 'yes-no', field: 'civilSettlementReached' },
    ],
    [
      { name: 'jswtrq', label: '精神病鉴定委托日期', kind: 'date-slash', field: 'psychEvalStartedOn' },
      { name: 'jsyjrq', label: '精神病鉴定意见收到日期', kind: 'date-slash', field: 'psychEvalResultOn' },
    ],
    [
      { name: 'tzkssrq', label: '期限变更书面通知看守所日期', kind: 'date-cn', field: 'detentionCentreNotifiedOn' },
      { name: 'tzjdbmrq', label: '期限变更通知本院监督部门日期', kind: 'date-slash', field: 'supervisionDeptNotifiedOn' },
    ],
    [{ name: 'fddlrdc', label: '讯问时法定代理人或合适成年人到场并签名', kind: 'checkbox', field: 'guardianPresentAtInterrogation', wide: true }],
    [{ name: 'bctg', label: '退回时附补充侦查提纲', kind: 'checkbox', field: 'returnOutlineProvided', wide: true }],
  ],
};

const NON_PROSECUTION: Section = {
  title: '不起诉情况',
  rows: [
    [
      { name: 'bqslx', label: '不起诉类型', kind: 'select', options: ['法定不起诉', '酌定不起诉', '存疑不起诉', '附条件不起诉'] },
      { name: 'jdrq', id: 'jdrq', label: '不起诉决定日期', kind: 'date', field: 'decisionOn' },
    ],
    [
      { name: 'gkxbrq', label: '公开宣布日期', kind: 'date-cn', field: 'announcedOn' },
      { name: 'xbdd', label: '宣布地点', kind: 'text' },
    ],
    [
      { name: 'sdrq', label: '不起诉决定书送达日期', kind: 'date-slash', field: 'nonProsServedOn' },
      { name: 'xwrq', label: '讯问日期', kind: 'date-cn', field: 'interrogatedOn' },
    ],
    [
      { name: 'thbccs', label: '退回补充侦查次数', kind: 'number', field: 'returnCount' },
      { name: 'zjthrq', label: '最近一次退回补充侦查日期', kind: 'date-slash', field: 'lastReturnOn' },
    ],
    [{ name: 'gzss', label: '已告知被害人、被不起诉人七日内申诉的权利', kind: 'checkbox', field: 'appealRightsNoticed', wide: true }],
  ],
};

const CUSTODY_REVIEW: Section = {
  title: '羁押必要性审查情况',
  rows: [
    [
      { name: 'yjyts', label: '已羁押天数', kind: 'number', readonly: true },
      { name: 'kpxq', label: '可能判处有期徒刑（月）', kind: 'number', field: 'likelySentenceMonths' },
    ],
    [
      { name: 'qxxf', label: '可能判处拘役、管制、独立适用附加刑、免予刑事处罚或无罪', kind: 'yes-no', field: 'likelyLightSentence', wide: true },
    ],
    [
      { name: 'zjbh', label: '案件证据发生重大变化', kind: 'yes-no', field: 'evidenceChangedMaterially' },
      { name: 'scqdfs', label: '审查启动方式', kind: 'select', options: ['依职权', '依申请', '看守所建议'] },
    ],
    [
      { name: 'scjl', label: '审查结论', kind: 'select', field: 'custodyReviewConclusion', options: Object.values(CONCLUSION_TEXT), optionValues: CONCLUSION_TEXT },
      { name: 'jdrq', id: 'jdrq', label: '审查结论日期', kind: 'date', field: 'decisionOn' },
    ],
  ],
};

const ARREST_PLEA: Section = {
  title: '认罪认罚情况',
  rows: [
    [
      { name: 'rzrf', label: '认罪认罚', kind: 'yes-no', field: 'pleaAccepted' },
      { name: 'tqyjrq', label: '认罪认罚听取意见日期', kind: 'date-cn', field: 'pleaHearingOn' },
    ],
    [{ name: 'zbls', label: '要求公安机关通知值班律师日期', kind: 'date-slash', field: 'dutyLawyerNotifiedOn' }],
  ],
};

/** After arrest: the investigative-detention period the prosecutor follows (捕诉一体). */
const POST_ARREST: Section = {
  title: '捕后侦查羁押期限',
  rows: [
    [
      { name: 'yccs', label: '已批准延长侦查羁押期限次数', kind: 'number', field: 'detentionExtensions' },
      { name: 'cxjsrq', label: '侦查羁押期限重新计算起算日', kind: 'date-cn', field: 'detentionRestartedOn' },
    ],
    [
      { name: 'jswtrq', label: '精神病鉴定委托日期', kind: 'date-slash', field: 'psychEvalStartedOn' },
      { name: 'jsyjrq', label: '精神病鉴定意见收到日期', kind: 'date-slash', field: 'psychEvalResultOn' },
    ],
    [{ name: 'zczjrq', label: '侦查终结/移送审查起诉日期', kind: 'date-cn', field: 'investigationConcludedOn' }],
  ],
};

const HEARING: Section = {
  title: '听取意见情况',
  rows: [
    [
      { name: 'lsyqtq', label: '辩护律师提出要求听取意见', kind: 'yes-no', field: 'counselRequestedHearing' },
      { name: 'tqbhryjrq', label: '听取辩护人/值班律师意见日期', kind: 'date-cn', field: 'counselOpinionHeardOn' },
    ],
    [
      { name: 'tqbhryj', id: 'tqbhryj', label: '听取被害人及其诉讼代理人意见日期', kind: 'date', field: 'victimOpinionHeardOn' },
      { name: 'wfyj', label: '无法通知或逾期未提出意见（已记录）', kind: 'checkbox', field: 'opinionsUnobtainable' },
    ],
  ],
};

const LEGAL_AID: Section = {
  title: '辩护与法律援助',
  rows: [
    [
      { name: 'ywtbhr', label: '已委托辩护人', kind: 'yes-no', field: 'hasCounsel' },
      { name: 'mlyjsb', label: '盲、聋、哑或尚未完全丧失辨认控制能力的精神病人', kind: 'yes-no', field: 'suspectDisability' },
    ],
    [
      { name: 'wqsx', label: '可能判处无期徒刑、死刑', kind: 'yes-no', field: 'possibleLifeOrDeath' },
      { name: 'fyqxrq', label: '发现应当通知法律援助情形日期', kind: 'date-slash', field: 'legalAidGroundFoundOn' },
    ],
    [
      { name: 'tzfyrq', label: '书面通知法律援助机构日期', kind: 'date-cn', field: 'legalAidNoticeOn' },
      { name: 'gzbhlsrq', id: 'gzbhlsrq', label: '告知辩护律师退回补充侦查、改变管辖或提起公诉日期', kind: 'date', field: 'defenderProgressNoticeOn' },
    ],
  ],
};

/** 权利告知: its own tab, loaded by script without a page reload. */
export const NOTICES: Section = {
  title: '诉讼权利告知',
  rows: [
    [
      { name: 'gzwtbhrrq', label: '告知犯罪嫌疑人有权委托辩护人日期', kind: 'date-cn', field: 'suspectCounselNoticeOn' },
      { name: 'gzfs', label: '告知方式', kind: 'select', options: ['当面口头告知', '电话告知', '书面告知（送达）'] },
    ],
    [{ name: 'bhrhz', label: '委托辩护人告知笔录或送达回执在卷', kind: 'checkbox', field: 'suspectCounselNoticeProof', wide: true }],
    [
      { name: 'sfybhr', label: '是否有被害人', kind: 'yes-no', field: 'hasVictim' },
      { name: 'gzwtdlrrq', id: 'gzwtdlrrq', label: '告知被害人有权委托诉讼代理人日期', kind: 'date', field: 'victimAgentNoticeOn' },
    ],
    [
      { name: 'dlrhz', label: '委托诉讼代理人告知笔录或送达回执在卷', kind: 'checkbox', field: 'victimAgentNoticeProof' },
      { name: 'wfgz', label: '无法告知被害人（已记录原因）', kind: 'checkbox', field: 'victimNoticeImpossible' },
    ],
  ],
};

/** 认罪认罚/具结书: a separate document inside an iframe, as the real system embeds sub-forms. */
export const PLEA_FRAME: readonly Section[] = [
  {
    title: '案件信息',
    rows: [
      [
        { name: 'ajbh', id: 'ajbh', label: '案件编号', kind: 'text', field: 'caseNumber', readonly: true },
        { name: 'ajlb', label: '案件类别', kind: 'select', field: 'procedure', options: Object.values(PROCEDURE_TEXT), optionValues: PROCEDURE_TEXT },
      ],
    ],
  },
  {
    title: '认罪认罚情况',
    rows: [
      [
        { name: 'rzrf', label: '认罪认罚', kind: 'yes-no', field: 'pleaAccepted' },
        { name: 'tqyjrq', label: '认罪认罚听取意见日期', kind: 'date-cn', field: 'pleaHearingOn' },
      ],
      [
        { name: 'gzrzrfrq', label: '告知诉讼权利和认罪认罚法律规定日期', kind: 'date-cn', field: 'pleaRightsExplainedOn' },
        { name: 'zbls', label: '通知值班律师日期', kind: 'date-slash', field: 'dutyLawyerNotifiedOn' },
      ],
      [
        { name: 'lxjy', label: '量刑建议', kind: 'text' },
        { name: 'rzjysc', label: '认罪认罚后羁押必要性审查日期', kind: 'date-slash', field: 'custodyReviewedOn' },
      ],
      [{ name: 'tqyjly', label: '听取意见已同步录音录像', kind: 'checkbox', field: 'pleaHearingRecorded', wide: true }],
    ],
  },
  {
    title: '认罪认罚具结书',
    rows: [
      [
        { name: 'jjsqsrq', label: '具结书签署日期', kind: 'date-cn', field: 'pleaAgreementSignedOn' },
        { name: 'zcls', label: '在场律师姓名', kind: 'text' },
      ],
      [{ name: 'lszc', label: '签署时辩护人或值班律师在场并签名', kind: 'checkbox', field: 'counselPresentAtSigning', wide: true }],
      [{ name: 'qsly', label: '签署具结书已同步录音录像', kind: 'checkbox', field: 'pleaSigningRecorded', wide: true }],
    ],
  },
];

/** The 权利告知 tab: notices, then counsel and legal aid. */
export const NOTICE_TAB: readonly Section[] = [NOTICES, LEGAL_AID];

export const PLEA_FRAME_FIELDS: readonly FieldId[] = PLEA_FRAME.flatMap((s) => s.rows.flat().flatMap((c) => (c.field ? [c.field] : [])));

/** Sections of the 案卡信息 tab per card type. */
export const CARD_SECTIONS: Readonly<Record<CardType, readonly Section[]>> = {
  'intake': [INTAKE, SUSPECT, MEASURES],
  'arrest-review': [SUSPECT, MEASURES, ARREST_REVIEW, ARREST_PLEA, HEARING, POST_ARREST],
  'prosecution-review': [SUSPECT, MEASURES, PROSECUTION_REVIEW, HEARING],
  'non-prosecution': [SUSPECT, MEASURES, NON_PROSECUTION],
  'custody-review': [SUSPECT, MEASURES, CUSTODY_REVIEW],
};

export function tabsFor(card: CardType): readonly TabDef[] {
  const tabs: TabDef[] = [{ id: 'akxx', title: card === 'intake' ? '受案登记' : '案卡信息' }];
  if (card !== 'custody-review') tabs.push({ id: 'qlgz', title: '权利告知' });
  if (card === 'prosecution-review') tabs.push({ id: 'rzrf', title: '认罪认罚' });
  tabs.push({ id: 'wscl', title: '文书材料' }, { id: 'lcrz', title: '流程日志' }, { id: 'bz', title: '备注' });
  return tabs;
}

/** Where a field's control is: the tab, and whether it sits in the 认罪认罚 iframe. */
export interface FieldLocation {
  tab: TabId | 'header';
  frame?: 'plea';
}

/** Every control a card type shows with its location; each field appears at most once per document. */
export function cardControls(card: CardType): { control: Control; location: FieldLocation }[] {
  const out: { control: Control; location: FieldLocation }[] = [];
  const put = (sections: readonly Section[], location: FieldLocation) => {
    for (const s of sections) for (const row of s.rows) for (const control of row) out.push({ control, location });
  };
  put([HEADER], { tab: 'header' });
  put(CARD_SECTIONS[card], { tab: 'akxx' });
  if (card !== 'custody-review') put(NOTICE_TAB, { tab: 'qlgz' });
  if (card === 'prosecution-review') put(PLEA_FRAME, { tab: 'rzrf', frame: 'plea' });
  return out;
}

/** Where each field a card type shows is (the first place, for the two repeated in the iframe). */
export function fieldLocations(card: CardType): Partial<Record<FieldId, FieldLocation>> {
  const out: Partial<Record<FieldId, FieldLocation>> = {};
  for (const { control, location } of cardControls(card)) {
    if (control.field && !(control.field in out)) out[control.field] = location;
  }
  return out;
}
