// R34 psychiatric-evaluation-excluded: its wording (the rule's logic, ids and lights: shared/rules/psychiatric-evaluation-excluded.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '精神病鉴定期间不计入期限', en: 'Psychiatric evaluation not counted in the period' },
  description: {
    zh: '对犯罪嫌疑人作精神病鉴定的期间不计入羁押期限和办案期限（刑诉法149条），扣除天数 = 鉴定意见收到日 − 鉴定委托日，鉴定进行中期限停止计算；扣除不以通知为条件，审查起诉、侦查羁押等期限一律扣除。犯罪嫌疑人被羁押的，应当在作出鉴定决定后十日以内通知本院负有监督职责的部门并书面通知看守所；未通知是本规则自身的瑕疵。',
    en: 'The time of a psychiatric evaluation is not counted in custody or case-handling periods (CPL 149): excluded days = result received − commissioned, and the clock stands still while it runs. The exclusion does not depend on any notice; every period deducts it. For a held suspect the supervising department and the detention centre are told within 10 days of the decision; a missing notice is this rule’s own defect.',
  },
  basis: [
    { law: '刑事诉讼法', article: 149 },
    { law: '人民检察院刑事诉讼规则', article: 222 },
    { law: '人民检察院刑事诉讼规则', article: 333 },
    { law: '人民检察院刑事诉讼规则', article: 614, item: 3 },
    { law: '人民检察院刑事诉讼规则', article: 616, item: 3 },
  ],
  deadline: {
    zh: '鉴定委托（决定）之日 + 10日内书面通知；期满日为节假日的顺延，在押的不顺延',
    en: 'evaluation commissioned + 10 days to give written notice; a rest-day end moves to the next working day unless in custody',
  },
  messages: {
    'done': { zh: '精神病鉴定已于{{doneOn}}书面通知（扣除天数：{{days}}）', en: 'Evaluation notified on {{doneOn}} (days excluded: {{days}})' },
    'open': { zh: '精神病鉴定应于 {{due}} 前书面通知看守所及本院监督部门', en: 'Tell the detention centre and the supervising department of the evaluation by {{due}}' },
    'due-soon': { zh: '应于 {{due}} 前将精神病鉴定书面通知看守所及本院监督部门', en: 'Tell the detention centre and the supervising department of the evaluation in writing by {{due}}' },
    'late': { zh: '精神病鉴定通知迟延：期满日 {{due}}，{{doneOn}}才通知', en: 'Evaluation notified late: due {{due}}, notified on {{doneOn}}' },
    'missing': { zh: '期满日 {{due}} 已过，精神病鉴定尚未书面通知看守所及本院监督部门', en: 'Due {{due}} has passed and the detention centre and the supervising department have not been told of the evaluation' },
    'in-progress': { zh: '精神病鉴定进行中（{{start}}起），期限暂停计算', en: 'Evaluation running since {{start}}; the period is paused' },
  },
  phrases: {
    'still-running': { zh: '鉴定尚未完成', en: 'still running' },
  },
} satisfies RuleText;
