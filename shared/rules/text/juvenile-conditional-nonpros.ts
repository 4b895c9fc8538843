// R55 juvenile-conditional-nonpros: its wording (the rule's logic, ids and lights: shared/rules/juvenile-conditional-nonpros.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '附条件不起诉程序', en: 'Conditional non-prosecution of a minor' },
  description: {
    zh: '未成年人（实施犯罪时已满十四周岁、未满十八周岁，规则489条）涉嫌刑法分则第四、五、六章规定的犯罪，可能判处一年有期徒刑以下刑罚，符合起诉条件但有悔罪表现的，可以附条件不起诉。决定前应当听取公安机关、被害人、未成年犯罪嫌疑人及其法定代理人、辩护人的意见并制作笔录；未成年犯罪嫌疑人及其法定代理人有异议的，应当提起公诉。决定书应当在三日以内送达；考验期为六个月以上一年以下，自决定之日起计算。',
    en: 'A minor (14 to 17 when the offence was committed, SPP Rules 489) suspected of a crime in chapters 4–6 of the Criminal Law’s specific part, facing at most one year, who shows remorse, may be conditionally not prosecuted. The police, victim, minor, representative and defender are heard first and on record; an objection by the minor or representative means prosecution. The decision is served within 3 days; probation is 6 to 12 months from the decision.',
  },
  basis: [
    { law: '刑事诉讼法', article: 282 },
    { law: '刑事诉讼法', article: 283 },
    { law: '人民检察院刑事诉讼规则', article: 469 },
    { law: '人民检察院刑事诉讼规则', article: 470 },
    { law: '人民检察院刑事诉讼规则', article: 471 },
    { law: '人民检察院刑事诉讼规则', article: 472 },
    { law: '人民检察院刑事诉讼规则', article: 473 },
  ],
  deadline: {
    zh: '听取意见：不迟于决定日期；送达：决定之日 + 3日（期满日为节假日的顺延，在押的不顺延）；考验期 6–12个月',
    en: 'opinions: before the decision; service: decided on + 3 days (moved off a rest day unless in custody); probation 6–12 months',
  },
  messages: {
    'eligible': { zh: '附条件不起诉的适用条件已记录', en: 'The conditions for conditional non-prosecution are on record' },
    'ineligible': { zh: '不符合附条件不起诉条件：{{reasons}}', en: 'Conditional non-prosecution not available: {{reasons}}' },
    'objection-overridden': { zh: '未成年犯罪嫌疑人或其法定代理人有异议，仍作附条件不起诉（应当提起公诉）', en: 'Decided despite the minor’s or representative’s objection (prosecution is required)' },
    'heard': { zh: '已于{{doneOn}}听取各方意见', en: 'Parties heard on {{doneOn}}' },
    'hear-first': { zh: '作出附条件不起诉决定前，应听取公安机关、被害人、未成年人及其法定代理人、辩护人意见', en: 'Hear the police, victim, minor, representative and defender before deciding' },
    'not-heard': { zh: '{{decisionOn}}作出附条件不起诉决定前未听取各方意见', en: 'Conditional non-prosecution on {{decisionOn}} without hearing the parties first' },
    'heard-after': { zh: '{{doneOn}}才听取意见，晚于附条件不起诉决定（{{decisionOn}}）', en: 'Parties heard on {{doneOn}}, after the decision on {{decisionOn}}' },
    'served': { zh: '决定书已于{{doneOn}}送达（期满日 {{due}}）', en: 'Decision served on {{doneOn}} (due {{due}})' },
    'serve-open': { zh: '附条件不起诉决定书应于 {{due}} 前送达', en: 'Serve the decision by {{due}}' },
    'serve-due': { zh: '附条件不起诉决定书应于 {{due}} 前送达公安机关、被害人、未成年人及法定代理人、辩护人', en: 'Serve the decision on all parties by {{due}}' },
    'served-late': { zh: '决定书送达迟延：期满日 {{due}}，{{doneOn}}才送达', en: 'Decision served late: due {{due}}, served on {{doneOn}}' },
    'not-served': { zh: '附条件不起诉决定后三日（{{due}}）已过，决定书尚未送达', en: 'Three days from the decision ({{due}}) have passed and it has not been served' },
    'probation-ok': { zh: '考验期{{months}}个月', en: 'Probation of {{months}} months' },
    'probation-out-of-range': { zh: '考验期{{months}}个月，不在六个月以上一年以下', en: 'Probation of {{months}} months is outside 6 to 12 months' },
  },
  phrases: {
    'adult-at-offence': { zh: '实施犯罪时已满十八周岁，不属未成年人刑事案件', en: '18 or older when the offence was committed: not a juvenile case' },
    'not-chapter-4-6': { zh: '非刑法分则第四、五、六章规定的犯罪', en: 'not a chapter 4–6 offence' },
    'over-1-year': { zh: '可能判处一年以上有期徒刑', en: 'likely sentence over one year' },
    'no-remorse': { zh: '无悔罪表现', en: 'no remorse shown' },
  },
} satisfies RuleText;
