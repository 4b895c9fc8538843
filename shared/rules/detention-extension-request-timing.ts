// R26 延长侦查羁押期限的提请与审批时限: requests 7 days before expiry, none after it; decided and served before it.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';

type Id =
  | 'request-in-time' | 'request-late' | 'request-after-expiry' | 'late-request-accepted'
  | 'decided' | 'decide-open' | 'decide-due' | 'expired-undecided' | 'decided-after-expiry' | 'served-after-expiry';

export default defineRule({
  meta: {
    id: 'detention-extension-request-timing',
    catalogue: 'R26',
    version: 1,
    procedures: ['arrest-review', 'detention-supervision', 'self-investigation'],
    fields: [
      'detentionExpiresOn', 'detentionExtensionRequestedOn', 'detentionExtensionDecidedOn', 'detentionExtensionServedOn',
    ],
    requires: ['detentionExpiresOn'],
    anchor: 'detentionExtensionDecidedOn',
    warningDays: 2,
    severity: 'serious',
    points: { 'late-request-accepted': 4, 'decided-after-expiry': 8, 'served-after-expiry': 4 },
    messages: {
      'request-in-time': { light: 'green' },
      'request-late': { light: 'yellow' },
      'request-after-expiry': { light: 'yellow' },
      'late-request-accepted': { light: 'red' },
      'decided': { light: 'green' },
      'decide-open': { light: 'green' },
      'decide-due': { light: 'yellow' },
      'expired-undecided': { light: 'yellow' },
      'decided-after-expiry': { light: 'red' },
      'served-after-expiry': { light: 'red' },
    },
  },
  applies: (c) => c.detentionExtensionRequestedOn !== undefined,
  check: (c, ctx) => {
    const requestedOn = c.detentionExtensionRequestedOn!;
    // The expiry itself: in custody, so no rest-day extension (刑诉法 105 ¶4).
    const expiry = ctx.deadline(c.detentionExpiresOn!, { amount: 0, unit: 'day' }, { inCustody: true });
    const latestOn = ctx.addDays(expiry.due, -7);
    const occurrence = `${expiry.due}:request`;
    const decidedOn = c.detentionExtensionDecidedOn;
    // 规则 309 ¶3: a request after the lawful period "不予受理".
    if (requestedOn > expiry.due) {
      return { messageId: decidedOn !== undefined ? 'late-request-accepted' : 'request-after-expiry', deadline: expiry, anchor: 'detentionExtensionRequestedOn', data: { requestedOn }, occurrence };
    }
    const out: Outcome<Id>[] = [{
      messageId: requestedOn <= latestOn ? 'request-in-time' : 'request-late',
      anchor: 'detentionExtensionRequestedOn',
      data: { requestedOn, latestOn },
      occurrence,
    }];
    const o = { deadline: expiry, occurrence: `${expiry.due}:decision` };
    if (decidedOn !== undefined) {
      if (decidedOn > expiry.due) {
        out.push({ ...o, messageId: 'decided-after-expiry', data: { doneOn: decidedOn } });
      } else {
        out.push({ ...o, messageId: 'decided', data: { doneOn: decidedOn } });
        const servedOn = c.detentionExtensionServedOn;
        if (servedOn !== undefined && servedOn > expiry.due) {
          out.push({ ...o, messageId: 'served-after-expiry', anchor: 'detentionExtensionServedOn', data: { servedOn }, occurrence: `${expiry.due}:service` });
        }
      }
      return out;
    }
    // Undecided past expiry the detention itself is unlawful: R25 counts that, this only says so.
    const state = ctx.pending(expiry);
    out.push({ ...o, messageId: state === 'overdue' ? 'expired-undecided' : state === 'due-soon' ? 'decide-due' : 'decide-open' });
    return out;
  },
});
