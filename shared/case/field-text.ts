// The wording of the case fields: each field's label and, where the label alone is ambiguous, a
// hint. Kept apart from the registry (fields.ts: ids, types, values, privacy), as the rules keep
// their wording in shared/rules/text: the content script, injected into every frame, imports the
// registry but not this module; it shows the labels the background sends (`rules/text`).
import type { Bilingual, FieldId, FIELDS } from './fields';

/** The ids of the registry's enum fields. */
export type EnumFieldId = Extract<(typeof FIELDS)[number], { type: 'enum' }>['id'];

export interface FieldText {
  readonly label: Bilingual;
  /** What the field means when the label alone is ambiguous (docs, training). */
  readonly hint?: Bilingual;
}

/** Field id → its wording; every registered field has a label. */
export const FIELD_TEXT: Readonly<Record<FieldId, FieldText>> = {
  // 案件基本信息 Case identity
  caseNumber: { label: { zh: '案号', en: 'case number' } },
  caseName: { label: { zh: '案件名称', en: 'case name' } },
  suspectName: { label: { zh: '犯罪嫌疑人姓名', en: 'suspect name' } },
  procedure: { label: { zh: '办案环节', en: 'procedure' } },
  prosecutorId: { label: { zh: '承办检察官编号', en: 'prosecutor id' } },
  prosecutorName: { label: { zh: '承办检察官', en: 'prosecutor name' } },
  unitCode: { label: { zh: '承办单位代码', en: 'unit code' } },
  unitName: { label: { zh: '承办单位', en: 'unit name' } },

  // 受理 Intake
  acceptedOn: { label: { zh: '受理日期', en: 'accepted on' } },
  materialsReceivedOn: {
    label: { zh: '收到案卷材料日期', en: 'materials received on' },
    hint: { zh: '早于受理登记日期时，期限从收到之日起算', en: 'periods run from the earlier of receipt and registration' },
  },
  supervisionCase: {
    label: { zh: '监察机关移送（留置）案件', en: 'transferred by a supervision commission (留置)' },
  },
  supervisionMeasureDecidedOn: {
    label: { zh: '监察案件强制措施决定日期', en: 'coercive measure decided on (supervision case)' },
  },
  supervisionMeasureExtraDays: {
    label: { zh: '监察案件强制措施决定时间特殊延长（日）', en: 'extra days for the measure decision (supervision case)' },
    hint: { zh: '特殊情况下可延长一日至四日（刑诉法170条2款）', en: '1 to 4 days in special circumstances (CPL 170(2))' },
  },
  selfInvestigated: { label: { zh: '本院直接受理侦查（自侦）案件', en: 'investigated by the procuratorate itself' } },
  assignedToHandlerOn: {
    label: { zh: '案卷材料及受理登记表移送办案部门日期', en: 'file and intake form passed to the handling department on' },
  },
  policeRecommendedFastTrack: { label: { zh: '公安机关建议适用速裁程序', en: 'police recommended the fast-track procedure' } },
  intakeChecklistDone: {
    label: { zh: '受理审查事项已逐项审查（管辖、材料、款物、到案及强制措施、移送期限）', en: 'intake checks done (jurisdiction, file, money and items, suspect and measure, transfer time)' },
  },
  nonJurisdictionFoundOn: {
    label: { zh: '发现不属本院管辖日期', en: 'found not to be within this procuratorate’s jurisdiction on' },
  },
  jurisdictionTransferredOn: {
    label: { zh: '移送有管辖权的检察院（或报送上级）日期', en: 'transferred to the competent procuratorate (or reported up) on' },
  },
  jurisdictionChangedOn: {
    label: { zh: '改变管辖决定日期', en: 'jurisdiction changed on' },
    hint: { zh: '审查起诉期间改变管辖的，期限自改变后的检察院收到案件之日起计算', en: 'the review period runs from receipt at the new procuratorate (CPL 172(2))' },
  },

  // 强制措施与羁押 Custody
  inCustody: { label: { zh: '是否在押', en: 'in custody' } },
  custodyMeasure: { label: { zh: '强制措施', en: 'coercive measure' } },
  detainedOn: { label: { zh: '拘留日期', en: 'detained on' } },
  detainedAt: { label: { zh: '拘留执行时间', en: 'detention executed at' } },
  arrestedOn: { label: { zh: '逮捕执行日期', en: 'arrested on' } },
  arrestedAt: { label: { zh: '逮捕执行时间', en: 'arrest executed at' } },
  designatedResidenceAt: {
    label: { zh: '指定居所监视居住执行时间', en: 'designated-residence surveillance executed at' },
  },
  familyNotifiedAt: { label: { zh: '拘留后通知家属时间', en: 'family notified of detention at' } },
  arrestFamilyNotifiedAt: { label: { zh: '逮捕后通知家属时间', en: 'family notified of arrest at' } },
  designatedResidenceFamilyNotifiedAt: {
    label: { zh: '指定居所监视居住后通知家属时间', en: 'family notified of designated-residence surveillance at' },
  },
  familyNotificationExempt: {
    label: { zh: '无法通知或依法可不通知家属（已记录原因）', en: 'family could not / need not be notified (reason on file)' },
  },
  firstInterrogatedAt: { label: { zh: '拘留后首次讯问时间', en: 'first interrogated after detention at' } },
  postArrestInterrogatedAt: { label: { zh: '逮捕后首次讯问时间', en: 'first interrogated after arrest at' } },
  releaseOn: { label: { zh: '释放或变更羁押措施日期', en: 'released (or custody lifted) on' } },
  measureStartedOn: {
    label: { zh: '取保候审/监视居住决定日期', en: 'bail / residential surveillance decided on' },
    hint: { zh: '本院重新作出决定的，为本院决定日期', en: 'the procuratorate’s own decision date where it re-decided (规则 103, 113)' },
  },
  measureEndedOn: {
    label: { zh: '取保候审/监视居住解除或变更日期', en: 'bail / residential surveillance lifted on' },
  },
  measureRedecisionNoticeOn: {
    label: { zh: '告知犯罪嫌疑人重新计算的取保候审/监视居住期限日期', en: 'suspect told of the restarted bail / surveillance term on' },
  },
  releaseRequestReceivedOn: {
    label: { zh: '变更强制措施/解除羁押申请收到日期', en: 'release or variation request received on' },
  },
  releaseRequestAnsweredOn: {
    label: { zh: '变更强制措施/解除羁押申请答复日期', en: 'release or variation request answered on' },
  },
  periodChangedOn: {
    label: { zh: '其他期限变更日期', en: 'period otherwise changed on' },
    hint: { zh: '延长、重新计算、退补、改变管辖以外的期限变更', en: 'a period change not recorded in another field' },
  },
  detentionCentreNotifiedOn: {
    label: { zh: '期限变更书面通知看守所日期', en: 'detention centre notified of the changed period on' },
  },
  supervisionDeptNotifiedOn: {
    label: { zh: '期限变更通知本院负有监督职责的部门日期', en: 'supervising department notified of the change on' },
  },

  // 权利告知 Notices
  suspectCounselNoticeOn: { label: { zh: '告知犯罪嫌疑人有权委托辩护人日期', en: 'suspect told of right to counsel on' } },
  suspectCounselNoticeProof: { label: { zh: '委托辩护人告知笔录或送达回执在卷', en: 'proof of the counsel notice on file' } },
  hasVictim: { label: { zh: '是否有被害人', en: 'has a victim' } },
  victimAgentNoticeOn: { label: { zh: '告知被害人有权委托诉讼代理人日期', en: 'victim told of right to an agent on' } },
  victimAgentNoticeProof: { label: { zh: '委托诉讼代理人告知笔录或送达回执在卷', en: 'proof of the victim notice on file' } },
  victimNoticeImpossible: {
    label: { zh: '无法告知被害人（已记录原因）', en: 'victim could not be notified (reason on file)' },
  },

  // 辩护与法律援助 Counsel and legal aid
  hasCounsel: { label: { zh: '已委托辩护人', en: 'has retained counsel' } },
  suspectDisability: {
    label: { zh: '盲、聋、哑或尚未完全丧失辨认控制能力的精神病人', en: 'blind, deaf, mute, or of partially impaired mental capacity' },
  },
  possibleLifeOrDeath: { label: { zh: '可能判处无期徒刑、死刑', en: 'facing possible life imprisonment or death' } },
  legalAidGroundFoundOn: {
    label: { zh: '发现应当通知法律援助情形日期', en: 'mandatory legal-aid ground found on' },
    hint: { zh: '未填写时按受理日期', en: 'the acceptance date when empty' },
  },
  legalAidNoticeOn: { label: { zh: '书面通知法律援助机构日期', en: 'legal-aid agency notified in writing on' } },
  legalAidApplicationReceivedAt: {
    label: { zh: '收到在押人员法律援助申请时间', en: 'legal-aid application from a held suspect received at' },
  },
  legalAidApplicationForwardedAt: {
    label: { zh: '法律援助申请转交法律援助机构时间', en: 'legal-aid application forwarded to the agency at' },
  },
  legalAidHelpersNotified: {
    label: { zh: '已通知监护人、近亲属等协助提供证件材料', en: 'guardian or relatives asked to help with documents' },
  },
  counselRequestMadeOn: { label: { zh: '在押人员提出委托辩护人要求日期', en: 'held suspect asked for counsel on' } },
  counselRequestRelayedOn: {
    label: { zh: '向监护人、近亲属或指定人员转达委托要求日期', en: 'request for counsel relayed to a guardian, relative or named person on' },
  },
  dutyLawyerNotifiedOn: {
    label: { zh: '通知（或要求公安机关通知）值班律师日期', en: 'duty lawyer notified (or police asked to) on' },
  },
  counselRequestedHearing: { label: { zh: '辩护律师提出要求听取意见', en: 'defence lawyer asked to be heard' } },
  counselOpinionHeardOn: { label: { zh: '听取辩护人/值班律师意见日期', en: 'defender / duty lawyer heard on' } },
  victimOpinionHeardOn: { label: { zh: '听取被害人及其诉讼代理人意见日期', en: 'victim and agent heard on' } },
  opinionsUnobtainable: {
    label: { zh: '无法通知或逾期未提出意见（已记录）', en: 'could not be reached / no opinion in time (on file)' },
  },
  defenderNoticeReceivedOn: {
    label: { zh: '辩护人告知接受委托（或法律援助机构通知指派）日期', en: 'told of the defender’s engagement (or legal-aid appointment) on' },
  },
  defenderRegisteredOn: { label: { zh: '案管登记辩护人信息日期', en: 'defender registered by case management on' } },
  defenderCredentialsChecked: {
    label: { zh: '已查验执业证书、所函及委托书（或法律援助公函）', en: 'defender’s licence, firm letter and engagement (or legal-aid letter) checked' },
  },
  defenderProgressNoticeOn: {
    label: { zh: '告知辩护律师退回补充侦查、改变管辖或提起公诉日期', en: 'defence lawyer told of the return, change of jurisdiction or indictment on' },
  },
  fileReviewRequestedOn: { label: { zh: '阅卷申请日期', en: 'file review requested on' } },
  fileReviewArrangedOn: { label: { zh: '安排阅卷日期', en: 'file review arranged on' } },
  nonLawyerDefenderRequestOn: {
    label: { zh: '律师以外辩护人申请阅卷或会见通信日期', en: 'non-lawyer defender applied to read the file or meet the suspect on' },
  },
  nonLawyerDefenderNoticeOn: {
    label: { zh: '是否许可的决定书面通知申请人日期', en: 'non-lawyer defender notified of the decision in writing on' },
  },
  evidenceRequestType: { label: { zh: '辩护方证据申请类型', en: 'defence evidence request type' } },
  evidenceRequestOn: { label: { zh: '辩护方证据申请日期', en: 'defence evidence request made on' } },
  evidenceRequestDecidedOn: { label: { zh: '辩护方证据申请决定日期', en: 'defence evidence request decided on' } },
  evidenceRequestGranted: { label: { zh: '辩护方证据申请予以准许', en: 'defence evidence request granted' } },
  evidenceRefusalReasonsGiven: {
    label: { zh: '不予准许的已（书面）说明理由', en: 'reasons for refusing the evidence request given (in writing)' },
  },
  policeEvidenceReceivedOn: {
    label: { zh: '公安机关移送调取证据日期', en: 'requested evidence received from the police on' },
  },
  evidenceDefenderToldOn: { label: { zh: '告知辩护人证据已调取日期', en: 'defender told the evidence arrived on' } },
  obstructionComplaintOn: {
    label: { zh: '受理辩护人/代理人阻碍诉讼权利申诉控告日期', en: 'complaint of obstruction of counsel accepted on' },
  },
  obstructionComplaintRepliedOn: {
    label: { zh: '阻碍诉讼权利申诉控告书面答复日期', en: 'obstruction complaint answered in writing on' },
  },
  obstructionComplaintFounded: { label: { zh: '阻碍诉讼权利情况属实', en: 'obstruction complaint founded' } },
  obstructionCorrectionNoticeOn: { label: { zh: '通知有关机关纠正日期', en: 'correction of the obstruction requested on' } },

  // 讯问 Interrogation
  interrogatedOn: { label: { zh: '讯问日期', en: 'interrogated on' } },
  opinionFormCollectedOn: {
    label: { zh: '《听取犯罪嫌疑人意见书》收回日期', en: 'suspect’s written-opinion form collected on' },
  },
  arrestConditionDoubt: { label: { zh: '对是否符合逮捕条件有疑问', en: 'doubt whether arrest conditions are met' } },
  suspectRequestedInterview: {
    label: { zh: '犯罪嫌疑人要求向检察人员当面陈述', en: 'suspect asked to speak to the prosecutor in person' },
  },
  investigationViolationSuspected: {
    label: { zh: '侦查活动可能有重大违法行为', en: 'possible serious illegality in the investigation' },
  },
  majorComplex: { label: { zh: '重大、疑难、复杂案件', en: 'major, difficult or complex case' } },
  suspectBirthDate: { label: { zh: '犯罪嫌疑人出生日期', en: 'suspect birth date' } },
  offenceOn: {
    label: { zh: '犯罪时间（实施涉嫌犯罪行为之日）', en: 'offence committed on' },
    hint: {
      zh: '犯罪时的年龄决定是否属于未成年人刑事案件（规则489条）、能否附条件不起诉（刑诉法282条）和犯罪记录封存（刑诉法286条）；连续或多次犯罪的，填最后一次',
      en: 'age at the offence decides whether it is a juvenile case (SPP Rules 489), conditional non-prosecution (CPL 282) and sealing (CPL 286); for repeated offences, the last one',
    },
  },
  guardianPresentAtInterrogation: {
    label: { zh: '讯问时法定代理人或合适成年人到场并签名', en: 'legal representative or appropriate adult present and signed' },
  },
  juvenileCounselInquiryOn: {
    label: { zh: '向未成年犯罪嫌疑人及其法定代理人了解委托辩护情况并告知日期', en: 'minor and legal representative asked about counsel and told of the right on' },
  },
  policeFailedJuvenileLegalAid: {
    label: { zh: '公安机关未通知法律援助机构为未成年犯罪嫌疑人指派律师', en: 'police failed to have a legal-aid lawyer appointed for the minor' },
  },
  juvenileLegalAidCorrectionOn: {
    label: { zh: '就未通知法律援助提出纠正意见日期', en: 'correction of the missing legal aid requested on' },
  },
  socialInquiryReport: { label: { zh: '有社会调查报告（公安移送或本院制作）', en: 'a social-inquiry report exists' } },
  socialInquiryReviewedOn: { label: { zh: '审查社会调查报告日期', en: 'social-inquiry report reviewed on' } },
  ageDoubtful: {
    label: { zh: '实际年龄难以判断且影响刑事责任认定', en: 'actual age uncertain in a way that affects criminal liability' },
  },

  // 审查与决定 Review and decision
  decisionOn: { label: { zh: '审结/决定日期', en: 'decided on' } },
  concludedOn: { label: { zh: '办结日期', en: 'concluded on' } },
  arrestApproved: { label: { zh: '决定（批准）逮捕', en: 'arrest approved' } },
  arrestExtraDays: {
    label: { zh: '自侦案件决定逮捕时间特殊延长（日）', en: 'extra days for the arrest decision (own investigation)' },
    hint: { zh: '已拘留的，特殊情况下可延长一日至三日（规则297）', en: '1 to 3 days in special circumstances when detained (Rules 297)' },
  },
  nonApprovalServedOn: {
    label: { zh: '不批准逮捕决定书送达公安机关日期', en: 'non-approval of arrest served on the police on' },
  },
  nonApprovalReceiptOn: {
    label: { zh: '收到不批准逮捕执行回执日期', en: 'police execution receipt for the non-approval received on' },
  },
  nonApprovalNotExecuted: {
    label: { zh: '公安机关未立即释放或变更强制措施', en: 'police did not release the suspect or change the measure at once' },
  },
  nonApprovalCorrectionOn: {
    label: { zh: '就未执行不批准逮捕决定提出纠正意见日期', en: 'correction of the non-execution requested on' },
  },
  arrestReconsiderationReceivedOn: {
    label: { zh: '收到要求复议意见书（不批捕）日期', en: 'police request to reconsider the non-approval received on' },
  },
  arrestReconsiderationDecidedOn: { label: { zh: '不批捕复议决定日期', en: 'reconsideration of the non-approval decided on' } },
  reconsiderationBySameProsecutor: {
    label: { zh: '复议由原承办检察官办理', en: 'reconsideration handled by the original prosecutor' },
  },
  arrestRecheckReceivedOn: {
    label: { zh: '上一级院收到提请复核意见书（不批捕）日期', en: 'police request for review of the non-approval received (upper level) on' },
  },
  arrestRecheckDecidedOn: { label: { zh: '不批捕复核决定日期', en: 'review of the non-approval decided on' } },
  indictedOn: { label: { zh: '提起公诉日期', en: 'indicted on' } },
  courtSupplementRequestedOn: {
    label: { zh: '收到法院要求补充移送材料书面意见日期', en: 'court’s written request for further materials received on' },
  },
  courtSupplementProvidedOn: { label: { zh: '向法院补送材料日期', en: 'further materials sent to the court on' } },
  extensionApprovedOn: { label: { zh: '延长审查起诉期限批准日期', en: 'review extension approved on' } },
  returnCount: { label: { zh: '退回补充侦查次数', en: 'returns for supplementary investigation' } },
  returnsBeforeJurisdictionChange: {
    label: { zh: '改变管辖前原受理院退回补充侦查次数', en: 'returns for supplementary investigation before the change of jurisdiction' },
  },
  lastReturnOn: {
    label: { zh: '最近一次退回补充侦查日期', en: 'last returned for supplementary investigation on' },
  },
  returnOutlineProvided: { label: { zh: '退回时附补充侦查提纲', en: 'supplementary-investigation outline attached' } },
  retransferredOn: {
    label: { zh: '补充侦查后重新移送日期', en: 're-transferred after supplementary investigation on' },
  },
  psychEvalStartedOn: { label: { zh: '精神病鉴定委托日期', en: 'psychiatric evaluation commissioned on' } },
  psychEvalResultOn: { label: { zh: '精神病鉴定意见收到日期', en: 'psychiatric evaluation result received on' } },
  psychEvalNoticeOn: {
    label: { zh: '精神病鉴定书面通知看守所及监督部门日期', en: 'detention centre and supervising department told of the evaluation on' },
  },

  // 认罪认罚与速裁 Plea and fast track
  pleaAccepted: { label: { zh: '认罪认罚', en: 'pleads guilty and accepts punishment' } },
  pleaHearingOn: { label: { zh: '认罪认罚听取意见日期', en: 'plea opinions heard on' } },
  pleaAgreementSignedOn: { label: { zh: '认罪认罚具结书签署日期', en: 'plea agreement signed on' } },
  counselPresentAtSigning: {
    label: { zh: '具结书签署时辩护人或值班律师在场', en: 'defender or duty lawyer present at signing' },
  },
  pleaRightsExplainedOn: { label: { zh: '告知诉讼权利和认罪认罚法律规定日期', en: 'told of rights and the plea rules on' } },
  dutyLawyerFileAccessProvided: {
    label: { zh: '已为值班律师查阅案卷、了解案情提供便利', en: 'duty lawyer given access to the file beforehand' },
  },
  guardianPresentAtSigning: {
    label: { zh: '未成年人签署具结书时法定代理人（或合适成年人）在场', en: 'legal representative (or appropriate adult) present when the minor signed' },
  },
  juvenilePleaObjection: {
    label: { zh: '法定代理人或辩护人对未成年人认罪认罚有异议', en: 'legal representative or defender objects to the minor’s plea' },
  },
  pleaHearingRecorded: { label: { zh: '听取认罪认罚意见已同步录音录像', en: 'plea hearing audio-video recorded' } },
  pleaSigningRecorded: {
    label: { zh: '签署具结书已同步录音录像', en: 'signing of the plea agreement audio-video recorded' },
  },
  sentencingRecommendationMade: { label: { zh: '已提出量刑建议', en: 'sentencing recommendation made' } },
  sentencingRecommendationFixed: { label: { zh: '量刑建议为确定刑', en: 'sentencing recommendation is a fixed term' } },
  pleaStatedInIndictment: {
    label: { zh: '起诉书写明认罪认罚及具结情况', en: 'indictment states the plea and the agreement' },
  },
  fastTrack: { label: { zh: '拟适用速裁程序', en: 'fast-track procedure' } },
  fastTrackConsent: { label: { zh: '犯罪嫌疑人同意适用速裁程序', en: 'suspect agrees to the fast-track procedure' } },
  majorSocialImpact: { label: { zh: '案件有重大社会影响', en: 'case of major public impact' } },
  coDefendantObjection: {
    label: { zh: '共同犯罪中部分犯罪嫌疑人对事实、罪名、量刑建议或速裁有异议', en: 'a co-defendant objects to the facts, charge, recommendation or fast track' },
  },
  hasCivilClaim: {
    label: { zh: '有附带民事诉讼（被害人提出或拟提出民事赔偿请求）', en: 'there is an ancillary civil claim' },
    hint: {
      zh: '无附带民事诉讼的，速裁程序不以达成调解或和解协议为条件（刑诉法223条第5项）',
      en: 'without a civil claim, the fast track does not depend on a settlement (CPL 223 item 5)',
    },
  },
  civilSettlementReached: {
    label: { zh: '已与被害人就附带民事赔偿等达成调解或和解协议', en: 'settlement with the victim on civil compensation reached' },
  },
  likelySentenceMonths: { label: { zh: '可能判处的有期徒刑（月）', en: 'likely prison term (months)' } },
  likelyLightSentence: {
    label: { zh: '可能判处拘役、管制、独立适用附加刑、免予刑事处罚或无罪', en: 'likely short detention, control, supplementary penalty only, exemption or acquittal' },
  },

  // 不起诉 Non-prosecution
  announcedOn: { label: { zh: '不起诉决定公开宣布日期', en: 'non-prosecution announced on' } },
  nonProsServedOn: { label: { zh: '不起诉决定书送达日期', en: 'non-prosecution decision served on' } },
  appealRightsNoticed: {
    label: { zh: '已告知七日内申诉（被害人可直接起诉）', en: 'told of the 7-day appeal (victim: or private prosecution)' },
  },
  nonProsType: { label: { zh: '不起诉类型', en: 'type of non-prosecution' } },
  nonProsChiefApproved: {
    label: { zh: '不起诉经检察长批准', en: 'non-prosecution approved by the chief prosecutor' },
  },
  nonProsUpperApproved: {
    label: { zh: '不起诉报经上一级人民检察院批准', en: 'non-prosecution approved by the upper procuratorate' },
  },
  nonProsSppApproved: {
    label: { zh: '不起诉经最高人民检察院核准', en: 'non-prosecution sanctioned by the Supreme People’s Procuratorate' },
  },
  secondReturnUnnecessary: {
    label: { zh: '一次退回补充侦查后认为没有再次退回必要', en: 'after one return, a second return judged pointless' },
  },
  hasSeizedProperty: { label: { zh: '有查封、扣押、冻结的财物', en: 'property sealed, seized or frozen' } },
  seizureReleaseNoticeOn: {
    label: { zh: '书面通知解除查封、扣押、冻结日期', en: 'release of sealed, seized or frozen property notified in writing on' },
  },
  publicEmployee: {
    label: { zh: '被不起诉人系机关事业单位工作人员', en: 'the person works for a state organ or public institution' },
  },
  employerNotifiedOn: { label: { zh: '告知所在单位日期', en: 'employer told on' } },
  procuratorialOpinionNeeded: {
    label: { zh: '需给予行政处罚、处分或没收违法所得', en: 'administrative sanction, discipline or confiscation needed' },
  },
  procuratorialOpinionSentOn: {
    label: { zh: '检察意见移送主管机关日期', en: 'procuratorial opinion sent to the competent authority on' },
  },
  nonProsChallengeType: { label: { zh: '对不起诉决定的复议、复核或申诉', en: 'challenge to the non-prosecution' } },
  nonProsChallengeReceivedOn: { label: { zh: '收到复议、复核意见书或申诉日期', en: 'challenge received on' } },
  nonProsChallengeDecidedOn: { label: { zh: '复议、复核或复查决定日期', en: 'challenge decided on' } },
  appealReviewFiledOn: { label: { zh: '申诉复查立案日期', en: 'appeal filed for re-examination on' } },
  offenceInChapters4to6: {
    label: { zh: '涉嫌刑法分则第四、五、六章规定的犯罪', en: 'offence under Criminal Law Part II chapters 4, 5 or 6' },
  },
  showsRemorse: { label: { zh: '有悔罪表现', en: 'shows remorse' } },
  conditionalOpinionsHeardOn: {
    label: { zh: '附条件不起诉前听取公安机关、被害人、未成年人及法定代理人、辩护人意见日期', en: 'police, victim, minor, representative and defender heard before conditional non-prosecution on' },
  },
  conditionalObjection: {
    label: { zh: '未成年犯罪嫌疑人或其法定代理人对附条件不起诉有异议', en: 'the minor or legal representative objects to conditional non-prosecution' },
  },
  conditionalServedOn: {
    label: { zh: '附条件不起诉决定书送达日期', en: 'conditional non-prosecution decision served on' },
  },
  probationMonths: { label: { zh: '附条件不起诉考验期（月）', en: 'probation period (months)' } },

  // 羁押必要性审查与侦查羁押 Custody review and investigative detention
  evidenceChangedMaterially: { label: { zh: '案件证据发生重大变化', en: 'evidence changed materially' } },
  custodyReviewConclusion: { label: { zh: '羁押必要性审查结论', en: 'continued-detention review conclusion' } },
  custodyReviewedOn: { label: { zh: '羁押必要性审查日期', en: 'continued-detention review done on' } },
  custodyReviewAppliedOn: {
    label: { zh: '收到羁押必要性审查申请日期', en: 'continued-detention review application received on' },
  },
  custodyReviewReceivedElsewhere: {
    label: { zh: '申请由办案机关对应的同级检察院以外的检察院收到', en: 'application received by a procuratorate other than the competent one' },
  },
  custodyReviewForwardedOn: {
    label: { zh: '申请移送负责捕诉的部门（或有管辖的检察院）日期', en: 'application passed to the arrest-and-prosecution department (or competent procuratorate) on' },
  },
  custodyRecommendationSentOn: {
    label: { zh: '释放或变更强制措施建议书发出日期', en: 'recommendation to release or change the measure sent on' },
  },
  custodyRecommendationRepliedOn: { label: { zh: '办案机关回复处理情况日期', en: 'handling authority replied on' } },
  custodyReviewCorrectionOn: {
    label: { zh: '办案机关逾期未回复提出纠正意见日期', en: 'correction requested for the missing reply on' },
  },
  applicantInformedOn: { label: { zh: '书面告知申请人审查结果日期', en: 'applicant informed in writing on' } },
  detentionExtensions: {
    label: { zh: '已批准延长侦查羁押期限次数', en: 'investigative-detention extensions approved' },
    hint: { zh: '依次为 +1月（刑诉法156）、+2月（158）、+2月（159）', en: '+1 month (CPL 156), +2 months (158), +2 months (159), in order' },
  },
  detentionRestartedOn: { label: { zh: '侦查羁押期限重新计算起算日', en: 'investigative detention recalculated from' } },
  importantCrimeFoundOn: { label: { zh: '发现另有重要罪行日期', en: 'another important crime found on' } },
  importantCrimeQualifies: {
    label: { zh: '属另有重要罪行（不同种重大犯罪或影响罪名、量刑档次的同种重大犯罪）', en: 'qualifies as another important crime (Rules 315 ¶2)' },
  },
  recalculationFiledOn: {
    label: { zh: '公安机关重新计算侦查羁押期限备案日期', en: 'police recalculation filed with the procuratorate on' },
  },
  recalculationObjectedOn: { label: { zh: '对重新计算不当提出纠正意见日期', en: 'improper recalculation objected to on' } },
  detentionExpiresOn: {
    label: { zh: '原侦查羁押期限届满日', en: 'current investigative-detention period expires on' },
  },
  detentionExtensionRequestedOn: {
    label: { zh: '收到提请延长侦查羁押期限意见书日期', en: 'request to extend investigative detention received on' },
  },
  detentionExtensionDecidedOn: {
    label: { zh: '延长侦查羁押期限决定日期', en: 'extension of investigative detention decided on' },
  },
  detentionExtensionServedOn: {
    label: { zh: '延长侦查羁押期限决定书送达日期', en: 'extension decision served on the police on' },
  },
  investigationConcludedOn: { label: { zh: '侦查终结/移送审查起诉日期', en: 'investigation concluded on' } },

  // 案件管理 Case management
  monitoringNoticeReceivedOn: { label: { zh: '收到案件流程监控通知书日期', en: 'case-flow monitoring notice received on' } },
  monitoringNoticeRepliedOn: { label: { zh: '流程监控通知书书面回复日期', en: 'monitoring notice answered in writing on' } },
};

/** The bilingual label of a field (the id itself for an unknown one). */
export function fieldLabel(id: string): Bilingual {
  return (FIELD_TEXT as Readonly<Record<string, FieldText | undefined>>)[id]?.label ?? { zh: id, en: id };
}

/**
 * The labels of the enum fields' values (field id → value id → label): wording, like the field
 * labels. The page reader takes a page's Chinese label for its value id (readCaseSnapshot); the
 * content script gets them with the rest of the wording (`rules/text`, TextBundle `values`).
 */
export const VALUE_TEXT: Readonly<Record<EnumFieldId, Readonly<Record<string, Bilingual>>>> = {
  procedure: {
    'intake': { zh: '案件受理', en: 'intake' },
    'arrest-review': { zh: '审查逮捕', en: 'arrest review' },
    'prosecution-review': { zh: '审查起诉', en: 'review for prosecution' },
    'non-prosecution': { zh: '不起诉', en: 'non-prosecution' },
    'custody-review': { zh: '羁押必要性审查', en: 'continued-detention review' },
    'detention-supervision': { zh: '侦查羁押期限监督', en: 'investigative-detention supervision' },
    'self-investigation': { zh: '自行侦查（自侦）', en: 'own investigation' },
  },
  custodyMeasure: {
    'none': { zh: '未采取强制措施', en: 'none' },
    'detention': { zh: '拘留', en: 'criminal detention' },
    'arrest': { zh: '逮捕', en: 'arrest' },
    'bail': { zh: '取保候审', en: 'bail pending trial' },
    'residential-surveillance': { zh: '监视居住', en: 'residential surveillance' },
    'designated-residential-surveillance': { zh: '指定居所监视居住', en: 'residential surveillance at a designated place' },
  },
  custodyReviewConclusion: {
    'continue': { zh: '继续羁押', en: 'continue detention' },
    'recommend-release': { zh: '建议释放', en: 'recommend release' },
    'recommend-change': { zh: '建议变更强制措施', en: 'recommend a non-custodial measure' },
  },
  evidenceRequestType: {
    'from-police': { zh: '申请向公安机关调取无罪、罪轻证据', en: 'obtain exculpatory evidence from the police' },
    'by-procuratorate': { zh: '申请检察院收集、调取证据', en: 'procuratorate to collect evidence' },
    'victim-side': { zh: '申请许可向被害人方收集材料', en: 'permission to collect from the victim side' },
  },
  nonProsType: {
    'statutory': { zh: '法定不起诉（无犯罪事实或刑诉法16条情形）', en: 'statutory (no crime, or CPL 16)' },
    'discretionary': { zh: '相对不起诉（犯罪情节轻微）', en: 'discretionary (minor offence)' },
    'insufficient-evidence': { zh: '存疑不起诉（证据不足）', en: 'insufficient evidence' },
    'conditional': { zh: '附条件不起诉（未成年人）', en: 'conditional (minor)' },
    'special': { zh: '特殊不起诉（刑诉法182条，重大立功或国家重大利益）', en: 'special (CPL 182)' },
  },
  nonProsChallengeType: {
    'reconsideration': { zh: '公安机关要求复议', en: 'police request for reconsideration' },
    'supervision-reconsideration': { zh: '监察机关提请复议', en: 'supervision commission request for reconsideration' },
    'review': { zh: '公安机关提请复核', en: 'police request for review' },
    'victim-appeal': { zh: '被害人申诉', en: 'victim’s appeal' },
    'person-appeal': { zh: '被不起诉人申诉', en: 'appeal by the person not prosecuted' },
  },
};

/** The bilingual label of an enum field's value (the value itself when it has none). */
export function valueLabel(field: string, value: string): Bilingual {
  return (VALUE_TEXT as Readonly<Record<string, Readonly<Record<string, Bilingual>> | undefined>>)[field]?.[value] ?? { zh: value, en: value };
}
