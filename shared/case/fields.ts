// The canonical case-field registry: every field an adapter may read and a rule may name. Ids are
// forever (defect records and adapters refer to them); add fields, never rename or reuse one.

export type FieldType = 'date' | 'datetime' | 'boolean' | 'enum' | 'number' | 'text';

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export interface FieldDef {
  readonly id: string;
  readonly label: Bilingual;
  readonly type: FieldType;
  /** Allowed values of an `enum` field, with their labels. */
  readonly values?: Readonly<Record<string, Bilingual>>;
  /** Whole numbers only, within [min, max] (`number` fields). */
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  /**
   * Personal data or case facts (names, …): stays in the browser, never in a finding's data,
   * a defect event or the companion's ledger.
   */
  readonly private?: true;
  /** What the field means when the label alone is ambiguous. */
  readonly hint?: Bilingual;
}

/** Values of `procedure`: the case-handling stage the form belongs to. */
export const PROCEDURES = {
  'intake': { zh: '案件受理', en: 'intake' },
  'arrest-review': { zh: '审查逮捕', en: 'arrest review' },
  'prosecution-review': { zh: '审查起诉', en: 'review for prosecution' },
  'non-prosecution': { zh: '不起诉', en: 'non-prosecution' },
  'custody-review': { zh: '羁押必要性审查', en: 'continued-detention review' },
  'detention-supervision': { zh: '侦查羁押期限监督', en: 'investigative-detention supervision' },
  'self-investigation': { zh: '自行侦查（自侦）', en: 'own investigation' },
} as const satisfies Record<string, Bilingual>;

export type Procedure = keyof typeof PROCEDURES;

/** Values of `custodyMeasure`: the coercive measure currently in force. */
export const CUSTODY_MEASURES = {
  'none': { zh: '未采取强制措施', en: 'none' },
  'detention': { zh: '拘留', en: 'criminal detention' },
  'arrest': { zh: '逮捕', en: 'arrest' },
  'bail': { zh: '取保候审', en: 'bail pending trial' },
  'residential-surveillance': { zh: '监视居住', en: 'residential surveillance' },
  'designated-residential-surveillance': { zh: '指定居所监视居住', en: 'residential surveillance at a designated place' },
} as const satisfies Record<string, Bilingual>;

export type CustodyMeasure = keyof typeof CUSTODY_MEASURES;

export const CUSTODY_REVIEW_CONCLUSIONS = {
  'continue': { zh: '继续羁押', en: 'continue detention' },
  'recommend-release': { zh: '建议释放', en: 'recommend release' },
  'recommend-change': { zh: '建议变更强制措施', en: 'recommend a non-custodial measure' },
} as const satisfies Record<string, Bilingual>;

/**
 * The registry, grouped by form section. Order is the order the panel lists fields in.
 * Dates are civil `YYYY-MM-DD`; date-times are `YYYY-MM-DDTHH:mm`, both Asia/Shanghai.
 */
export const FIELDS = [
  // 案件基本信息 Case identity
  { id: 'caseNumber', type: 'text', label: { zh: '案号', en: 'case number' } },
  { id: 'caseName', type: 'text', private: true, label: { zh: '案件名称', en: 'case name' } },
  { id: 'suspectName', type: 'text', private: true, label: { zh: '犯罪嫌疑人姓名', en: 'suspect name' } },
  { id: 'procedure', type: 'enum', values: PROCEDURES, label: { zh: '办案环节', en: 'procedure' } },
  { id: 'prosecutorId', type: 'text', label: { zh: '承办检察官编号', en: 'prosecutor id' } },
  { id: 'prosecutorName', type: 'text', private: true, label: { zh: '承办检察官', en: 'prosecutor name' } },
  { id: 'unitCode', type: 'text', label: { zh: '承办单位代码', en: 'unit code' } },
  { id: 'unitName', type: 'text', label: { zh: '承办单位', en: 'unit name' } },

  // 受理 Intake
  { id: 'acceptedOn', type: 'date', label: { zh: '受理日期', en: 'accepted on' } },
  {
    id: 'materialsReceivedOn', type: 'date', label: { zh: '收到案卷材料日期', en: 'materials received on' },
    hint: { zh: '早于受理登记日期时，期限从收到之日起算（疑问 D18）', en: 'periods run from the earlier of receipt and registration (doubt D18)' },
  },
  { id: 'supervisionCase', type: 'boolean', label: { zh: '监察机关移送（留置）案件', en: 'transferred by a supervision commission (留置)' } },
  {
    id: 'supervisionMeasureDecidedOn', type: 'date',
    label: { zh: '监察案件强制措施决定日期', en: 'coercive measure decided on (supervision case)' },
  },

  // 强制措施与羁押 Custody
  { id: 'inCustody', type: 'boolean', label: { zh: '是否在押', en: 'in custody' } },
  { id: 'custodyMeasure', type: 'enum', values: CUSTODY_MEASURES, label: { zh: '强制措施', en: 'coercive measure' } },
  { id: 'detainedOn', type: 'date', label: { zh: '拘留日期', en: 'detained on' } },
  { id: 'detainedAt', type: 'datetime', label: { zh: '拘留执行时间', en: 'detention executed at' } },
  { id: 'arrestedOn', type: 'date', label: { zh: '逮捕执行日期', en: 'arrested on' } },
  { id: 'arrestedAt', type: 'datetime', label: { zh: '逮捕执行时间', en: 'arrest executed at' } },
  {
    id: 'designatedResidenceAt', type: 'datetime',
    label: { zh: '指定居所监视居住执行时间', en: 'designated-residence surveillance executed at' },
  },
  { id: 'familyNotifiedAt', type: 'datetime', label: { zh: '拘留后通知家属时间', en: 'family notified of detention at' } },
  { id: 'arrestFamilyNotifiedAt', type: 'datetime', label: { zh: '逮捕后通知家属时间', en: 'family notified of arrest at' } },
  {
    id: 'designatedResidenceFamilyNotifiedAt', type: 'datetime',
    label: { zh: '指定居所监视居住后通知家属时间', en: 'family notified of designated-residence surveillance at' },
  },
  {
    id: 'familyNotificationExempt', type: 'boolean',
    label: { zh: '无法通知或依法可不通知家属（已记录原因）', en: 'family could not / need not be notified (reason on file)' },
  },
  { id: 'firstInterrogatedAt', type: 'datetime', label: { zh: '拘留后首次讯问时间', en: 'first interrogated after detention at' } },
  { id: 'postArrestInterrogatedAt', type: 'datetime', label: { zh: '逮捕后首次讯问时间', en: 'first interrogated after arrest at' } },
  { id: 'releaseOn', type: 'date', label: { zh: '释放或变更羁押措施日期', en: 'released (or custody lifted) on' } },
  {
    id: 'measureStartedOn', type: 'date',
    label: { zh: '取保候审/监视居住决定日期', en: 'bail / residential surveillance decided on' },
    hint: { zh: '本院重新作出决定的，为本院决定日期', en: 'the procuratorate’s own decision date where it re-decided (规则 103, 113)' },
  },
  { id: 'measureEndedOn', type: 'date', label: { zh: '取保候审/监视居住解除或变更日期', en: 'bail / residential surveillance lifted on' } },
  { id: 'releaseRequestReceivedOn', type: 'date', label: { zh: '变更强制措施/解除羁押申请收到日期', en: 'release or variation request received on' } },
  { id: 'releaseRequestAnsweredOn', type: 'date', label: { zh: '变更强制措施/解除羁押申请答复日期', en: 'release or variation request answered on' } },

  // 权利告知 Notices
  { id: 'suspectCounselNoticeOn', type: 'date', label: { zh: '告知犯罪嫌疑人有权委托辩护人日期', en: 'suspect told of right to counsel on' } },
  {
    id: 'suspectCounselNoticeProof', type: 'boolean',
    label: { zh: '委托辩护人告知笔录或送达回执在卷', en: 'proof of the counsel notice on file' },
  },
  { id: 'hasVictim', type: 'boolean', label: { zh: '是否有被害人', en: 'has a victim' } },
  { id: 'victimAgentNoticeOn', type: 'date', label: { zh: '告知被害人有权委托诉讼代理人日期', en: 'victim told of right to an agent on' } },
  {
    id: 'victimAgentNoticeProof', type: 'boolean',
    label: { zh: '委托诉讼代理人告知笔录或送达回执在卷', en: 'proof of the victim notice on file' },
  },
  {
    id: 'victimNoticeImpossible', type: 'boolean',
    label: { zh: '无法告知被害人（已记录原因）', en: 'victim could not be notified (reason on file)' },
  },

  // 辩护与法律援助 Counsel and legal aid
  { id: 'hasCounsel', type: 'boolean', label: { zh: '已委托辩护人', en: 'has retained counsel' } },
  {
    id: 'suspectDisability', type: 'boolean',
    label: { zh: '盲、聋、哑或尚未完全丧失辨认控制能力的精神病人', en: 'blind, deaf, mute, or of partially impaired mental capacity' },
  },
  { id: 'possibleLifeOrDeath', type: 'boolean', label: { zh: '可能判处无期徒刑、死刑', en: 'facing possible life imprisonment or death' } },
  {
    id: 'legalAidGroundFoundOn', type: 'date',
    label: { zh: '发现应当通知法律援助情形日期', en: 'mandatory legal-aid ground found on' },
    hint: { zh: '未填写时按受理日期', en: 'the acceptance date when empty' },
  },
  { id: 'legalAidNoticeOn', type: 'date', label: { zh: '书面通知法律援助机构日期', en: 'legal-aid agency notified in writing on' } },
  {
    id: 'dutyLawyerNotifiedOn', type: 'date',
    label: { zh: '通知（或要求公安机关通知）值班律师日期', en: 'duty lawyer notified (or police asked to) on' },
  },
  { id: 'counselRequestedHearing', type: 'boolean', label: { zh: '辩护律师提出要求听取意见', en: 'defence lawyer asked to be heard' } },
  { id: 'counselOpinionHeardOn', type: 'date', label: { zh: '听取辩护人/值班律师意见日期', en: 'defender / duty lawyer heard on' } },
  { id: 'victimOpinionHeardOn', type: 'date', label: { zh: '听取被害人及其诉讼代理人意见日期', en: 'victim and agent heard on' } },
  {
    id: 'opinionsUnobtainable', type: 'boolean',
    label: { zh: '无法通知或逾期未提出意见（已记录）', en: 'could not be reached / no opinion in time (on file)' },
  },

  // 讯问 Interrogation
  { id: 'interrogatedOn', type: 'date', label: { zh: '讯问日期', en: 'interrogated on' } },
  {
    id: 'opinionFormCollectedOn', type: 'date',
    label: { zh: '《听取犯罪嫌疑人意见书》收回日期', en: 'suspect’s written-opinion form collected on' },
  },
  { id: 'arrestConditionDoubt', type: 'boolean', label: { zh: '对是否符合逮捕条件有疑问', en: 'doubt whether arrest conditions are met' } },
  {
    id: 'suspectRequestedInterview', type: 'boolean',
    label: { zh: '犯罪嫌疑人要求向检察人员当面陈述', en: 'suspect asked to speak to the prosecutor in person' },
  },
  {
    id: 'investigationViolationSuspected', type: 'boolean',
    label: { zh: '侦查活动可能有重大违法行为', en: 'possible serious illegality in the investigation' },
  },
  { id: 'majorComplex', type: 'boolean', label: { zh: '重大、疑难、复杂案件', en: 'major, difficult or complex case' } },
  { id: 'suspectBirthDate', type: 'date', private: true, label: { zh: '犯罪嫌疑人出生日期', en: 'suspect birth date' } },
  {
    id: 'guardianPresentAtInterrogation', type: 'boolean',
    label: { zh: '讯问时法定代理人或合适成年人到场并签名', en: 'legal representative or appropriate adult present and signed' },
  },

  // 审查与决定 Review and decision
  { id: 'decisionOn', type: 'date', label: { zh: '审结/决定日期', en: 'decided on' } },
  { id: 'extensionApprovedOn', type: 'date', label: { zh: '延长审查起诉期限批准日期', en: 'review extension approved on' } },
  { id: 'returnCount', type: 'number', integer: true, min: 0, max: 20, label: { zh: '退回补充侦查次数', en: 'returns for supplementary investigation' } },
  { id: 'lastReturnOn', type: 'date', label: { zh: '最近一次退回补充侦查日期', en: 'last returned for supplementary investigation on' } },
  { id: 'returnOutlineProvided', type: 'boolean', label: { zh: '退回时附补充侦查提纲', en: 'supplementary-investigation outline attached' } },
  { id: 'retransferredOn', type: 'date', label: { zh: '补充侦查后重新移送日期', en: 're-transferred after supplementary investigation on' } },
  { id: 'psychEvalStartedOn', type: 'date', label: { zh: '精神病鉴定委托日期', en: 'psychiatric evaluation commissioned on' } },
  { id: 'psychEvalResultOn', type: 'date', label: { zh: '精神病鉴定意见收到日期', en: 'psychiatric evaluation result received on' } },

  // 认罪认罚与速裁 Plea and fast track
  { id: 'pleaAccepted', type: 'boolean', label: { zh: '认罪认罚', en: 'pleads guilty and accepts punishment' } },
  { id: 'pleaHearingOn', type: 'date', label: { zh: '认罪认罚听取意见日期', en: 'plea opinions heard on' } },
  { id: 'pleaAgreementSignedOn', type: 'date', label: { zh: '认罪认罚具结书签署日期', en: 'plea agreement signed on' } },
  { id: 'counselPresentAtSigning', type: 'boolean', label: { zh: '具结书签署时辩护人或值班律师在场', en: 'defender or duty lawyer present at signing' } },
  { id: 'fastTrack', type: 'boolean', label: { zh: '拟适用速裁程序', en: 'fast-track procedure' } },
  {
    id: 'likelySentenceMonths', type: 'number', min: 0, max: 600,
    label: { zh: '可能判处的有期徒刑（月）', en: 'likely prison term (months)' },
  },
  {
    id: 'likelyLightSentence', type: 'boolean',
    label: { zh: '可能判处拘役、管制、独立适用附加刑、免予刑事处罚或无罪', en: 'likely short detention, control, supplementary penalty only, exemption or acquittal' },
  },

  // 不起诉 Non-prosecution
  { id: 'announcedOn', type: 'date', label: { zh: '不起诉决定公开宣布日期', en: 'non-prosecution announced on' } },
  { id: 'nonProsServedOn', type: 'date', label: { zh: '不起诉决定书送达日期', en: 'non-prosecution decision served on' } },
  {
    id: 'appealRightsNoticed', type: 'boolean',
    label: { zh: '已告知七日内申诉（被害人可直接起诉）', en: 'told of the 7-day appeal (victim: or private prosecution)' },
  },

  // 羁押必要性审查与侦查羁押 Custody review and investigative detention
  { id: 'evidenceChangedMaterially', type: 'boolean', label: { zh: '案件证据发生重大变化', en: 'evidence changed materially' } },
  {
    id: 'custodyReviewConclusion', type: 'enum', values: CUSTODY_REVIEW_CONCLUSIONS,
    label: { zh: '羁押必要性审查结论', en: 'continued-detention review conclusion' },
  },
  {
    id: 'detentionExtensions', type: 'number', integer: true, min: 0, max: 3,
    label: { zh: '已批准延长侦查羁押期限次数', en: 'investigative-detention extensions approved' },
    hint: { zh: '依次为 +1月（刑诉法156）、+2月（158）、+2月（159）', en: '+1 month (CPL 156), +2 months (158), +2 months (159), in order' },
  },
  {
    id: 'detentionRestartedOn', type: 'date',
    label: { zh: '侦查羁押期限重新计算起算日', en: 'investigative detention recalculated from' },
  },
  { id: 'investigationConcludedOn', type: 'date', label: { zh: '侦查终结/移送审查起诉日期', en: 'investigation concluded on' } },
] as const satisfies readonly FieldDef[];

export type FieldId = (typeof FIELDS)[number]['id'];

/** Field ids in registry order. */
export const FIELD_IDS: readonly FieldId[] = FIELDS.map((f) => f.id);

/** Field definitions by id. */
export const FIELD_MAP: ReadonlyMap<string, FieldDef> = new Map<string, FieldDef>(FIELDS.map((f) => [f.id, f]));

/** True when `id` is a registered field. */
export function isFieldId(id: unknown): id is FieldId {
  return typeof id === 'string' && FIELD_MAP.has(id);
}

/** The bilingual label of a field (the id itself for an unknown one). */
export function fieldLabel(id: string): Bilingual {
  return FIELD_MAP.get(id)?.label ?? { zh: id, en: id };
}

/** Fields flagged private: never copied into findings, events or the companion. */
export const PRIVATE_FIELD_IDS: ReadonlySet<string> = new Set(FIELDS.filter((f: FieldDef) => f.private).map((f) => f.id));
