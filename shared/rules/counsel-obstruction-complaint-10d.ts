// R15 阻碍辩护人依法行使诉讼权利的申诉控告（10日办结）: settled off rest days (not a custody period).
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { judge } from './lib/support';

type Id = 'done' | 'late' | 'missing' | 'due-soon' | 'open' | 'correction-pending' | 'corrected';

export default defineRule({
  meta: {
    id: 'counsel-obstruction-complaint-10d',
    catalogue: 'R15',
    version: 1,
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
    procedures: 'any',
    fields: ['obstructionComplaintOn', 'obstructionComplaintRepliedOn', 'obstructionComplaintFounded', 'obstructionCorrectionNoticeOn'],
    anchor: 'obstructionComplaintRepliedOn',
    deadline: { zh: '受理之日 + 10日，遇节假日顺延', en: 'accepted on + 10 days, moved off rest days' },
    warningDays: 2,
    severity: 'moderate',
    points: { late: 4, missing: 4 },
    messages: {
      'done': { light: 'green', zh: '已于{{doneOn}}办结并书面答复（期满日 {{due}}）', en: 'Concluded and answered in writing on {{doneOn}} (due {{due}})' },
      'open': { light: 'green', zh: '申诉控告应于 {{due}} 前办结并书面答复', en: 'Conclude the complaint and answer in writing by {{due}}' },
      'due-soon': { light: 'yellow', zh: '阻碍诉讼权利的申诉控告应于 {{due}} 前办结并书面答复', en: 'The obstruction complaint must be answered in writing by {{due}}' },
      'late': { light: 'red', zh: '申诉控告办结超期：期满日 {{due}}，{{doneOn}}才书面答复', en: 'Complaint answered late: due {{due}}, answered on {{doneOn}}' },
      'missing': { light: 'red', zh: '受理后十日（{{due}}）已过，申诉控告尚未办结答复', en: 'Ten days from acceptance (due {{due}}) have passed and the complaint has not been answered' },
      'correction-pending': { light: 'yellow', zh: '情况属实，应通知有关机关或部门予以纠正', en: 'The complaint is founded: tell the body concerned to correct it' },
      'corrected': { light: 'green', zh: '情况属实，已于{{doneOn}}通知纠正', en: 'Founded; correction requested on {{doneOn}}' },
    },
  },
  applies: (c) => c.obstructionComplaintOn !== undefined,
  check: (c, ctx) => {
    const accepted = c.obstructionComplaintOn!;
    // Catalogue: due = settle(addDays(受理日期, 10), false).
    const deadline = ctx.deadline(accepted, { amount: 10, unit: 'day' }, { inCustody: false });
    const out: Outcome<Id>[] = [
      judge(ctx, deadline, c.obstructionComplaintRepliedOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' }),
    ];
    if (c.obstructionComplaintFounded === true) {
      const on = c.obstructionCorrectionNoticeOn;
      out.push(on === undefined
        ? { messageId: 'correction-pending', anchor: 'obstructionCorrectionNoticeOn', occurrence: `${accepted}:correction` }
        : { messageId: 'corrected', anchor: 'obstructionCorrectionNoticeOn', data: { doneOn: on }, occurrence: `${accepted}:correction` });
    }
    return out;
  },
});
