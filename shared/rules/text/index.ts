// shared/rules/text: the wording of every rule, one module per rule (`text/<id>.ts`: title,
// description, legal basis, deadline formula, option docs, message templates), and the wording of
// the case fields (shared/case/field-text.ts), gathered in one index, the way axe-core keeps its
// locale data apart from its rules; and the engine's own wording (built-in messages, date labels). The docs generator, the companion, the background and the
// extension pages read the wording here; the content script's bundle never imports this module: it
// gets `textBundle()` from the background (`rules/text`) and describes its findings with it
// (shared/engine/describe.ts), so rule logic alone is injected into every frame.
import { FIELD_TEXT, VALUE_TEXT, type FieldText } from '../../case/field-text';
import type { Bilingual } from '../../case';
import { LAWS } from '../lib/meta';
import type { EngineText, RuleText, ShownRuleText, TextBundle } from '../lib/types';
import arrestNonapprovalExecutionReceipt from './arrest-nonapproval-execution-receipt';
import arrestReconsiderationReview from './arrest-reconsideration-review';
import arrestReviewMandatoryInterrogation from './arrest-review-mandatory-interrogation';
import arrestReviewPoliceDetained7d from './arrest-review-police-detained-7d';
import arrestReviewPoliceNotDetained1520d from './arrest-review-police-not-detained-15-20d';
import arrestReviewSelfInvestigated from './arrest-review-self-investigated';
import counselObstructionComplaint10d from './counsel-obstruction-complaint-10d';
import custodyNecessityMandatoryGrounds from './custody-necessity-mandatory-grounds';
import custodyNecessityTracking from './custody-necessity-tracking';
import custodyReleaseAndVariationRequests3d from './custody-release-and-variation-requests-3d';
import dataConsistency from './data-consistency';
import defenderRegistrationAndUpdates from './defender-registration-and-updates';
import defenseEvidenceRequests from './defense-evidence-requests';
import detentionExtensionRequestTiming from './detention-extension-request-timing';
import detentionRecalculationImportantCrime from './detention-recalculation-important-crime';
import dutyLawyerForPlea from './duty-lawyer-for-plea';
import familyNotification24h from './family-notification-24h';
import fastTrackEligibility from './fast-track-eligibility';
import fastTrackReview1015d from './fast-track-review-10-15d';
import fileReview3Workdays from './file-review-3-workdays';
import flowMonitoringNoticeReply10d from './flow-monitoring-notice-reply-10d';
import hearDefenseOpinions from './hear-defense-opinions';
import indictmentPleaPackage from './indictment-plea-package';
import intakeBailRedecision from './intake-bail-redecision';
import intakeJurisdictionTransfer5d from './intake-jurisdiction-transfer-5d';
import intakeRegisterAndAssign from './intake-register-and-assign';
import interrogationWithin24h from './interrogation-within-24h';
import investigativeDetentionExpiry from './investigative-detention-expiry';
import jurisdictionChangeRestart from './jurisdiction-change-restart';
import juvenileConditionalNonpros from './juvenile-conditional-nonpros';
import juvenileCounselAndSocialInquiry from './juvenile-counsel-and-social-inquiry';
import juvenileGuardianPresent from './juvenile-guardian-present';
import juvenilePleaAndFastTrackBar from './juvenile-plea-and-fast-track-bar';
import legalAidApplication24h from './legal-aid-application-24h';
import legalAidMandatoryNotice3d from './legal-aid-mandatory-notice-3d';
import nonCustodialMeasureMaxTerm from './non-custodial-measure-max-term';
import nonLawyerDefenderPermission3d from './non-lawyer-defender-permission-3d';
import nonprosAftermath from './nonpros-aftermath';
import nonprosAnnounceRelease from './nonpros-announce-release';
import nonprosApproval from './nonpros-approval';
import nonprosReconsiderationDeadlines from './nonpros-reconsideration-deadlines';
import nonprosService7dNotice from './nonpros-service-7d-notice';
import noticeSuspectCounsel3d from './notice-suspect-counsel-3d';
import noticeVictimAgent3d from './notice-victim-agent-3d';
import periodChangeNotifications from './period-change-notifications';
import pleaAgreementCounselPresent from './plea-agreement-counsel-present';
import pleaArrestedCustodyReview from './plea-arrested-custody-review';
import pleaAudioVideo from './plea-audio-video';
import pleaNoticeAndHearing from './plea-notice-and-hearing';
import prosecutionMandatoryInterrogation from './prosecution-mandatory-interrogation';
import prosecutionReview1m from './prosecution-review-1m';
import prosecutionReviewExtension15d from './prosecution-review-extension-15d';
import psychiatricEvaluationExcluded from './psychiatric-evaluation-excluded';
import relayRequestForCounsel from './relay-request-for-counsel';
import supervisionCaseMeasure10d from './supervision-case-measure-10d';
import supplementaryInvestigationLimit2 from './supplementary-investigation-limit-2';
import supplementaryInvestigationReturnAndRestart from './supplementary-investigation-return-and-restart';

export type { EngineText, RuleText, ShownRuleText, TextBundle };
export { FIELD_TEXT, fieldLabel } from '../../case/field-text';

/** Rule id → its wording; a test checks one entry per registered rule, fitting its meta. */
export const RULE_TEXT: Readonly<Record<string, RuleText>> = {
  'arrest-nonapproval-execution-receipt': arrestNonapprovalExecutionReceipt,
  'arrest-reconsideration-review': arrestReconsiderationReview,
  'arrest-review-mandatory-interrogation': arrestReviewMandatoryInterrogation,
  'arrest-review-police-detained-7d': arrestReviewPoliceDetained7d,
  'arrest-review-police-not-detained-15-20d': arrestReviewPoliceNotDetained1520d,
  'arrest-review-self-investigated': arrestReviewSelfInvestigated,
  'counsel-obstruction-complaint-10d': counselObstructionComplaint10d,
  'custody-necessity-mandatory-grounds': custodyNecessityMandatoryGrounds,
  'custody-necessity-tracking': custodyNecessityTracking,
  'custody-release-and-variation-requests-3d': custodyReleaseAndVariationRequests3d,
  'data-consistency': dataConsistency,
  'defender-registration-and-updates': defenderRegistrationAndUpdates,
  'defense-evidence-requests': defenseEvidenceRequests,
  'detention-extension-request-timing': detentionExtensionRequestTiming,
  'detention-recalculation-important-crime': detentionRecalculationImportantCrime,
  'duty-lawyer-for-plea': dutyLawyerForPlea,
  'family-notification-24h': familyNotification24h,
  'fast-track-eligibility': fastTrackEligibility,
  'fast-track-review-10-15d': fastTrackReview1015d,
  'file-review-3-workdays': fileReview3Workdays,
  'flow-monitoring-notice-reply-10d': flowMonitoringNoticeReply10d,
  'hear-defense-opinions': hearDefenseOpinions,
  'indictment-plea-package': indictmentPleaPackage,
  'intake-bail-redecision': intakeBailRedecision,
  'intake-jurisdiction-transfer-5d': intakeJurisdictionTransfer5d,
  'intake-register-and-assign': intakeRegisterAndAssign,
  'interrogation-within-24h': interrogationWithin24h,
  'investigative-detention-expiry': investigativeDetentionExpiry,
  'jurisdiction-change-restart': jurisdictionChangeRestart,
  'juvenile-conditional-nonpros': juvenileConditionalNonpros,
  'juvenile-counsel-and-social-inquiry': juvenileCounselAndSocialInquiry,
  'juvenile-guardian-present': juvenileGuardianPresent,
  'juvenile-plea-and-fast-track-bar': juvenilePleaAndFastTrackBar,
  'legal-aid-application-24h': legalAidApplication24h,
  'legal-aid-mandatory-notice-3d': legalAidMandatoryNotice3d,
  'non-custodial-measure-max-term': nonCustodialMeasureMaxTerm,
  'non-lawyer-defender-permission-3d': nonLawyerDefenderPermission3d,
  'nonpros-aftermath': nonprosAftermath,
  'nonpros-announce-release': nonprosAnnounceRelease,
  'nonpros-approval': nonprosApproval,
  'nonpros-reconsideration-deadlines': nonprosReconsiderationDeadlines,
  'nonpros-service-7d-notice': nonprosService7dNotice,
  'notice-suspect-counsel-3d': noticeSuspectCounsel3d,
  'notice-victim-agent-3d': noticeVictimAgent3d,
  'period-change-notifications': periodChangeNotifications,
  'plea-agreement-counsel-present': pleaAgreementCounselPresent,
  'plea-arrested-custody-review': pleaArrestedCustodyReview,
  'plea-audio-video': pleaAudioVideo,
  'plea-notice-and-hearing': pleaNoticeAndHearing,
  'prosecution-mandatory-interrogation': prosecutionMandatoryInterrogation,
  'prosecution-review-1m': prosecutionReview1m,
  'prosecution-review-extension-15d': prosecutionReviewExtension15d,
  'psychiatric-evaluation-excluded': psychiatricEvaluationExcluded,
  'relay-request-for-counsel': relayRequestForCounsel,
  'supervision-case-measure-10d': supervisionCaseMeasure10d,
  'supplementary-investigation-limit-2': supplementaryInvestigationLimit2,
  'supplementary-investigation-return-and-restart': supplementaryInvestigationReturnAndRestart,
};

/**
 * The engine's own wording: the templates of the messages it gives for any rule, how the panel
 * labels a deadline's dates, and the note a unit-policy limit's message gets.
 */
export const ENGINE_TEXT: EngineText = {
  messages: {
    'inputs-missing': { zh: '缺少判断所需信息：{{fields}}', en: 'Cannot decide yet; missing: {{fields}}' },
    'not-applicable': { zh: '本规则不适用于本案当前环节', en: 'This rule does not apply to the case at this stage' },
    'rule-error': { zh: '规则执行出错，未能判断（{{error}}）', en: 'The rule failed and could not decide ({{error}})' },
    'calendar-not-loaded': { zh: '{{year}}年国务院节假日安排尚未载入，期满日 {{due}} 可能变动，暂不作为超期计分：{{detail}}', en: 'The State Council holiday arrangement for {{year}} is not loaded, so due {{due}} may move; no points until it is: {{detail}}' },
    'internal-date-late': { zh: '{{doneOn}}办理，晚于本院内部要求的 {{internalDue}}，但在法定期满日 {{due}} 之前（不计分）', en: 'Done on {{doneOn}}, after the unit’s internal date {{internalDue}} but within the legal period ending {{due}} (no points)' },
    'internal-date-passed': { zh: '已过本院内部要求的 {{internalDue}}，法定期满日为 {{due}}，请尽快办理（不计分）', en: 'The unit’s internal date {{internalDue}} has passed; the legal period ends {{due}}: act now (no points)' },
  },
  dates: {
    start: { zh: '起算日（不计入）', en: 'period runs from (not counted)' },
    nominal: { zh: '名义届满日', en: 'nominal expiry' },
    due: { zh: '届满日', en: 'due' },
    warnFrom: { zh: '预警起始日', en: 'yellow from' },
    startAt: { zh: '起算时间', en: 'runs from' },
    dueAt: { zh: '届满时间', en: 'due at' },
    warnFromAt: { zh: '预警起始时间', en: 'yellow from' },
    internalDue: { zh: '本院内部要求日期', en: 'unit’s internal date' },
  },
  policy: {
    'adopted': { zh: '（本院已采用该内部期限，计入瑕疵积分）', en: ' (the unit has adopted this policy limit: points are booked)' },
    'not-adopted': { zh: '（法律未规定此期限，为本院内部要求：仅作提示，不计分）', en: ' (the law sets no such limit; a unit policy: a reminder, no points)' },
  },
  phrases: {
    'done-on': { zh: '完成日期', en: 'done on' },
    'detention': { zh: '拘留', en: 'detention' },
    'arrest': { zh: '逮捕', en: 'arrest' },
    'designated-residence': { zh: '指定居所监视居住', en: 'designated-residence surveillance' },
  },
};

/** A rule's wording (undefined for an id without a rule). */
export function ruleText(id: string): RuleText | undefined {
  return RULE_TEXT[id];
}

const pair = (b: Bilingual): Bilingual => ({ zh: b.zh, en: b.en });

let bundle: TextBundle | undefined;

/**
 * The wording findings are shown in (what `rules/text` answers): per rule its title, basis,
 * deadline formula and message templates; per field its label. Documentation only (descriptions,
 * option docs, hints) stays out.
 */
export function textBundle(): TextBundle {
  if (bundle !== undefined) return bundle;
  const out: TextBundle = { rules: {}, fields: {}, values: {}, laws: Object.fromEntries(Object.entries(LAWS).map(([name, l]) => [name, l.en])), engine: ENGINE_TEXT };
  for (const [id, t] of Object.entries(RULE_TEXT)) {
    const shown: ShownRuleText = {
      title: pair(t.title),
      basis: t.basis.map((b) => ({ ...b })),
      messages: Object.fromEntries(Object.entries(t.messages).map(([k, m]) => [k, pair(m)])),
      ...(t.deadline ? { deadline: pair(t.deadline) } : {}),
      ...(t.phrases ? { phrases: Object.fromEntries(Object.entries(t.phrases).map(([k, m]) => [k, pair(m)])) } : {}),
    };
    out.rules[id] = shown;
  }
  for (const [id, f] of Object.entries(FIELD_TEXT) as [string, FieldText][]) out.fields[id] = pair(f.label);
  for (const [id, v] of Object.entries(VALUE_TEXT)) out.values[id] = Object.fromEntries(Object.entries(v).map(([k, l]) => [k, pair(l)]));
  return (bundle = out);
}
