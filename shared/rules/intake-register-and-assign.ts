// R01 案件受理登记与分案及时: 案管 passes the file on at once; the same day when the police recommend 速裁.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { judge, receivedOf } from './lib/support';

type Id =
  | 'same-day' | 'next-workday' | 'late' | 'fast-track-late' | 'registration-late' | 'fast-track-registration-late'
  | 'open' | 'due-soon' | 'missing' | 'fast-track-missing' | 'checklist-incomplete';

export default defineRule({
  meta: {
    id: 'intake-register-and-assign',
    catalogue: 'R01',
    version: 2,
    procedures: ['intake', 'arrest-review', 'prosecution-review'],
    fields: ['procedure', 'acceptedOn', 'materialsReceivedOn', 'assignedToHandlerOn', 'policeRecommendedFastTrack', 'intakeChecklistDone'],
    requires: ['acceptedOn'],
    anchor: 'assignedToHandlerOn',
    warningDays: 0,
    options: { workdaysAllowed: 1 },
    severity: 'minor',
    points: { 'late': 1, 'fast-track-late': 1, 'registration-late': 1, 'fast-track-registration-late': 1, 'missing': 1, 'fast-track-missing': 1 },
    messages: {
      'same-day': { light: 'green' },
      'next-workday': { light: 'yellow' },
      'late': { light: 'red', policy: true },
      'fast-track-late': { light: 'red' },
      'registration-late': { light: 'red', policy: true },
      'fast-track-registration-late': { light: 'red' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'missing': { light: 'red', policy: true },
      'fast-track-missing': { light: 'red' },
      'checklist-incomplete': { light: 'yellow' },
    },
  },
  // Outside the intake form the case has evidently been passed on; judge only a recorded date there.
  applies: (c) => c.procedure === 'intake' || c.assignedToHandlerOn !== undefined,
  check: (c, ctx) => {
    const received = receivedOf(c)!;
    const out: Outcome<Id>[] = [];
    const fastTrack = c.policeRecommendedFastTrack === true;
    // 规则 273(2): the same day; 规则 158: "立即", read as the next working day at the latest.
    const deadline = fastTrack
      ? ctx.deadline(received, { amount: 0, unit: 'day' }, { inCustody: true })
      : ctx.deadline(received, { amount: ctx.option<number>('workdaysAllowed'), unit: 'workday' }, { inCustody: false });
    const done = c.assignedToHandlerOn;
    // Registration (受理) comes before the hand-over; registered after the limit, the hand-over was late too.
    const registeredLate = c.acceptedOn! > deadline.due;
    if (done !== undefined && done <= received) {
      out.push({ messageId: 'same-day', deadline, data: { doneOn: done } });
    } else if (done === undefined && registeredLate) {
      out.push({ messageId: fastTrack ? 'fast-track-registration-late' : 'registration-late', deadline, anchor: 'acceptedOn', data: { registeredOn: c.acceptedOn } });
    } else {
      const o = judge(ctx, deadline, done, {
        done: 'next-workday', late: fastTrack ? 'fast-track-late' : 'late', missing: fastTrack ? 'fast-track-missing' : 'missing', dueSoon: 'due-soon', open: 'open',
      });
      out.push(registeredLate ? { ...o, anchor: 'acceptedOn' } : o);
    }
    if (c.intakeChecklistDone === false) out.push({ messageId: 'checklist-incomplete', anchor: 'intakeChecklistDone', occurrence: 'checklist' });
    return out;
  },
});
