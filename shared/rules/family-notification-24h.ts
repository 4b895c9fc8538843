// R56 拘留/逮捕/指定居所监视居住后24小时通知家属.
import type { FieldId } from '../case';
import type { Outcome } from './lib/types';
import { ARREST, DESIGNATED_RESIDENCE, DETENTION, procuratorateExecutes, type CustodyEvent } from './lib/custody-events';
import { defineRule } from './lib/define-rule';
import { judge } from './lib/support';

type Id = 'done' | 'late' | 'missing' | 'due-soon' | 'open' | 'exempt';

const EVENTS: readonly [CustodyEvent, FieldId][] = [
  [DETENTION, 'familyNotifiedAt'],
  [ARREST, 'arrestFamilyNotifiedAt'],
  [DESIGNATED_RESIDENCE, 'designatedResidenceFamilyNotifiedAt'],
];

export default defineRule({
  meta: {
    id: 'family-notification-24h',
    catalogue: 'R56',
    version: 2,
    procedures: 'any',
    fields: [
      'procedure', 'supervisionCase', 'detainedAt', 'arrestedAt', 'designatedResidenceAt', 'familyNotifiedAt',
      'arrestFamilyNotifiedAt', 'designatedResidenceFamilyNotifiedAt', 'familyNotificationExempt',
    ],
    anchor: 'familyNotifiedAt',
    warningHours: 4,
    severity: 'moderate',
    points: { late: 6, missing: 6 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'missing': { light: 'red' },
      'exempt': { light: 'green' },
    },
  },
  applies: (c) => procuratorateExecutes(c) && (c.detainedAt !== undefined || c.arrestedAt !== undefined || c.designatedResidenceAt !== undefined),
  check: (c, ctx) => {
    const out: Outcome<Id>[] = [];
    for (const [event, noticeField] of EVENTS) {
      const at = c[event.at] as string | undefined;
      if (at === undefined) continue;
      const doneAt = c[noticeField] as string | undefined;
      const deadline = ctx.hourDeadline(at, 24);
      const extra = { data: { measure: event.measure }, occurrence: `${event.key}:${at}`, anchor: noticeField };
      if (doneAt === undefined && c.familyNotificationExempt === true) {
        out.push({ messageId: 'exempt', deadline, ...extra, anchor: 'familyNotificationExempt' });
      } else {
        out.push(judge(ctx, deadline, doneAt, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' }, extra));
      }
    }
    return out;
  },
});
