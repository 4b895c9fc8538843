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
export const FIELDS = [
  // 案件基本信息 Case identity
  { id: 'caseNumber', type: 'text' },
  { id: 'caseName', type: 'text', private: true },
  { id: 'suspectName', type: 'text', private: true },
  { id: 'procedure', type: 'enum', values: PROCEDURES },
  { id: 'prosecutorId', type: 'text' },
  { id: 'prosecutorName', type: 'text', private: true },
  { id: 'unitCode', type: 'text' },
  { id: 'unitName', type: 'text' },

  // 受理 Intake
  { id: 'acceptedOn', type: 'date' },
  { id: 'materialsReceivedOn', type: 'date' },
  { id: 'supervisionCase', type: 'boolean' },
  { id: 'supervisionMeasureDecidedOn', type: 'date' },
  { id: 'supervisionMeasureExtraDays', type: 'number', integer: true, min: 0, max: 4 },
  { id: 'selfInvestigated', type: 'boolean' },
  { id: 'assignedToHandlerOn', type: 'date' },
  { id: 'policeRecommendedFastTrack', type: 'boolean' },
  { id: 'intakeChecklistDone', type: 'boolean' },
  { id: 'nonJurisdictionFoundOn', type: 'date' },
  { id: 'jurisdictionTransferredOn', type: 'date' },
  { id: 'jurisdictionChangedOn', type: 'date' },

  // 强制措施与羁押 Custody
  { id: 'inCustody', type: 'boolean' },
  { id: 'custodyMeasure', type: 'enum', values: CUSTODY_MEASURES },
  { id: 'detainedOn', type: 'date' },
  { id: 'detainedAt', type: 'datetime' },
  { id: 'arrestedOn', type: 'date' },
  { id: 'arrestedAt', type: 'datetime' },
  { id: 'designatedResidenceAt', type: 'datetime' },
  { id: 'familyNotifiedAt', type: 'datetime' },
  { id: 'arrestFamilyNotifiedAt', type: 'datetime' },
  { id: 'designatedResidenceFamilyNotifiedAt', type: 'datetime' },
  { id: 'familyNotificationExempt', type: 'boolean' },
  { id: 'firstInterrogatedAt', type: 'datetime' },
  { id: 'postArrestInterrogatedAt', type: 'datetime' },
  { id: 'releaseOn', type: 'date' },
  { id: 'measureStartedOn', type: 'date' },
  { id: 'measureEndedOn', type: 'date' },
  { id: 'measureRedecisionNoticeOn', type: 'date' },
  { id: 'releaseRequestReceivedOn', type: 'date' },
  { id: 'releaseRequestAnsweredOn', type: 'date' },
  { id: 'periodChangedOn', type: 'date' },
  { id: 'detentionCentreNotifiedOn', type: 'date' },
  { id: 'supervisionDeptNotifiedOn', type: 'date' },

  // 权利告知 Notices
  { id: 'suspectCounselNoticeOn', type: 'date' },
  { id: 'suspectCounselNoticeProof', type: 'boolean' },
  { id: 'hasVictim', type: 'boolean' },
  { id: 'victimAgentNoticeOn', type: 'date' },
  { id: 'victimAgentNoticeProof', type: 'boolean' },
  { id: 'victimNoticeImpossible', type: 'boolean' },

  // 辩护与法律援助 Counsel and legal aid
  { id: 'hasCounsel', type: 'boolean' },
  { id: 'suspectDisability', type: 'boolean' },
  { id: 'possibleLifeOrDeath', type: 'boolean' },
  { id: 'legalAidGroundFoundOn', type: 'date' },
  { id: 'legalAidNoticeOn', type: 'date' },
  { id: 'legalAidApplicationReceivedAt', type: 'datetime' },
  { id: 'legalAidApplicationForwardedAt', type: 'datetime' },
  { id: 'legalAidHelpersNotified', type: 'boolean' },
  { id: 'counselRequestMadeOn', type: 'date' },
  { id: 'counselRequestRelayedOn', type: 'date' },
  { id: 'dutyLawyerNotifiedOn', type: 'date' },
  { id: 'counselRequestedHearing', type: 'boolean' },
  { id: 'counselOpinionHeardOn', type: 'date' },
  { id: 'victimOpinionHeardOn', type: 'date' },
  { id: 'opinionsUnobtainable', type: 'boolean' },
  { id: 'defenderNoticeReceivedOn', type: 'date' },
  { id: 'defenderRegisteredOn', type: 'date' },
  { id: 'defenderCredentialsChecked', type: 'boolean' },
  { id: 'defenderProgressNoticeOn', type: 'date' },
  { id: 'fileReviewRequestedOn', type: 'date' },
  { id: 'fileReviewArrangedOn', type: 'date' },
  { id: 'nonLawyerDefenderRequestOn', type: 'date' },
  { id: 'nonLawyerDefenderNoticeOn', type: 'date' },
  { id: 'evidenceRequestType', type: 'enum', values: ['from-police', 'by-procuratorate', 'victim-side'] },
  { id: 'evidenceRequestOn', type: 'date' },
  { id: 'evidenceRequestDecidedOn', type: 'date' },
  { id: 'evidenceRequestGranted', type: 'boolean' },
  { id: 'evidenceRefusalReasonsGiven', type: 'boolean' },
  { id: 'policeEvidenceReceivedOn', type: 'date' },
  { id: 'evidenceDefenderToldOn', type: 'date' },
  { id: 'obstructionComplaintOn', type: 'date' },
  { id: 'obstructionComplaintRepliedOn', type: 'date' },
  { id: 'obstructionComplaintFounded', type: 'boolean' },
  { id: 'obstructionCorrectionNoticeOn', type: 'date' },

  // 讯问 Interrogation
  { id: 'interrogatedOn', type: 'date' },
  { id: 'opinionFormCollectedOn', type: 'date' },
  { id: 'arrestConditionDoubt', type: 'boolean' },
  { id: 'suspectRequestedInterview', type: 'boolean' },
  { id: 'investigationViolationSuspected', type: 'boolean' },
  { id: 'majorComplex', type: 'boolean' },
  { id: 'suspectBirthDate', type: 'date', private: true },
  { id: 'offenceOn', type: 'date', private: true },
  { id: 'guardianPresentAtInterrogation', type: 'boolean' },
  { id: 'juvenileCounselInquiryOn', type: 'date' },
  { id: 'policeFailedJuvenileLegalAid', type: 'boolean' },
  { id: 'juvenileLegalAidCorrectionOn', type: 'date' },
  { id: 'socialInquiryReport', type: 'boolean' },
  { id: 'socialInquiryReviewedOn', type: 'date' },
  { id: 'ageDoubtful', type: 'boolean' },

  // 审查与决定 Review and decision
  { id: 'decisionOn', type: 'date' },
  { id: 'concludedOn', type: 'date' },
  { id: 'arrestApproved', type: 'boolean' },
  { id: 'arrestExtraDays', type: 'number', integer: true, min: 0, max: 3 },
  { id: 'nonApprovalServedOn', type: 'date' },
  { id: 'nonApprovalReceiptOn', type: 'date' },
  { id: 'nonApprovalNotExecuted', type: 'boolean' },
  { id: 'nonApprovalCorrectionOn', type: 'date' },
  { id: 'arrestReconsiderationReceivedOn', type: 'date' },
  { id: 'arrestReconsiderationDecidedOn', type: 'date' },
  { id: 'reconsiderationBySameProsecutor', type: 'boolean' },
  { id: 'arrestRecheckReceivedOn', type: 'date' },
  { id: 'arrestRecheckDecidedOn', type: 'date' },
  { id: 'indictedOn', type: 'date' },
  { id: 'courtSupplementRequestedOn', type: 'date' },
  { id: 'courtSupplementProvidedOn', type: 'date' },
  { id: 'extensionApprovedOn', type: 'date' },
  { id: 'returnCount', type: 'number', integer: true, min: 0, max: 20 },
  { id: 'returnsBeforeJurisdictionChange', type: 'number', integer: true, min: 0, max: 20 },
  { id: 'lastReturnOn', type: 'date' },
  { id: 'returnOutlineProvided', type: 'boolean' },
  { id: 'retransferredOn', type: 'date' },
  { id: 'psychEvalStartedOn', type: 'date' },
  { id: 'psychEvalResultOn', type: 'date' },
  { id: 'psychEvalNoticeOn', type: 'date' },

  // 认罪认罚与速裁 Plea and fast track
  { id: 'pleaAccepted', type: 'boolean' },
  { id: 'pleaHearingOn', type: 'date' },
  { id: 'pleaAgreementSignedOn', type: 'date' },
  { id: 'counselPresentAtSigning', type: 'boolean' },
  { id: 'pleaRightsExplainedOn', type: 'date' },
  { id: 'dutyLawyerFileAccessProvided', type: 'boolean' },
  { id: 'guardianPresentAtSigning', type: 'boolean' },
  { id: 'juvenilePleaObjection', type: 'boolean' },
  { id: 'pleaHearingRecorded', type: 'boolean' },
  { id: 'pleaSigningRecorded', type: 'boolean' },
  { id: 'sentencingRecommendationMade', type: 'boolean' },
  { id: 'sentencingRecommendationFixed', type: 'boolean' },
  { id: 'pleaStatedInIndictment', type: 'boolean' },
  { id: 'fastTrack', type: 'boolean' },
  { id: 'fastTrackConsent', type: 'boolean' },
  { id: 'majorSocialImpact', type: 'boolean' },
  { id: 'coDefendantObjection', type: 'boolean' },
  { id: 'hasCivilClaim', type: 'boolean' },
  { id: 'civilSettlementReached', type: 'boolean' },
  { id: 'likelySentenceMonths', type: 'number', min: 0, max: 600 },
  { id: 'likelyLightSentence', type: 'boolean' },

  // 不起诉 Non-prosecution
  { id: 'announcedOn', type: 'date' },
  { id: 'nonProsServedOn', type: 'date' },
  { id: 'appealRightsNoticed', type: 'boolean' },
  { id: 'nonProsType', type: 'enum', values: ['statutory', 'discretionary', 'insufficient-evidence', 'conditional', 'special'] },
  { id: 'nonProsChiefApproved', type: 'boolean' },
  { id: 'nonProsUpperApproved', type: 'boolean' },
  { id: 'nonProsSppApproved', type: 'boolean' },
  { id: 'secondReturnUnnecessary', type: 'boolean' },
  { id: 'hasSeizedProperty', type: 'boolean' },
  { id: 'seizureReleaseNoticeOn', type: 'date' },
  { id: 'publicEmployee', type: 'boolean' },
  { id: 'employerNotifiedOn', type: 'date' },
  { id: 'procuratorialOpinionNeeded', type: 'boolean' },
  { id: 'procuratorialOpinionSentOn', type: 'date' },
  { id: 'nonProsChallengeType', type: 'enum', values: ['reconsideration', 'supervision-reconsideration', 'review', 'victim-appeal', 'person-appeal'] },
  { id: 'nonProsChallengeReceivedOn', type: 'date' },
  { id: 'nonProsChallengeDecidedOn', type: 'date' },
  { id: 'appealReviewFiledOn', type: 'date' },
  { id: 'offenceInChapters4to6', type: 'boolean' },
  { id: 'showsRemorse', type: 'boolean' },
  { id: 'conditionalOpinionsHeardOn', type: 'date' },
  { id: 'conditionalObjection', type: 'boolean' },
  { id: 'conditionalServedOn', type: 'date' },
  { id: 'probationMonths', type: 'number', integer: true, min: 0, max: 60 },

  // 羁押必要性审查与侦查羁押 Custody review and investigative detention
  { id: 'evidenceChangedMaterially', type: 'boolean' },
  { id: 'custodyReviewConclusion', type: 'enum', values: CUSTODY_REVIEW_CONCLUSIONS },
  { id: 'custodyReviewedOn', type: 'date' },
  { id: 'custodyReviewAppliedOn', type: 'date' },
  { id: 'custodyReviewReceivedElsewhere', type: 'boolean' },
  { id: 'custodyReviewForwardedOn', type: 'date' },
  { id: 'custodyRecommendationSentOn', type: 'date' },
  { id: 'custodyRecommendationRepliedOn', type: 'date' },
  { id: 'custodyReviewCorrectionOn', type: 'date' },
  { id: 'applicantInformedOn', type: 'date' },
  { id: 'detentionExtensions', type: 'number', integer: true, min: 0, max: 3 },
  { id: 'detentionRestartedOn', type: 'date' },
  { id: 'importantCrimeFoundOn', type: 'date' },
  { id: 'importantCrimeQualifies', type: 'boolean' },
  { id: 'recalculationFiledOn', type: 'date' },
  { id: 'recalculationObjectedOn', type: 'date' },
  { id: 'detentionExpiresOn', type: 'date' },
  { id: 'detentionExtensionRequestedOn', type: 'date' },
  { id: 'detentionExtensionDecidedOn', type: 'date' },
  { id: 'detentionExtensionServedOn', type: 'date' },
  { id: 'investigationConcludedOn', type: 'date' },

  // 案件管理 Case management
  { id: 'monitoringNoticeReceivedOn', type: 'date' },
  { id: 'monitoringNoticeRepliedOn', type: 'date' },
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

/** Fields flagged private: never copied into findings, events or the companion. */
export const PRIVATE_FIELD_IDS: ReadonlySet<string> = new Set(FIELDS.filter((f: FieldDef) => f.private).map((f) => f.id));
