// R48 不起诉后续处理: release of seized property at the time of the decision, the employer told within
// 10 days, and the procuratorial opinion where a sanction or confiscation is needed.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { judge, missingAt } from './lib/support';

type Id =
  | 'release-notified' | 'release-late' | 'release-missing' | 'release-due'
  | 'employer-told' | 'employer-late' | 'employer-missing' | 'employer-due' | 'employer-open'
  | 'opinion-sent' | 'opinion-pending';

export default defineRule({
  meta: {
    id: 'nonpros-aftermath',
    catalogue: 'R48',
    version: 2,
    procedures: ['non-prosecution'],
    fields: [
      'decisionOn', 'hasSeizedProperty', 'seizureReleaseNoticeOn', 'publicEmployee', 'employerNotifiedOn',
      'procuratorialOpinionNeeded', 'procuratorialOpinionSentOn',
    ],
    requires: ['decisionOn'],
    anchor: 'seizureReleaseNoticeOn',
    warningDays: { 'default': 0, '10d': 2 },
    severity: 'moderate',
    points: { 'release-late': 4, 'release-missing': 4, 'employer-late': 4, 'employer-missing': 4 },
    messages: {
      'release-notified': { light: 'green' },
      'release-due': { light: 'yellow' },
      'release-late': { light: 'red' },
      'release-missing': { light: 'red' },
      'employer-told': { light: 'green' },
      'employer-open': { light: 'green' },
      'employer-due': { light: 'yellow' },
      'employer-late': { light: 'red' },
      'employer-missing': { light: 'red' },
      'opinion-sent': { light: 'green' },
      'opinion-pending': { light: 'yellow' },
    },
  },
  applies: (c) => c.decisionOn !== undefined || c.hasSeizedProperty !== undefined,
  check: (c, ctx) => {
    const decidedOn = c.decisionOn!;
    const out: Outcome<Id>[] = [];
    if (c.hasSeizedProperty === true) {
      // 规则 374: "应当同时书面通知".
      const d = ctx.deadline(decidedOn, { amount: 0, unit: 'day' }, { inCustody: true });
      out.push(judge(ctx, d, c.seizureReleaseNoticeOn, {
        done: 'release-notified', late: 'release-late', missing: 'release-missing', dueSoon: 'release-due', open: 'release-due',
      }, { occurrence: `release:${decidedOn}` }));
    } else if (c.hasSeizedProperty === undefined) {
      out.push(missingAt('hasSeizedProperty', 'release:inputs'));
    }
    if (c.publicEmployee === true) {
      // 规则 153: "作出决定后十日以内告知其所在单位"; the person is out of custody (规则 376), so
      // 刑诉法 105 ④ moves a rest-day end (decided 2025-09-26: due 2025-10-09, not 10-06).
      const d = ctx.deadline(decidedOn, { amount: 10, unit: 'day' }, { inCustody: false, variant: '10d' });
      out.push(judge(ctx, d, c.employerNotifiedOn, {
        done: 'employer-told', late: 'employer-late', missing: 'employer-missing', dueSoon: 'employer-due', open: 'employer-open',
      }, { anchor: 'employerNotifiedOn', occurrence: `employer:${decidedOn}` }));
    }
    if (c.procuratorialOpinionNeeded === true) {
      const on = c.procuratorialOpinionSentOn;
      out.push(on !== undefined
        ? { messageId: 'opinion-sent', data: { doneOn: on }, anchor: 'procuratorialOpinionSentOn', occurrence: `opinion:${decidedOn}` }
        : { messageId: 'opinion-pending', anchor: 'procuratorialOpinionSentOn', occurrence: `opinion:${decidedOn}` });
    }
    return out.length > 0 ? out : null;
  },
});
