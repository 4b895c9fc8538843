// R33 jurisdiction-change-restart: its wording (the rule's logic, ids and lights: shared/rules/jurisdiction-change-restart.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '改变管辖后审查起诉期限重新起算', en: 'Restart the review period after a change of jurisdiction' },
  description: {
    zh: '审查起诉的案件改变管辖的，从改变后的人民检察院收到案件之日起计算审查起诉期限；改变管辖前后退回补充侦查的次数总共不得超过二次。受理日期早于改变管辖决定的，说明仍沿用原院日期（数据错误）；原院退回次数未计入本院退回次数的，属记录错误。合计超过二次的第三次退回由 R36 计分，本规则只作提示，不重复计分。',
    en: 'After a change of jurisdiction the review period runs from the day the new procuratorate receives the case; returns for supplementary investigation before and after the change together may not exceed two. An acceptance date before the change means the old office’s date is still in use (a data error); returns at the old office missing from the count are a record error. A third return in all is charged by R36; this rule only points to it, never charging it twice.',
  },
  basis: [
    { law: '刑事诉讼法', article: 172, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 350 },
    { law: '人民检察院刑事诉讼规则', article: 351, clause: 2 },
  ],
  deadline: {
    zh: '新院受理（收到）日期 ≥ 改变管辖决定日期；退回次数（两院合计）≤ 2',
    en: 'accepted (received) at the new office ≥ jurisdiction changed on; returns (both offices) ≤ 2',
  },
  messages: {
    'restarted': { zh: '改变管辖后自本院收到案件之日（{{start}}）起计算审查起诉期限', en: 'Review period runs from receipt at this office ({{start}}) after the change of jurisdiction' },
    'not-restarted': { zh: '受理日期{{start}}早于改变管辖决定日期{{changedOn}}，审查起诉期限未从本院收到案件之日重新计算', en: 'Accepted on {{start}}, before the change of jurisdiction on {{changedOn}}: the period was not restarted from receipt here' },
    'returns-carried': { zh: '退回补充侦查次数已计入改变管辖前的{{before}}次（合计{{count}}次）', en: 'The return count includes the {{before}} before the change ({{count}} in all)' },
    'returns-not-carried': { zh: '改变管辖前已退回{{before}}次，本院记录的退回次数仅{{count}}次，未合并计算', en: '{{before}} returns before the change, but the count here is only {{count}}: not combined' },
    'third-return-across-change': { zh: '改变管辖前后退回补充侦查合计{{total}}次，超过二次上限，见R36（在该规则计分，此处不重复计分）', en: 'Returns before and after the change total {{total}}, over the limit of two: see R36 (charged there, not again here)' },
  },
} satisfies RuleText;
