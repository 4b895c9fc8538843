// R44 plea-arrested-custody-review: its wording (the rule's logic, ids and lights: shared/rules/plea-arrested-custody-review.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '已逮捕犯罪嫌疑人认罪认罚后及时羁押必要性审查', en: 'Review continued detention promptly after an arrested suspect pleads' },
  description: {
    zh: '已经逮捕的犯罪嫌疑人认罪认罚的，人民检察院应当及时对羁押必要性进行审查；认为没有继续羁押必要的，应当予以释放或者变更强制措施（审查起诉阶段由本院直接决定）。“及时”按认罪认罚（首次听取意见或签署具结书）后3个工作日掌握（可配置）；其间已释放或变更的视为已处理。',
    en: 'When an arrested suspect pleads, the procuratorate promptly reviews whether detention is still necessary and releases or changes the measure if not (at review for prosecution, itself). “Promptly” is read as 3 working days after the plea (first hearing or signing; configurable); a release or change in that time counts.',
  },
  basis: [
    { law: '人民检察院刑事诉讼规则', article: 270, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 575, clause: 2 },
  ],
  deadline: { zh: '认罪认罚之日 + 3个工作日（可配置）', en: 'plea on + 3 working days (configurable)' },
  optionDocs: {
    workdays: {
      zh: '认罪认罚后“及时”审查羁押必要性的工作日数。目录建议：3。',
      en: 'Working days for a “prompt” custody review after the plea. Recommended: 3.',
    },
  },
  messages: {
    'done': { zh: '认罪认罚后已于{{doneOn}}审查羁押必要性（最迟 {{due}}）', en: 'Custody reviewed on {{doneOn}} after the plea (limit {{due}})' },
    'open': { zh: '已逮捕的犯罪嫌疑人认罪认罚，应及时审查羁押必要性（最迟 {{due}}）', en: 'An arrested suspect pleaded: review custody promptly (by {{due}})' },
    'due-soon': { zh: '应于 {{due}} 前对认罪认罚的在押犯罪嫌疑人进行羁押必要性审查', en: 'Review the pleading suspect’s custody by {{due}}' },
    'late': { zh: '认罪认罚后羁押必要性审查迟延：最迟 {{due}}，{{doneOn}}才审查', en: 'Custody reviewed late after the plea: limit {{due}}, reviewed on {{doneOn}}' },
    'missing': { zh: '犯罪嫌疑人认罪认罚后至 {{due}} 仍未审查羁押必要性', en: 'No custody review by {{due}} after the suspect pleaded' },
  },
} satisfies RuleText;
