// The registry: one line per rule, sorted by rule id; the export name is the id in camelCase.
// Adding a rule = its file + its test + one line here (the catalogue meta-test checks all three).
export { default as arrestReviewMandatoryInterrogation } from './arrest-review-mandatory-interrogation';
export { default as arrestReviewPoliceDetained7d } from './arrest-review-police-detained-7d';
export { default as arrestReviewPoliceNotDetained1520d } from './arrest-review-police-not-detained-15-20d';
export { default as custodyNecessityMandatoryGrounds } from './custody-necessity-mandatory-grounds';
export { default as custodyReleaseAndVariationRequests3d } from './custody-release-and-variation-requests-3d';
export { default as dataConsistency } from './data-consistency';
export { default as dutyLawyerForPlea } from './duty-lawyer-for-plea';
export { default as familyNotification24h } from './family-notification-24h';
export { default as fastTrackReview1015d } from './fast-track-review-10-15d';
export { default as hearDefenseOpinions } from './hear-defense-opinions';
export { default as interrogationWithin24h } from './interrogation-within-24h';
export { default as investigativeDetentionExpiry } from './investigative-detention-expiry';
export { default as juvenileGuardianPresent } from './juvenile-guardian-present';
export { default as legalAidMandatoryNotice3d } from './legal-aid-mandatory-notice-3d';
export { default as nonCustodialMeasureMaxTerm } from './non-custodial-measure-max-term';
export { default as nonprosAnnounceRelease } from './nonpros-announce-release';
export { default as nonprosService7dNotice } from './nonpros-service-7d-notice';
export { default as noticeSuspectCounsel3d } from './notice-suspect-counsel-3d';
export { default as noticeVictimAgent3d } from './notice-victim-agent-3d';
export { default as pleaAgreementCounselPresent } from './plea-agreement-counsel-present';
export { default as prosecutionMandatoryInterrogation } from './prosecution-mandatory-interrogation';
export { default as prosecutionReview1m } from './prosecution-review-1m';
export { default as prosecutionReviewExtension15d } from './prosecution-review-extension-15d';
export { default as supplementaryInvestigationLimit2 } from './supplementary-investigation-limit-2';
export { default as supplementaryInvestigationReturnAndRestart } from './supplementary-investigation-return-and-restart';
