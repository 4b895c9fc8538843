// The registry: one import line per rule, sorted by rule id, the local name the id in camelCase,
// and the same names once each, in the same order, in `registered` (a plain array, so the bundle
// carries no namespace object of export names). Adding a rule = its file + its test + its import
// line + its name in the array (the catalogue meta-test checks all of them).
import type { Rule } from '../lib/types';
import arrestNonapprovalExecutionReceipt from '../arrest-nonapproval-execution-receipt';
import arrestReconsiderationReview from '../arrest-reconsideration-review';
import arrestReviewMandatoryInterrogation from '../arrest-review-mandatory-interrogation';
import arrestReviewPoliceDetained7d from '../arrest-review-police-detained-7d';
import arrestReviewPoliceNotDetained1520d from '../arrest-review-police-not-detained-15-20d';
import arrestReviewSelfInvestigated from '../arrest-review-self-investigated';
import counselObstructionComplaint10d from '../counsel-obstruction-complaint-10d';
import custodyNecessityMandatoryGrounds from '../custody-necessity-mandatory-grounds';
import custodyNecessityTracking from '../custody-necessity-tracking';
import custodyReleaseAndVariationRequests3d from '../custody-release-and-variation-requests-3d';
import dataConsistency from '../data-consistency';
import defenderRegistrationAndUpdates from '../defender-registration-and-updates';
import defenseEvidenceRequests from '../defense-evidence-requests';
import detentionExtensionRequestTiming from '../detention-extension-request-timing';
import detentionRecalculationImportantCrime from '../detention-recalculation-important-crime';
import dutyLawyerForPlea from '../duty-lawyer-for-plea';
import familyNotification24h from '../family-notification-24h';
import fastTrackEligibility from '../fast-track-eligibility';
import fastTrackReview1015d from '../fast-track-review-10-15d';
import fileReview3Workdays from '../file-review-3-workdays';
import flowMonitoringNoticeReply10d from '../flow-monitoring-notice-reply-10d';
import hearDefenseOpinions from '../hear-defense-opinions';
import indictmentPleaPackage from '../indictment-plea-package';
import intakeBailRedecision from '../intake-bail-redecision';
import intakeJurisdictionTransfer5d from '../intake-jurisdiction-transfer-5d';
import intakeRegisterAndAssign from '../intake-register-and-assign';
import interrogationWithin24h from '../interrogation-within-24h';
import investigativeDetentionExpiry from '../investigative-detention-expiry';
import jurisdictionChangeRestart from '../jurisdiction-change-restart';
import juvenileConditionalNonpros from '../juvenile-conditional-nonpros';
import juvenileCounselAndSocialInquiry from '../juvenile-counsel-and-social-inquiry';
import juvenileGuardianPresent from '../juvenile-guardian-present';
import juvenilePleaAndFastTrackBar from '../juvenile-plea-and-fast-track-bar';
import legalAidApplication24h from '../legal-aid-application-24h';
import legalAidMandatoryNotice3d from '../legal-aid-mandatory-notice-3d';
import nonCustodialMeasureMaxTerm from '../non-custodial-measure-max-term';
import nonLawyerDefenderPermission3d from '../non-lawyer-defender-permission-3d';
import nonprosAftermath from '../nonpros-aftermath';
import nonprosAnnounceRelease from '../nonpros-announce-release';
import nonprosApproval from '../nonpros-approval';
import nonprosReconsiderationDeadlines from '../nonpros-reconsideration-deadlines';
import nonprosService7dNotice from '../nonpros-service-7d-notice';
import noticeSuspectCounsel3d from '../notice-suspect-counsel-3d';
import noticeVictimAgent3d from '../notice-victim-agent-3d';
import periodChangeNotifications from '../period-change-notifications';
import pleaAgreementCounselPresent from '../plea-agreement-counsel-present';
import pleaArrestedCustodyReview from '../plea-arrested-custody-review';
import pleaAudioVideo from '../plea-audio-video';
import pleaNoticeAndHearing from '../plea-notice-and-hearing';
import prosecutionMandatoryInterrogation from '../prosecution-mandatory-interrogation';
import prosecutionReview1m from '../prosecution-review-1m';
import prosecutionReviewExtension15d from '../prosecution-review-extension-15d';
import psychiatricEvaluationExcluded from '../psychiatric-evaluation-excluded';
import relayRequestForCounsel from '../relay-request-for-counsel';
import supervisionCaseMeasure10d from '../supervision-case-measure-10d';
import supplementaryInvestigationLimit2 from '../supplementary-investigation-limit-2';
import supplementaryInvestigationReturnAndRestart from '../supplementary-investigation-return-and-restart';

/** Every rule, in id order. */
export const registered: readonly Rule[] = [
  arrestNonapprovalExecutionReceipt,
  arrestReconsiderationReview,
  arrestReviewMandatoryInterrogation,
  arrestReviewPoliceDetained7d,
  arrestReviewPoliceNotDetained1520d,
  arrestReviewSelfInvestigated,
  counselObstructionComplaint10d,
  custodyNecessityMandatoryGrounds,
  custodyNecessityTracking,
  custodyReleaseAndVariationRequests3d,
  dataConsistency,
  defenderRegistrationAndUpdates,
  defenseEvidenceRequests,
  detentionExtensionRequestTiming,
  detentionRecalculationImportantCrime,
  dutyLawyerForPlea,
  familyNotification24h,
  fastTrackEligibility,
  fastTrackReview1015d,
  fileReview3Workdays,
  flowMonitoringNoticeReply10d,
  hearDefenseOpinions,
  indictmentPleaPackage,
  intakeBailRedecision,
  intakeJurisdictionTransfer5d,
  intakeRegisterAndAssign,
  interrogationWithin24h,
  investigativeDetentionExpiry,
  jurisdictionChangeRestart,
  juvenileConditionalNonpros,
  juvenileCounselAndSocialInquiry,
  juvenileGuardianPresent,
  juvenilePleaAndFastTrackBar,
  legalAidApplication24h,
  legalAidMandatoryNotice3d,
  nonCustodialMeasureMaxTerm,
  nonLawyerDefenderPermission3d,
  nonprosAftermath,
  nonprosAnnounceRelease,
  nonprosApproval,
  nonprosReconsiderationDeadlines,
  nonprosService7dNotice,
  noticeSuspectCounsel3d,
  noticeVictimAgent3d,
  periodChangeNotifications,
  pleaAgreementCounselPresent,
  pleaArrestedCustodyReview,
  pleaAudioVideo,
  pleaNoticeAndHearing,
  prosecutionMandatoryInterrogation,
  prosecutionReview1m,
  prosecutionReviewExtension15d,
  psychiatricEvaluationExcluded,
  relayRequestForCounsel,
  supervisionCaseMeasure10d,
  supplementaryInvestigationLimit2,
  supplementaryInvestigationReturnAndRestart,
];
