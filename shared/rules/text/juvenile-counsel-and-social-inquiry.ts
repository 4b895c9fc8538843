// R53 juvenile-counsel-and-social-inquiry: its wording (the rule's logic, ids and lights: shared/rules/juvenile-counsel-and-social-inquiry.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '未成年人辩护、法律援助与社会调查', en: 'Minors: counsel, legal aid and the social-inquiry report' },
  description: {
    zh: '受理未成年人案件后，应当向未成年犯罪嫌疑人及其法定代理人了解委托辩护人的情况并告知有权委托辩护人（按受理后3日掌握，可配置）；没有委托辩护人的，书面通知法律援助机构指派律师（见 R06）；公安机关未通知法律援助机构指派律师的，应当提出纠正意见。以上按诉讼过程中的年龄（受理时未满十八周岁）判断（规则489条2款）。实施犯罪时未满十八周岁的未成年人刑事案件，公安机关移送的社会调查报告应当审查，并在作出决定前完成。',
    en: 'After intake of a minor’s case, ask the minor and the legal representative about counsel and tell them of the right (read as 3 days, configurable); without a defender, legal aid is notified (R06); if the police failed to have a lawyer appointed, issue a correction opinion. These go by the age during the proceedings (under 18 at intake, SPP Rules 489(2)). In a juvenile case (under 18 at the offence), a social-inquiry report is reviewed before the decision.',
  },
  basis: [
    { law: '刑事诉讼法', article: 278 },
    { law: '刑事诉讼法', article: 279 },
    { law: '人民检察院刑事诉讼规则', article: 460 },
    { law: '人民检察院刑事诉讼规则', article: 461 },
    { law: '法律援助法', article: 25, clause: 1 },
    { law: '法律援助法', article: 36 },
  ],
  deadline: {
    zh: '了解委托辩护情况并告知：受理日 + 3日（可配置；期满日为节假日的顺延，在押的不顺延）；审查社会调查报告：不迟于决定日期',
    en: 'ask about counsel and tell of the right: received + 3 days (configurable; moved off a rest day unless in custody); review the social-inquiry report: before the decision',
  },
  optionDocs: {
    inquiryDays: {
      zh: '受理后向未成年人及法定代理人了解委托辩护情况的日数（规则460未规定，参照告知3日）。目录建议：3。',
      en: 'Days after intake to ask the minor and representative about counsel (Rules 460 sets none; the 3-day notice window is used). Recommended: 3.',
    },
  },
  messages: {
    'inquired': { zh: '已于{{doneOn}}向未成年人及其法定代理人了解委托辩护情况并告知', en: 'Minor and representative asked about counsel on {{doneOn}}' },
    'inquiry-open': { zh: '应向未成年人及其法定代理人了解委托辩护情况并告知权利（最迟 {{due}}）', en: 'Ask the minor and representative about counsel (by {{due}})' },
    'inquiry-due': { zh: '应于 {{due}} 前向未成年人及其法定代理人了解委托辩护情况', en: 'Ask the minor and representative about counsel by {{due}}' },
    'inquiry-late': { zh: '{{doneOn}}才向未成年人及其法定代理人了解委托辩护情况（最迟 {{due}}）', en: 'Minor and representative asked about counsel only on {{doneOn}} (limit {{due}})' },
    'inquiry-missing': { zh: '未见向未成年人及其法定代理人了解委托辩护情况的记录（最迟 {{due}}）', en: 'No record of asking the minor and representative about counsel (limit {{due}})' },
    'correction-issued': { zh: '公安机关未通知法律援助，已于{{doneOn}}提出纠正意见', en: 'Police failure to arrange legal aid corrected on {{doneOn}}' },
    'no-correction': { zh: '公安机关未通知法律援助机构为未成年犯罪嫌疑人指派律师，未提出纠正意见', en: 'The police did not arrange legal aid for the minor, and no correction opinion was issued' },
    'report-reviewed': { zh: '已于{{doneOn}}审查社会调查报告', en: 'Social-inquiry report reviewed on {{doneOn}}' },
    'review-report': { zh: '作出决定前应审查社会调查报告', en: 'Review the social-inquiry report before deciding' },
    'report-not-reviewed': { zh: '已于{{decisionOn}}作出决定，社会调查报告未在决定前审查', en: 'Decided on {{decisionOn}} without reviewing the social-inquiry report first' },
  },
} satisfies RuleText;
