// R50 custody-necessity-mandatory-grounds: its wording (the rule's logic, ids and lights: shared/rules/custody-necessity-mandatory-grounds.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '羁押必要性审查：应当建议释放或变更的情形', en: 'Continued-detention review: mandatory grounds to recommend release' },
  description: {
    zh: '案件证据发生重大变化、可能判处拘役管制独立附加刑免刑或无罪、继续羁押将超过可能判处的刑期等情形，应当建议释放或变更强制措施。已羁押时间按拘留（或逮捕）之日起的日历月计算，与可能判处的刑期（月）比较。',
    en: 'Material change in the evidence, a likely light sentence or acquittal, or detention that would exceed the likely sentence: the review must recommend release or a non-custodial measure. Time held runs in calendar months from detention (or arrest) against the likely term.',
  },
  basis: [
    { law: '刑事诉讼法', article: 95 },
    { law: '人民检察院刑事诉讼规则', article: 573 },
    { law: '人民检察院刑事诉讼规则', article: 579 },
    { law: '人民检察院刑事诉讼规则', article: 580 },
  ],
  deadline: {
    zh: '可能刑期届满日 = 羁押起算日（拘留或逮捕日）+ 可能判处的刑期（月）',
    en: 'likely term reached = held since (detention or arrest) + likely term in months',
  },
  messages: {
    'no-mandatory-ground': { zh: '未发现应当建议释放或变更强制措施的情形', en: 'No mandatory ground to recommend release found' },
    'recommended': { zh: '已建议释放或变更强制措施（{{grounds}}）', en: 'Release or a non-custodial measure recommended ({{grounds}})' },
    'ground-present': { zh: '存在应当建议释放或变更强制措施的情形（{{grounds}}），请作出审查结论', en: 'A mandatory ground applies ({{grounds}}): conclude the review' },
    'approaching-sentence': { zh: '羁押将于 {{due}} 达到可能判处的刑期（{{months}}个月）', en: 'Time held reaches the likely term ({{months}} months) on {{due}}' },
    'ground-ignored': { zh: '存在应当建议释放或变更的情形（{{grounds}}），审查结论却为继续羁押', en: 'A mandatory ground applies ({{grounds}}) but the review concluded to continue detention' },
  },
  phrases: {
    'evidence-changed': { zh: '证据发生重大变化', en: 'evidence changed materially' },
    'light-sentence': { zh: '可能判处拘役、管制、独立附加刑、免刑或无罪', en: 'likely light sentence or acquittal' },
    'exceeds-likely-term': { zh: '继续羁押将超过可能判处的刑期', en: 'detention would exceed the likely term' },
  },
} satisfies RuleText;
