// R09 duty-lawyer-for-plea: its wording (the rule's logic, ids and lights: shared/rules/duty-lawyer-for-plea.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '认罪认罚无辩护人的应通知值班律师', en: 'Notify a duty lawyer for a plea without a defender' },
  description: {
    zh: '犯罪嫌疑人自愿认罪认罚而没有辩护人的，审查起诉阶段人民检察院应通知值班律师（审查逮捕阶段要求公安机关通知），且应在听取认罪认罚意见、签署具结书之前。',
    en: 'A suspect who pleads without a defender must have a duty lawyer notified (at arrest review, by asking the police), before any plea hearing or agreement.',
  },
  basis: [
    { law: '刑事诉讼法', article: 36 },
    { law: '法律援助法', article: 37 },
    { law: '人民检察院刑事诉讼规则', article: 267 },
    { law: '人民检察院刑事诉讼规则', article: 268 },
  ],
  deadline: { zh: '不迟于首次听取认罪认罚意见或签署具结书之日', en: 'no later than the first plea hearing or agreement' },
  messages: {
    'notified': { zh: '已于{{notifiedOn}}通知值班律师', en: 'Duty lawyer notified on {{notifiedOn}}' },
    'has-counsel': { zh: '已有辩护人，无需通知值班律师', en: 'A defender is retained; no duty lawyer needed' },
    'not-yet': { zh: '犯罪嫌疑人认罪认罚且无辩护人：听取意见、签署具结书前应通知值班律师', en: 'Plea without a defender: notify a duty lawyer before the plea hearing or agreement' },
    'missing': { zh: '{{pleaOn}}已听取认罪认罚意见或签署具结书，但未通知值班律师', en: 'Plea heard or signed on {{pleaOn}} with no duty lawyer notified' },
    'after-plea': { zh: '值班律师{{notifiedOn}}才通知，晚于认罪认罚听取意见或具结（{{pleaOn}}）', en: 'Duty lawyer notified on {{notifiedOn}}, after the plea hearing or agreement on {{pleaOn}}' },
  },
} satisfies RuleText;
