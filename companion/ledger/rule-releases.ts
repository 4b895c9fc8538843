// When each rule version was released: an observation earlier than the release of the rule version
// it claims cannot be real (that logic did not exist yet), so POST /events refuses it.
//
// Version 1 of every rule encodes the catalogue's primary texts as they stood once all of them were
// in force: the last to take effect was 《人民检察院办理认罪认罚案件听取意见同步录音录像规定》 on
// 2022-03-01 (domain/rules-catalogue.md lists the texts). Every later version is released on the day
// the version bump shipped; bumping `meta.version` in shared/rules means adding its line here
// (test/companion/ledger/rule-releases.test.ts fails until it is).
import { rulesById } from '../../shared/rules/index.ts';

/** The release of version 1 of every rule (civil date, Asia/Shanghai). */
export const CATALOGUE_IN_FORCE = '2022-03-01';

/** Versions after 1, per rule: the civil date (Asia/Shanghai) each was released. */
export const RULE_VERSION_RELEASES: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  // fa8de7e: R16 and R17 no longer apply to the procuratorate's own investigations (R18 judges them).
  'arrest-review-police-detained-7d': { 2: '2026-11-28' },
  'arrest-review-police-not-detained-15-20d': { 2: '2026-11-28' },
  // Issue 15's legal-correctness pass (刑诉法 105 ② and ④ for every period, unit-policy limits yellow
  // until adopted, one defect charged once, offence date and civil claim): landed 2026-12-07.
  'arrest-nonapproval-execution-receipt': { 2: '2026-12-07' },
  'arrest-reconsideration-review': { 2: '2026-12-07' },
  'arrest-review-self-investigated': { 2: '2026-12-07' },
  'custody-release-and-variation-requests-3d': { 2: '2026-12-07' },
  'defender-registration-and-updates': { 2: '2026-12-07' },
  'defense-evidence-requests': { 2: '2026-12-07' },
  'family-notification-24h': { 2: '2026-12-07' },
  'fast-track-eligibility': { 2: '2026-12-07' },
  'flow-monitoring-notice-reply-10d': { 2: '2026-12-07' },
  'indictment-plea-package': { 2: '2026-12-07' },
  'intake-bail-redecision': { 2: '2026-12-07' },
  'intake-jurisdiction-transfer-5d': { 2: '2026-12-07' },
  'intake-register-and-assign': { 2: '2026-12-07' },
  'interrogation-within-24h': { 2: '2026-12-07' },
  'investigative-detention-expiry': { 2: '2026-12-07' },
  'jurisdiction-change-restart': { 2: '2026-12-07' },
  'juvenile-conditional-nonpros': { 2: '2026-12-07' },
  'juvenile-counsel-and-social-inquiry': { 2: '2026-12-07' },
  'legal-aid-application-24h': { 2: '2026-12-07' },
  'legal-aid-mandatory-notice-3d': { 2: '2026-12-07' },
  'non-custodial-measure-max-term': { 2: '2026-12-07' },
  'non-lawyer-defender-permission-3d': { 2: '2026-12-07' },
  'nonpros-aftermath': { 2: '2026-12-07' },
  'nonpros-approval': { 2: '2026-12-07' },
  'nonpros-reconsideration-deadlines': { 2: '2026-12-07' },
  'nonpros-service-7d-notice': { 2: '2026-12-07' },
  'notice-suspect-counsel-3d': { 2: '2026-12-07' },
  'notice-victim-agent-3d': { 2: '2026-12-07' },
  'period-change-notifications': { 2: '2026-12-07' },
  'plea-arrested-custody-review': { 2: '2026-12-07' },
  'prosecution-review-extension-15d': { 2: '2026-12-07' },
  'psychiatric-evaluation-excluded': { 2: '2026-12-07' },
  'relay-request-for-counsel': { 2: '2026-12-07' },
  'supplementary-investigation-limit-2': { 2: '2026-12-07' },
  'supplementary-investigation-return-and-restart': { 2: '2026-12-07' },
};

/**
 * The release date of `version` of rule `ruleId`: the latest recorded release at or below that
 * version (a version this companion has no record of is no older than the newest it knows).
 *
 * @example releaseOf('arrest-review-police-detained-7d', 2) // '2026-11-28'
 */
const releaseCache = new Map<string, string[]>();

export function releaseOf(ruleId: string, version: number): string {
  // Versions a client may claim are unbounded: only the plausible ones are kept.
  if (!(version >= 0 && version <= 1000)) return releaseUncached(ruleId, version);
  let byVersion = releaseCache.get(ruleId);
  if (byVersion === undefined) releaseCache.set(ruleId, (byVersion = []));
  return byVersion[version] ??= releaseUncached(ruleId, version);
}

function releaseUncached(ruleId: string, version: number): string {
  const releases = RULE_VERSION_RELEASES[ruleId] ?? {};
  let best = CATALOGUE_IN_FORCE;
  let bestVersion = 1;
  for (const [v, date] of Object.entries(releases)) {
    const n = Number(v);
    if (n <= version && n > bestVersion) {
      best = date;
      bestVersion = n;
    }
  }
  return best;
}

/** Rules whose current `meta.version` has no recorded release (should be none). */
export function unreleasedVersions(): string[] {
  return [...rulesById.values()]
    .filter((r) => r.meta.version > 1 && RULE_VERSION_RELEASES[r.meta.id]?.[r.meta.version] === undefined)
    .map((r) => `${r.meta.id}@${r.meta.version}`);
}
