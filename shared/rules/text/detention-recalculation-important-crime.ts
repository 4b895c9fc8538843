// R27 detention-recalculation-important-crime: its wording (the rule's logic, ids and lights: shared/rules/detention-recalculation-important-crime.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '另有重要罪行重新计算侦查羁押期限', en: 'Recalculating investigative detention for another important crime' },
  description: {
    zh: '侦查期间发现犯罪嫌疑人另有重要罪行的，自发现之日起重新计算侦查羁押期限；“另有重要罪行”指与逮捕时的罪行不同种的重大犯罪或者同种的影响罪名认定、量刑档次的重大犯罪。公安机关应在发现后五日以内报批并报检察院备案；检察院审查备案，认为重新计算不当的应当提出纠正意见。起算日晚于发现日会延长羁押，为红灯。',
    en: 'Another important crime found during investigation restarts investigative detention from the day it was found (a different serious crime, or one of the same kind that changes the charge or sentencing bracket). The police approve it within 5 days and file it with the procuratorate, which objects to an improper recalculation. A restart date after the discovery lengthens detention (red).',
  },
  basis: [
    { law: '刑事诉讼法', article: 160 },
    { law: '人民检察院刑事诉讼规则', article: 315 },
    { law: '人民检察院刑事诉讼规则', article: 316 },
    { law: '人民检察院刑事诉讼规则', article: 317 },
    { law: '公安机关办理刑事案件程序规定', article: 151 },
  ],
  deadline: {
    zh: '重新计算起算日 = 发现之日；公安机关备案：发现之日 + 5日',
    en: 'recalculated from = the day found; police filing: found + 5 days',
  },
  messages: {
    'restart-matches': { zh: '侦查羁押期限自发现之日（{{foundOn}}）起重新计算', en: 'Detention recalculated from the day the crime was found ({{foundOn}})' },
    'restart-after-discovery': { zh: '重新计算起算日{{restartedOn}}晚于发现另有重要罪行之日{{foundOn}}，延长了羁押', en: 'Detention recalculated from {{restartedOn}}, later than the discovery on {{foundOn}}: custody lengthened' },
    'restart-before-discovery': { zh: '重新计算起算日{{restartedOn}}早于发现之日{{foundOn}}，请核对', en: 'Recalculated from {{restartedOn}}, before the discovery on {{foundOn}}; please check' },
    'filed': { zh: '公安机关已于{{doneOn}}备案（期满日 {{due}}）', en: 'Police filed the recalculation on {{doneOn}} (due {{due}})' },
    'filing-open': { zh: '公安机关应于 {{due}} 前报检察院备案', en: 'The police must file the recalculation by {{due}}' },
    'filed-late': { zh: '公安机关{{doneOn}}才备案，超过五日（{{due}}），可提出纠正意见', en: 'Police filed on {{doneOn}}, after 5 days ({{due}}); consider a correction opinion' },
    'not-filed': { zh: '{{due}} 前未收到重新计算侦查羁押期限的备案，请核实', en: 'No filing of the recalculation by {{due}}; please check' },
    'objected': { zh: '不属另有重要罪行，已于{{doneOn}}提出纠正意见', en: 'Not an important crime; correction requested on {{doneOn}}' },
    'improper-not-objected': { zh: '所称罪行不属“另有重要罪行”，重新计算侦查羁押期限不当，未提出纠正意见', en: 'The crime does not qualify, the recalculation is improper, and no correction was requested' },
  },
} satisfies RuleText;
