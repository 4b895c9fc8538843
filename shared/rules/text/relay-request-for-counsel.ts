// R08 relay-request-for-counsel: its wording (the rule's logic, ids and lights: shared/rules/relay-request-for-counsel.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '转达在押人员委托辩护人要求', en: 'Relay a held suspect’s request for counsel' },
  description: {
    zh: '在押或者被指定居所监视居住的犯罪嫌疑人提出委托辩护人要求的，应当及时向其监护人、近亲属或者其指定的人员转达，并记录在案；未转达是辩护人申诉控告的法定事由。“及时”按次一工作日掌握（可配置）。',
    en: 'A request for counsel from a suspect in custody or under designated-residence surveillance is relayed promptly to the guardian, relatives or a named person and recorded; failing to relay it is a ground for a defence complaint. “Promptly” is read as the next working day (configurable).',
  },
  basis: [
    { law: '刑事诉讼法', article: 34, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 41 },
    { law: '人民检察院刑事诉讼规则', article: 57, item: 3 },
  ],
  deadline: { zh: '提出要求之日 + 1个工作日（可配置）', en: 'request made on + 1 working day (configurable)' },
  optionDocs: {
    workdays: {
      zh: '“及时转达”的工作日数。目录建议：1（次一工作日）。',
      en: 'Working days for a “prompt” relay. Recommended: 1 (the next working day).',
    },
  },
  messages: {
    'done': { zh: '已于{{doneOn}}转达委托辩护人的要求', en: 'Request for counsel relayed on {{doneOn}}' },
    'open': { zh: '应及时转达委托辩护人的要求（最迟 {{due}}）', en: 'Relay the request for counsel promptly (by {{due}})' },
    'due-soon': { zh: '应于 {{due}} 前转达委托辩护人的要求并记录在案', en: 'Relay the request for counsel and record it by {{due}}' },
    'late': { zh: '转达委托辩护人要求迟延：最迟 {{due}}，{{doneOn}}才转达', en: 'Request for counsel relayed late: limit {{due}}, relayed on {{doneOn}}' },
    'missing': { zh: '至 {{due}} 仍未转达犯罪嫌疑人委托辩护人的要求', en: 'The request for counsel had not been relayed by {{due}}' },
  },
} satisfies RuleText;
