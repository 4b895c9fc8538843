// R51 custody-necessity-tracking: its wording (the rule's logic, ids and lights: shared/rules/custody-necessity-tracking.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '羁押必要性审查的受理转办、10日回复与告知申请人', en: 'Continued-detention review: forwarding, 10-day replies, telling the applicant' },
  description: {
    zh: '办案机关对应的同级人民检察院控申或案管部门收到羁押必要性审查申请后，应当在当日移送负责捕诉的部门；其他人民检察院收到的，应当在二日以内移送有管辖的检察院或告知申请人。发出释放或者变更强制措施建议书的，应要求办案机关在十日以内回复，未回复的应当提出纠正意见。依申请审查的，办结后应当书面告知申请人。',
    en: 'The competent procuratorate’s complaints or case-management office passes a continued-detention review application to the prosecution department the same day; another procuratorate forwards it (or tells the applicant) within 2 days. A recommendation to release or change the measure asks for a reply within 10 days; with none, a correction opinion follows. The applicant is told the outcome in writing.',
  },
  basis: [
    { law: '刑事诉讼法', article: 95 },
    { law: '人民检察院刑事诉讼规则', article: 574 },
    { law: '人民检察院刑事诉讼规则', article: 576 },
    { law: '人民检察院刑事诉讼规则', article: 581 },
    { law: '人民检察院刑事诉讼规则', article: 582 },
  ],
  deadline: {
    zh: '移送：收到申请当日（其他检察院收到的2日内）；办案机关回复：建议书发出 + 10日；均不顺延',
    en: 'forwarding: the day received (2 days if received elsewhere); reply: recommendation sent + 10 days; never moved',
  },
  messages: {
    'forwarded': { zh: '申请已于{{doneOn}}移送（期满日 {{due}}）', en: 'Application passed on on {{doneOn}} (due {{due}})' },
    'forward-due': { zh: '羁押必要性审查申请应于 {{due}} 移送负责捕诉的部门', en: 'Pass the application to the prosecution department by {{due}}' },
    'forward-late': { zh: '申请移送迟延：期满日 {{due}}，{{doneOn}}才移送', en: 'Application passed on late: due {{due}}, done on {{doneOn}}' },
    'forward-missing': { zh: '羁押必要性审查申请至 {{due}} 仍未移送', en: 'The application had not been passed on by {{due}}' },
    'replied': { zh: '办案机关已于{{doneOn}}回复处理情况', en: 'The handling authority replied on {{doneOn}}' },
    'awaiting-reply': { zh: '办案机关应于 {{due}} 前回复处理情况', en: 'The handling authority owes a reply by {{due}}' },
    'no-reply': { zh: '办案机关未在十日内（{{due}}）回复，应当提出纠正意见', en: 'No reply within 10 days ({{due}}): issue a correction opinion' },
    'correction-issued': { zh: '办案机关逾期未回复，已于{{doneOn}}提出纠正意见', en: 'No reply in time; correction requested on {{doneOn}}' },
    'applicant-informed': { zh: '已于{{doneOn}}书面告知申请人', en: 'Applicant informed in writing on {{doneOn}}' },
    'inform-applicant': { zh: '依申请审查已有结论，应书面告知申请人', en: 'The review on application is concluded: inform the applicant in writing' },
  },
} satisfies RuleText;
