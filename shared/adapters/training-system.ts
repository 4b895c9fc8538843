// The built-in adapter for the training case system the companion serves under /training. Data
// only, in the format of ./schema.ts: each case field's locator on the training pages.

export const trainingSystemAdapter = {
  id: 'training-system',
  name: '训练用案件业务系统',
  version: 3,
  description: 'CaseLight 培训用模拟系统（companion /training）。所有案件均为虚构；发现的问题只作训练，不计入台账。',
  training: true,
  match: ['http://127.0.0.1/training/*', 'http://localhost/training/*'],
  fields: {
    // 案件基本信息 (case header, on every card page and repeated in the 认罪认罚 iframe)
    caseNumber: { selector: '#ajbh' },
    caseName: { name: 'ajmc', parse: 'text' },
    procedure: {
      name: 'ajlb',
      map: {
        '案件受理': 'intake',
        '审查逮捕': 'arrest-review',
        '审查起诉': 'prosecution-review',
        '不起诉': 'non-prosecution',
        '羁押必要性审查': 'custody-review',
      },
    },
    acceptedOn: { label: '受理日期', parse: 'date' },
    unitName: { label: '承办单位' },
    unitCode: { name: 'dwbm' },
    prosecutorName: { label: '承办检察官' },
    prosecutorId: { name: 'jcgbh' },
    selfInvestigated: { label: '本院直接受理侦查（自侦）案件', parse: 'yes-no' },
    inCustody: { label: '是否在押', parse: 'yes-no' },
    custodyMeasure: {
      name: 'qzcs',
      map: {
        '未采取强制措施': 'none',
        '拘留': 'detention',
        '逮捕': 'arrest',
        '取保候审': 'bail',
        '监视居住': 'residential-surveillance',
        '指定居所监视居住': 'designated-residential-surveillance',
      },
    },

    materialsReceivedOn: { label: '收到案卷材料日期', parse: 'date' },

    // 受案登记 (受案登记表)
    policeRecommendedFastTrack: { label: '公安机关建议适用速裁程序', parse: 'yes-no' },
    assignedToHandlerOn: { label: '案卷材料及受理登记表移送办案部门日期', parse: 'date' },
    intakeChecklistDone: { name: 'slsc', parse: 'yes-no' },

    // 犯罪嫌疑人基本情况
    suspectName: { label: '犯罪嫌疑人姓名' },
    suspectBirthDate: { label: '出生日期', parse: 'date' },
    offenceOn: { label: '犯罪时间', parse: 'date' },

    // 强制措施情况
    detainedOn: { label: '拘留日期', parse: 'date' },
    detainedAt: { label: '拘留执行时间', parse: 'datetime' },
    familyNotifiedAt: { label: '拘留后通知家属时间', parse: 'datetime' },
    firstInterrogatedAt: { name: 'jlhxwsj', parse: 'datetime' },
    arrestedOn: { label: '逮捕执行日期', parse: 'date' },
    arrestedAt: { label: '逮捕执行时间', parse: 'datetime' },
    arrestFamilyNotifiedAt: { label: '逮捕后通知家属时间', parse: 'datetime' },
    postArrestInterrogatedAt: { name: 'dbhxwsj', parse: 'datetime' },
    designatedResidenceAt: { label: '指定居所监视居住执行时间', parse: 'datetime' },
    designatedResidenceFamilyNotifiedAt: { label: '指定居所监视居住后通知家属时间', parse: 'datetime' },
    familyNotificationExempt: { name: 'wftzjs', parse: 'yes-no' },
    measureStartedOn: { label: '取保候审/监视居住决定日期', parse: 'date' },
    supervisionCase: { label: '监察机关移送（留置）案件', parse: 'yes-no' },
    supervisionMeasureDecidedOn: { name: 'jccsjdrq', parse: 'date' },
    releaseOn: { label: '释放日期', parse: 'date' },
    releaseRequestReceivedOn: { label: '变更强制措施/解除羁押申请收到日期', parse: 'date' },
    releaseRequestAnsweredOn: { label: '变更强制措施/解除羁押申请答复日期', parse: 'date' },
    measureEndedOn: { label: '取保候审/监视居住解除日期', parse: 'date' },
    measureRedecisionNoticeOn: { label: '告知犯罪嫌疑人重新计算期限日期', parse: 'date' },

    // 审查情况 (the decision date has a different label on each card, one form name)
    interrogatedOn: { label: '讯问日期', parse: 'date' },
    guardianPresentAtInterrogation: { name: 'fddlrdc', parse: 'yes-no' },
    majorComplex: { name: 'zdfz', parse: 'yes-no' },
    decisionOn: { name: 'jdrq', parse: 'date' },
    returnCount: { label: '退回补充侦查次数', parse: 'number' },
    jurisdictionChangedOn: { label: '改变管辖决定日期', parse: 'date' },
    returnsBeforeJurisdictionChange: { label: '改变管辖前退回补充侦查次数', parse: 'number' },
    hasCivilClaim: { label: '有附带民事诉讼', parse: 'yes-no' },
    civilSettlementReached: { name: 'tjhj', parse: 'yes-no' },
    lastReturnOn: { label: '最近一次退回补充侦查日期', parse: 'date' },
    returnOutlineProvided: { name: 'bctg', parse: 'yes-no' },
    retransferredOn: { label: '重新移送审查起诉日期', parse: 'date' },
    extensionApprovedOn: { label: '延长审查起诉期限批准日期', parse: 'date' },
    likelySentenceMonths: { name: 'kpxq', parse: 'number' },
    fastTrack: { label: '适用速裁程序', parse: 'yes-no' },
    arrestConditionDoubt: { label: '对是否符合逮捕条件有疑问', parse: 'yes-no' },
    suspectRequestedInterview: { label: '犯罪嫌疑人要求当面陈述', parse: 'yes-no' },
    investigationViolationSuspected: { label: '侦查活动可能有重大违法行为', parse: 'yes-no' },
    opinionFormCollectedOn: { name: 'yjshhrq', parse: 'date' },
    psychEvalStartedOn: { label: '精神病鉴定委托日期', parse: 'date' },
    psychEvalResultOn: { label: '精神病鉴定意见收到日期', parse: 'date' },
    detentionCentreNotifiedOn: { label: '期限变更书面通知看守所日期', parse: 'date' },
    supervisionDeptNotifiedOn: { name: 'tzjdbmrq', parse: 'date' },

    // 捕后侦查羁押期限 (审查逮捕 card)
    detentionExtensions: { label: '已批准延长侦查羁押期限次数', parse: 'number' },
    detentionRestartedOn: { label: '侦查羁押期限重新计算起算日', parse: 'date' },
    investigationConcludedOn: { label: '侦查终结/移送审查起诉日期', parse: 'date' },

    // 听取意见情况
    counselRequestedHearing: { label: '辩护律师提出要求听取意见', parse: 'yes-no' },
    counselOpinionHeardOn: { label: '听取辩护人/值班律师意见日期', parse: 'date' },
    victimOpinionHeardOn: { label: '听取被害人及其诉讼代理人意见日期', parse: 'date' },
    opinionsUnobtainable: { name: 'wfyj', parse: 'yes-no' },

    // 不起诉情况
    announcedOn: { label: '公开宣布日期', parse: 'date' },
    nonProsServedOn: { label: '不起诉决定书送达日期', parse: 'date' },
    appealRightsNoticed: { name: 'gzss', parse: 'yes-no' },

    // 羁押必要性审查情况
    likelyLightSentence: { name: 'qxxf', parse: 'yes-no' },
    evidenceChangedMaterially: { label: '案件证据发生重大变化', parse: 'yes-no' },
    custodyReviewConclusion: {
      name: 'scjl',
      map: { '继续羁押': 'continue', '建议释放': 'recommend-release', '建议变更强制措施': 'recommend-change' },
    },

    // 权利告知 (its own tab)
    suspectCounselNoticeOn: { label: '告知犯罪嫌疑人有权委托辩护人日期', parse: 'date', tab: '权利告知' },
    suspectCounselNoticeProof: { name: 'bhrhz', parse: 'yes-no', tab: '权利告知' },
    hasCounsel: { label: '已委托辩护人', parse: 'yes-no', tab: '权利告知' },
    hasVictim: { label: '是否有被害人', parse: 'yes-no', tab: '权利告知' },
    victimAgentNoticeOn: { label: '告知被害人有权委托诉讼代理人日期', parse: 'date', tab: '权利告知' },
    victimAgentNoticeProof: { name: 'dlrhz', parse: 'yes-no', tab: '权利告知' },
    victimNoticeImpossible: { name: 'wfgz', parse: 'yes-no', tab: '权利告知' },
    suspectDisability: { name: 'mlyjsb', parse: 'yes-no', tab: '权利告知' },
    possibleLifeOrDeath: { label: '可能判处无期徒刑、死刑', parse: 'yes-no', tab: '权利告知' },
    legalAidGroundFoundOn: { label: '发现应当通知法律援助情形日期', parse: 'date', tab: '权利告知' },
    legalAidNoticeOn: { label: '书面通知法律援助机构日期', parse: 'date', tab: '权利告知' },
    defenderProgressNoticeOn: { selector: '#gzbhlsrq', parse: 'date', tab: '权利告知' },

    // 认罪认罚/具结书 (the iframe sub-form)
    pleaAccepted: { label: '认罪认罚', parse: 'yes-no', tab: '认罪认罚' },
    pleaHearingOn: { label: '认罪认罚听取意见日期', parse: 'date', tab: '认罪认罚' },
    pleaRightsExplainedOn: { label: '告知诉讼权利和认罪认罚法律规定日期', parse: 'date', tab: '认罪认罚' },
    custodyReviewedOn: { name: 'rzjysc', parse: 'date', tab: '认罪认罚' },
    pleaHearingRecorded: { name: 'tqyjly', parse: 'yes-no', tab: '认罪认罚' },
    pleaSigningRecorded: { label: '签署具结书已同步录音录像', parse: 'yes-no', tab: '认罪认罚' },
    dutyLawyerNotifiedOn: { name: 'zbls', parse: 'date', tab: '认罪认罚' },
    pleaAgreementSignedOn: { label: '具结书签署日期', parse: 'date', tab: '认罪认罚' },
    counselPresentAtSigning: { label: '签署时辩护人或值班律师在场并签名', parse: 'yes-no', tab: '认罪认罚' },
  },
} as const;

/* Test pages (companion, any port): /training/cases/<scenario-id> and its tabs
   /training/cases/<scenario-id>/{akxx,qlgz,rzrf,wscl,lcrz,bz}; the iframe
   /training/frame/cases/<scenario-id>/plea. Scenario ids: GET /training/api/scenarios. */
