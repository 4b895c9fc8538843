// R32 速裁程序适用条件与禁止情形: red when 速裁 is proposed despite a failed condition or an exclusion.
// A minor is excluded too (刑诉法 223(2)); that proposal is R54's to charge, so here it is shown
// (with any other exclusion) without points.
import type { Bilingual } from '../case';
import { defineRule } from './lib/define-rule';
import { isMinorOn } from './lib/support';

export default defineRule({
  meta: {
    id: 'fast-track-eligibility',
    catalogue: 'R32',
    version: 2,
    title: { zh: '速裁程序适用条件与禁止情形', en: 'Fast-track eligibility and exclusions' },
    description: {
      zh: '可能判处三年有期徒刑以下刑罚、事实清楚证据确实充分、犯罪嫌疑人认罪认罚并同意适用速裁程序的，可以建议适用速裁程序。被告人是盲、聋、哑人或尚未完全丧失辨认或者控制自己行为能力的精神病人，是未成年人（见 R54），案件有重大社会影响，共同犯罪中部分被告人有异议，或者有附带民事诉讼而未就赔偿等事项达成调解或和解协议的，不得建议适用速裁程序；没有附带民事诉讼的，不以达成调解或和解协议为条件。',
      en: 'The fast track may be proposed for a likely sentence of at most 3 years, clear facts and sufficient evidence, and a suspect who pleads and agrees to it. It must not be proposed for a blind, deaf, mute or partially insane defendant, a minor (see R54), a case of major public impact, a co-defendant’s objection, or an ancillary civil claim not settled with the victim; without a civil claim, no settlement is required.',
    },
    basis: [
      { law: '刑事诉讼法', article: 222 },
      { law: '刑事诉讼法', article: 223 },
      { law: '人民检察院刑事诉讼规则', article: 437 },
      { law: '人民检察院刑事诉讼规则', article: 438 },
      { law: '人民检察院刑事诉讼规则', article: 439 },
    ],
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
      'eligible': { light: 'green', zh: '拟适用速裁程序，未见禁止情形', en: 'Fast track proposed; no exclusion recorded' },
      'ineligible': { light: 'red', zh: '不得建议适用速裁程序：{{reasons}}', en: 'The fast track must not be proposed: {{reasons}}' },
      'ineligible-minor': { light: 'yellow', zh: '不得建议适用速裁程序：{{reasons}}；犯罪嫌疑人是未成年人，见R54（在该规则计分，此处不重复计分）', en: 'The fast track must not be proposed: {{reasons}}; the suspect is a minor: see R54 (charged there, not again here)' },
    },
  },
  applies: (c) => c.fastTrack === true,
  check: (c, ctx) => {
    const reasons: Bilingual[] = [];
    // 刑诉法 222; 规则 437: the positive conditions.
    if (c.pleaAccepted === false) reasons.push({ zh: '未认罪认罚', en: 'no plea' });
    if (c.fastTrackConsent === false) reasons.push({ zh: '犯罪嫌疑人不同意适用速裁程序', en: 'the suspect does not agree' });
    if (c.likelySentenceMonths! > 36) reasons.push({ zh: '可能判处三年以上有期徒刑', en: 'likely sentence over 3 years' });
    // 刑诉法 223; 规则 438: the exclusions.
    if (c.suspectDisability === true) reasons.push({ zh: '盲聋哑或限制行为能力的精神病人', en: 'disabled defendant' });
    if (c.majorSocialImpact === true) reasons.push({ zh: '案件有重大社会影响', en: 'major public impact' });
    if (c.coDefendantObjection === true) reasons.push({ zh: '共同犯罪中部分犯罪嫌疑人有异议', en: 'a co-defendant objects' });
    // 刑诉法 223 (5): a settlement is needed only where there is a civil claim to settle.
    const unsettled = c.civilSettlementReached === false && c.hasVictim !== false;
    if (unsettled && c.hasCivilClaim === true) {
      reasons.push({ zh: '有附带民事诉讼，未就赔偿等事项达成调解或和解协议', en: 'an ancillary civil claim not settled' });
    }
    const minor = c.suspectBirthDate !== undefined && isMinorOn(c.suspectBirthDate, c.decisionOn ?? ctx.today, ctx);
    // Unsettled, and whether a civil claim exists is not on file: ask rather than charge.
    if (reasons.length === 0 && unsettled && c.hasCivilClaim === undefined) return { ...ctx.missing('hasCivilClaim'), occurrence: 'fast-track:inputs' };
    if (reasons.length === 0) return minor ? null : { messageId: 'eligible', occurrence: 'fast-track' };
    // One proposal, one defect: for a minor R54 charges it; the other exclusions are shown here.
    return {
      messageId: minor ? 'ineligible-minor' : 'ineligible',
      data: { reasons: { zh: reasons.map((r) => r.zh).join('、'), en: reasons.map((r) => r.en).join(', ') } },
      occurrence: 'fast-track',
    };
  },
});
