// R15 counsel-obstruction-complaint-10d: its wording (the rule's logic, ids and lights: shared/rules/counsel-obstruction-complaint-10d.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '阻碍辩护人依法行使诉讼权利的申诉控告（10日办结）', en: 'Complaints that counsel was obstructed: conclude within 10 days' },
  description: {
    zh: '辩护人、诉讼代理人认为其依法行使诉讼权利受到阻碍而申诉或者控告的，人民检察院应当及时受理并调查核实，在十日以内办结并书面答复；情况属实的，通知有关机关或者本院有关部门、下级人民检察院予以纠正。期满日遇节假日顺延。',
    en: 'A defender’s or agent’s complaint of obstruction is accepted, investigated and answered in writing within 10 days; if founded, the body concerned is told to correct it. A rest-day expiry moves to the next working day.',
  },
  basis: [
    { law: '刑事诉讼法', article: 49 },
    { law: '人民检察院刑事诉讼规则', article: 57 },
    { law: '人民检察院刑事诉讼规则', article: 58 },
  ],
  deadline: { zh: '受理之日 + 10日，遇节假日顺延', en: 'accepted on + 10 days, moved off rest days' },
  messages: {
    'done': { zh: '已于{{doneOn}}办结并书面答复（期满日 {{due}}）', en: 'Concluded and answered in writing on {{doneOn}} (due {{due}})' },
    'open': { zh: '申诉控告应于 {{due}} 前办结并书面答复', en: 'Conclude the complaint and answer in writing by {{due}}' },
    'due-soon': { zh: '阻碍诉讼权利的申诉控告应于 {{due}} 前办结并书面答复', en: 'The obstruction complaint must be answered in writing by {{due}}' },
    'late': { zh: '申诉控告办结超期：期满日 {{due}}，{{doneOn}}才书面答复', en: 'Complaint answered late: due {{due}}, answered on {{doneOn}}' },
    'missing': { zh: '受理后十日（{{due}}）已过，申诉控告尚未办结答复', en: 'Ten days from acceptance (due {{due}}) have passed and the complaint has not been answered' },
    'correction-pending': { zh: '情况属实，应通知有关机关或部门予以纠正', en: 'The complaint is founded: tell the body concerned to correct it' },
    'corrected': { zh: '情况属实，已于{{doneOn}}通知纠正', en: 'Founded; correction requested on {{doneOn}}' },
  },
} satisfies RuleText;
