// The canonical case-field registry: every field an adapter may read and a rule may name. Ids are
// forever (defect records and adapters refer to them); add fields, never rename or reuse one. Their
// labels and hints are wording, kept apart in field-text.ts (FIELD_TEXT, fieldLabel).

export type FieldType = 'date' | 'datetime' | 'boolean' | 'enum' | 'number' | 'text';

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export interface FieldDef {
  readonly id: string;
  readonly type: FieldType;
  /** Allowed value ids of an `enum` field (their labels are wording: field-text.ts). */
  readonly values?: readonly string[];
  /** Whole numbers only, within [min, max] (`number` fields). */
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  /**
   * Personal data or case facts (names, …): stays in the browser, never in a finding's data,
   * a defect event or the companion's ledger.
   */
  readonly private?: true;
}

/** Values of `procedure`: the case-handling stage the form belongs to. */
export const PROCEDURES = ['intake', 'arrest-review', 'prosecution-review', 'non-prosecution', 'custody-review', 'detention-supervision', 'self-investigation'] as const;

export type Procedure = (typeof PROCEDURES)[number];

/** Values of `custodyMeasure`: the coercive measure currently in force. */
export const CUSTODY_MEASURES = ['none', 'detention', 'arrest', 'bail', 'residential-surveillance', 'designated-residential-surveillance'] as const;

export type CustodyMeasure = (typeof CUSTODY_MEASURES)[number];

export const CUSTODY_REVIEW_CONCLUSIONS = ['continue', 'recommend-release', 'recommend-change'] as const;

/**
 * The registry, grouped by form section. Order is the order the panel lists fields in.
 * Dates are civil `YYYY-MM-DD`; date-times are `YYYY-MM-DDTHH:mm`, both Asia/Shanghai.
 */
const ENTRIES = [
  // 案件基本信息 Case identity
  'caseNumber:text',
  { id: 'caseName', type: 'text', private: true },
  { id: 'suspectName', type: 'text', private: true },
  { id: 'procedure', type: 'enum', values: PROCEDURES },
  'prosecutorId:text',
  { id: 'prosecutorName', type: 'text', private: true },
  'unitCode:text',
  'unitName:text',

  // 受理 Intake
  'acceptedOn',
  'materialsReceivedOn',
  'supervisionCase:boolean',
  'supervisionMeasureDecidedOn',
  { id: 'supervisionMeasureExtraDays', type: 'number', integer: true, min: 0, max: 4 },
  'selfInvestigated:boolean',
  'assignedToHandlerOn',
  'policeRecommendedFastTrack:boolean',
  'intakeChecklistDone:boolean',
  'nonJurisdictionFoundOn',
  'jurisdictionTransferredOn',
  'jurisdictionChangedOn',

  // 强制措施与羁押 Custody
  'inCustody:boolean',
  { id: 'custodyMeasure', type: 'enum', values: CUSTODY_MEASURES },
  'detainedOn',
  'detainedAt',
  'arrestedOn',
  'arrestedAt',
  'designatedResidenceAt',
  'familyNotifiedAt',
  'arrestFamilyNotifiedAt',
  'designatedResidenceFamilyNotifiedAt',
  'familyNotificationExempt:boolean',
  'firstInterrogatedAt',
  'postArrestInterrogatedAt',
  'releaseOn',
  'measureStartedOn',
  'measureEndedOn',
  'measureRedecisionNoticeOn',
  'releaseRequestReceivedOn',
  'releaseRequestAnsweredOn',
  'periodChangedOn',
  'detentionCentreNotifiedOn',
  'supervisionDeptNotifiedOn',

  // 权利告知 Notices
  'suspectCounselNoticeOn',
  'suspectCounselNoticeProof:boolean',
  'hasVictim:boolean',
  'victimAgentNoticeOn',
  'victimAgentNoticeProof:boolean',
  'victimNoticeImpossible:boolean',

  // 辩护与法律援助 Counsel and legal aid
  'hasCounsel:boolean',
  'suspectDisability:boolean',
  'possibleLifeOrDeath:boolean',
  'legalAidGroundFoundOn',
  'legalAidNoticeOn',
  'legalAidApplicationReceivedAt',
  'legalAidApplicationForwardedAt',
  'legalAidHelpersNotified:boolean',
  'counselRequestMadeOn',
  'counselRequestRelayedOn',
  'dutyLawyerNotifiedOn',
  'counselRequestedHearing:boolean',
  'counselOpinionHeardOn',
  'victimOpinionHeardOn',
  'opinionsUnobtainable:boolean',
  'defenderNoticeReceivedOn',
  'defenderRegisteredOn',
  'defenderCredentialsChecked:boolean',
  'defenderProgressNoticeOn',
  'fileReviewRequestedOn',
  'fileReviewArrangedOn',
  'nonLawyerDefenderRequestOn',
  'nonLawyerDefenderNoticeOn',
  { id: 'evidenceRequestType', type: 'enum', values: ['from-police', 'by-procuratorate', 'victim-side'] },
  'evidenceRequestOn',
  'evidenceRequestDecidedOn',
  'evidenceRequestGranted:boolean',
  'evidenceRefusalReasonsGiven:boolean',
  'policeEvidenceReceivedOn',
  'evidenceDefenderToldOn',
  'obstructionComplaintOn',
  'obstructionComplaintRepliedOn',
  'obstructionComplaintFounded:boolean',
  'obstructionCorrectionNoticeOn',

  // 讯问 Interrogation
  'interrogatedOn',
  'opinionFormCollectedOn',
  'arrestConditionDoubt:boolean',
  'suspectRequestedInterview:boolean',
  'investigationViolationSuspected:boolean',
  'majorComplex:boolean',
  { id: 'suspectBirthDate', type: 'date', private: true },
  { id: 'offenceOn', type: 'date', private: true },
  'guardianPresentAtInterrogation:boolean',
  'juvenileCounselInquiryOn',
  'policeFailedJuvenileLegalAid:boolean',
  'juvenileLegalAidCorrectionOn',
  'socialInquiryReport:boolean',
  'socialInquiryReviewedOn',
  'ageDoubtful:boolean',

  // 审查与决定 Review and decision
  'decisionOn',
  'concludedOn',
  'arrestApproved:boolean',
  { id: 'arrestExtraDays', type: 'number', integer: true, min: 0, max: 3 },
  'nonApprovalServedOn',
  'nonApprovalReceiptOn',
  'nonApprovalNotExecuted:boolean',
  'nonApprovalCorrectionOn',
  'arrestReconsiderationReceivedOn',
  'arrestReconsiderationDecidedOn',
  'reconsiderationBySameProsecutor:boolean',
  'arrestRecheckReceivedOn',
  'arrestRecheckDecidedOn',
  'indictedOn',
  'courtSupplementRequestedOn',
  'courtSupplementProvidedOn',
  'extensionApprovedOn',
  { id: 'returnCount', type: 'number', integer: true, min: 0, max: 20 },
  { id: 'returnsBeforeJurisdictionChange', type: 'number', integer: true, min: 0, max: 20 },
  'lastReturnOn',
  'returnOutlineProvided:boolean',
  'retransferredOn',
  'psychEvalStartedOn',
  'psychEvalResultOn',
  'psychEvalNoticeOn',

  // 认罪认罚与速裁 Plea and fast track
  'pleaAccepted:boolean',
  'pleaHearingOn',
  'pleaAgreementSignedOn',
  'counselPresentAtSigning:boolean',
  'pleaRightsExplainedOn',
  'dutyLawyerFileAccessProvided:boolean',
  'guardianPresentAtSigning:boolean',
  'juvenilePleaObjection:boolean',
  'pleaHearingRecorded:boolean',
  'pleaSigningRecorded:boolean',
  'sentencingRecommendationMade:boolean',
  'sentencingRecommendationFixed:boolean',
  'pleaStatedInIndictment:boolean',
  'fastTrack:boolean',
  'fastTrackConsent:boolean',
  'majorSocialImpact:boolean',
  'coDefendantObjection:boolean',
  'hasCivilClaim:boolean',
  'civilSettlementReached:boolean',
  { id: 'likelySentenceMonths', type: 'number', min: 0, max: 600 },
  'likelyLightSentence:boolean',

  // 不起诉 Non-prosecution
  'announcedOn',
  'nonProsServedOn',
  'appealRightsNoticed:boolean',
  { id: 'nonProsType', type: 'enum', values: ['statutory', 'discretionary', 'insufficient-evidence', 'conditional', 'special'] },
  'nonProsChiefApproved:boolean',
  'nonProsUpperApproved:boolean',
  'nonProsSppApproved:boolean',
  'secondReturnUnnecessary:boolean',
  'hasSeizedProperty:boolean',
  'seizureReleaseNoticeOn',
  'publicEmployee:boolean',
  'employerNotifiedOn',
  'procuratorialOpinionNeeded:boolean',
  'procuratorialOpinionSentOn',
  { id: 'nonProsChallengeType', type: 'enum', values: ['reconsideration', 'supervision-reconsideration', 'review', 'victim-appeal', 'person-appeal'] },
  'nonProsChallengeReceivedOn',
  'nonProsChallengeDecidedOn',
  'appealReviewFiledOn',
  'offenceInChapters4to6:boolean',
  'showsRemorse:boolean',
  'conditionalOpinionsHeardOn',
  'conditionalObjection:boolean',
  'conditionalServedOn',
  { id: 'probationMonths', type: 'number', integer: true, min: 0, max: 60 },

  // 羁押必要性审查与侦查羁押 Custody review and investigative detention
  'evidenceChangedMaterially:boolean',
  { id: 'custodyReviewConclusion', type: 'enum', values: CUSTODY_REVIEW_CONCLUSIONS },
  'custodyReviewedOn',
  'custodyReviewAppliedOn',
  'custodyReviewReceivedElsewhere:boolean',
  'custodyReviewForwardedOn',
  'custodyRecommendationSentOn',
  'custodyRecommendationRepliedOn',
  'custodyReviewCorrectionOn',
  'applicantInformedOn',
  { id: 'detentionExtensions', type: 'number', integer: true, min: 0, max: 3 },
  'detentionRestartedOn',
  'importantCrimeFoundOn',
  'importantCrimeQualifies:boolean',
  'recalculationFiledOn',
  'recalculationObjectedOn',
  'detentionExpiresOn',
  'detentionExtensionRequestedOn',
  'detentionExtensionDecidedOn',
  'detentionExtensionServedOn',
  'investigationConcludedOn',

  // 案件管理 Case management
  'monitoringNoticeReceivedOn',
  'monitoringNoticeRepliedOn',
] as const satisfies readonly (SimpleEntry | FieldDef)[];

/**
 * A field with nothing but an id and a type, written as a string: `'fooOn'` is a date and
 * `'fooAt'` a date-time (every date id ends in On, every date-time id in At), `'foo:boolean'` and
 * `'foo:text'` say their type. A compact form: the content script carries the registry.
 */
type SimpleEntry = `${string}On` | `${string}At` | `${string}:${'boolean' | 'text'}`;
type Entry = (typeof ENTRIES)[number];
/** An entry as the field it stands for. */
type AsDef<E> =
  E extends `${infer I}:${infer T}` ? { readonly id: I; readonly type: T }
  : E extends `${string}On` ? { readonly id: E; readonly type: 'date' }
  : E extends `${string}At` ? { readonly id: E; readonly type: 'datetime' }
  : E;

/**
 * The registry, grouped by form section (the order of ENTRIES). Order is the order the panel lists
 * fields in.
 */
export const FIELDS = ENTRIES.map((e): FieldDef => {
  if (typeof e !== 'string') return e;
  const i = e.indexOf(':');
  return i > 0 ? { id: e.slice(0, i), type: e.slice(i + 1) as FieldType } : { id: e, type: e.endsWith('On') ? 'date' : 'datetime' };
}) as readonly FieldDef[] as readonly AsDef<Entry>[];

export type FieldId = (typeof FIELDS)[number]['id'];

/** Field ids in registry order. */
export const FIELD_IDS: readonly FieldId[] = FIELDS.map((f) => f.id);

/** Field definitions by id. */
export const FIELD_MAP: ReadonlyMap<string, FieldDef> = new Map<string, FieldDef>(FIELDS.map((f) => [f.id, f]));

/** True when `id` is a registered field. */
export function isFieldId(id: unknown): id is FieldId {
  return typeof id === 'string' && FIELD_MAP.has(id);
}

/** Fields flagged private: never copied into findings, events or the companion. */
export const PRIVATE_FIELD_IDS: ReadonlySet<string> = new Set(FIELDS.filter((f: FieldDef) => f.private).map((f) => f.id));
