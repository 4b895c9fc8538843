// R32 fast-track-eligibility: its wording (the rule's logic, ids and lights: shared/rules/fast-track-eligibility.ts).
import type { RuleText } from '../lib/types';

export default {
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
  messages: {
    'eligible': { zh: '拟适用速裁程序，未见禁止情形', en: 'Fast track proposed; no exclusion recorded' },
    'ineligible': { zh: '不得建议适用速裁程序：{{reasons}}', en: 'The fast track must not be proposed: {{reasons}}' },
    'ineligible-minor': { zh: '不得建议适用速裁程序：{{reasons}}；犯罪嫌疑人是未成年人，见R54（在该规则计分，此处不重复计分）', en: 'The fast track must not be proposed: {{reasons}}; the suspect is a minor: see R54 (charged there, not again here)' },
  },
  phrases: {
    'no-plea': { zh: '未认罪认罚', en: 'no plea' },
    'no-consent': { zh: '犯罪嫌疑人不同意适用速裁程序', en: 'the suspect does not agree' },
    'over-3-years': { zh: '可能判处三年以上有期徒刑', en: 'likely sentence over 3 years' },
    'disability': { zh: '盲聋哑或限制行为能力的精神病人', en: 'disabled defendant' },
    'major-impact': { zh: '案件有重大社会影响', en: 'major public impact' },
    'co-defendant-objects': { zh: '共同犯罪中部分犯罪嫌疑人有异议', en: 'a co-defendant objects' },
    'civil-claim-unsettled': { zh: '有附带民事诉讼，未就赔偿等事项达成调解或和解协议', en: 'an ancillary civil claim not settled' },
  },
} satisfies RuleText;
