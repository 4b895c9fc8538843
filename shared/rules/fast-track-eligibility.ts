// R32 速裁程序适用条件与禁止情形: red when 速裁 is proposed despite a failed condition or an exclusion.
// A minor is excluded too (刑诉法 223(2)); that proposal is R54's to charge, so here it is shown
// (with any other exclusion) without points.
import { defineRule } from './lib/define-rule';
import { isMinorOn, missingAt } from './lib/support';

export default defineRule({
  meta: {
    id: 'fast-track-eligibility',
    catalogue: 'R32',
    version: 2,
    procedures: ['prosecution-review'],
    fields: [
      'fastTrack', 'pleaAccepted', 'fastTrackConsent', 'likelySentenceMonths', 'suspectDisability', 'suspectBirthDate', 'decisionOn',
      'majorSocialImpact', 'coDefendantObjection', 'hasVictim', 'hasCivilClaim', 'civilSettlementReached',
    ],
    requires: ['pleaAccepted', 'likelySentenceMonths'],
    anchor: 'fastTrack',
    severity: 'serious',
    points: { ineligible: 5 },
    messages: {
      'eligible': { light: 'green' },
      'ineligible': { light: 'red' },
      'ineligible-minor': { light: 'yellow' },
    },
  },
  applies: (c) => c.fastTrack === true,
  check: (c, ctx) => {
    const reasons: string[] = [];
    // 刑诉法 222; 规则 437: the positive conditions.
    if (c.pleaAccepted === false) reasons.push('no-plea');
    if (c.fastTrackConsent === false) reasons.push('no-consent');
    if (c.likelySentenceMonths! > 36) reasons.push('over-3-years');
    // 刑诉法 223; 规则 438: the exclusions.
    if (c.suspectDisability === true) reasons.push('disability');
    if (c.majorSocialImpact === true) reasons.push('major-impact');
    if (c.coDefendantObjection === true) reasons.push('co-defendant-objects');
    // 刑诉法 223 (5): a settlement is needed only where there is a civil claim to settle.
    const unsettled = c.civilSettlementReached === false && c.hasVictim !== false;
    if (unsettled && c.hasCivilClaim === true) {
      reasons.push('civil-claim-unsettled');
    }
    const minor = c.suspectBirthDate !== undefined && isMinorOn(c.suspectBirthDate, c.decisionOn ?? ctx.today, ctx);
    // Unsettled, and whether a civil claim exists is not on file: ask rather than charge.
    if (reasons.length === 0 && unsettled && c.hasCivilClaim === undefined) return missingAt('hasCivilClaim', 'fast-track:inputs');
    if (reasons.length === 0) return minor ? null : { messageId: 'eligible', occurrence: 'fast-track' };
    // One proposal, one defect: for a minor R54 charges it; the other exclusions are shown here.
    return {
      messageId: minor ? 'ineligible-minor' : 'ineligible',
      data: { reasons: { phrase: reasons } },
      occurrence: 'fast-track',
    };
  },
});
