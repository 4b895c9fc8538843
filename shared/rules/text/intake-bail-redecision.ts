// R03 intake-bail-redecision: its wording (the rule's logic, ids and lights: shared/rules/intake-bail-redecision.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '移送审查起诉后重新作出取保候审/监视居住决定', en: 'Re-decide police bail or residential surveillance after transfer' },
  description: {
    zh: '公安机关决定取保候审或监视居住的案件移送审查起诉后，需要继续采取的，人民检察院应当依法重新作出决定并办理手续，期限重新计算并告知犯罪嫌疑人；继续以保证金方式取保、未违反规定的不重新收取保证金。法律未规定日数：目录建议受理后3日内办理、第7日为限，属本院内部期限，逾期黄灯提示、不计分，本院采用后亮红灯计分（可配置）。未重新决定而原措施已超过刑诉法79条最长期限的，由 R58 计分，本规则只作提示。',
    en: 'When a police-imposed bail or residential surveillance is to continue after transfer for prosecution, the procuratorate makes its own new decision, restarts the term and tells the suspect. No statutory day count: the catalogue suggests the 3-day notice window and day 7 as the limit, a unit-policy limit that is a yellow reminder without points unless the unit adopts it (configurable). Where the earlier measure has run past its CPL 79 maximum without a new decision, R58 charges it and this rule only points there.',
  },
  basis: [
    { law: '人民检察院刑事诉讼规则', article: 103 },
    { law: '人民检察院刑事诉讼规则', article: 113 },
    { law: '刑事诉讼法', article: 79 },
  ],
  deadline: {
    zh: '受理日 + 7日（可配置；第4日起未办理亮黄灯），遇节假日顺延',
    en: 'received + 7 days (configurable; yellow from day 4 while pending), moved off rest days',
  },
  optionDocs: {
    days: {
      zh: '重新作出决定并告知犯罪嫌疑人的期限（日），法律未规定日数，为本院内部期限。目录建议：7。',
      en: 'Days allowed for the new decision and telling the suspect; the law sets no count, so this is a unit-policy limit. Recommended: 7.',
    },
  },
  messages: {
    'done': { zh: '已于{{doneOn}}重新作出{{measure}}决定', en: 'New {{measure}} decision made on {{doneOn}}' },
    'open': { zh: '公安机关决定的{{measure}}需继续的，应重新作出决定（最迟 {{due}}）', en: 'A continuing {{measure}} needs the procuratorate’s own decision (by {{due}})' },
    'due-soon': { zh: '尚未重新作出{{measure}}决定，最迟 {{due}}', en: 'No new {{measure}} decision yet; limit {{due}}' },
    'late': { zh: '重新作出{{measure}}决定迟延：最迟 {{due}}，{{doneOn}}才作出', en: 'New {{measure}} decision late: limit {{due}}, made on {{doneOn}}' },
    'missing': { zh: '移送审查起诉后至 {{due}} 仍未重新作出{{measure}}决定', en: 'No new {{measure}} decision by {{due}} after transfer' },
    'see-max-term': { zh: '移送审查起诉后至 {{due}} 仍未重新作出{{measure}}决定，原{{measure}}已超过法定最长期限，见R58（在该规则计分）', en: 'No new {{measure}} decision by {{due}} after transfer, and the earlier {{measure}} has run past its statutory maximum: see R58 (charged there)' },
    'notified': { zh: '已于{{doneOn}}告知犯罪嫌疑人重新计算的期限', en: 'Suspect told of the restarted term on {{doneOn}}' },
    'notify-pending': { zh: '已重新作出决定，应告知犯罪嫌疑人重新计算的期限（最迟 {{due}}）', en: 'New decision made: tell the suspect of the restarted term (by {{due}})' },
    'notice-late': { zh: '告知犯罪嫌疑人重新计算的期限迟延：最迟 {{due}}，{{doneOn}}才告知', en: 'Suspect told of the restarted term late: limit {{due}}, told on {{doneOn}}' },
    'notice-not-recorded': { zh: '已重新作出决定，但未见告知犯罪嫌疑人重新计算期限的记录（最迟 {{due}}），请核对', en: 'New decision made, but no record that the suspect was told of the restarted term (limit {{due}}); please check' },
  },
  phrases: {
    'bail': { zh: '取保候审', en: 'bail' },
    'residential-surveillance': { zh: '监视居住', en: 'residential surveillance' },
  },
} satisfies RuleText;
