// R25 逮捕后侦查羁押期限届满预警: 2 months, then +1, +2, +2 months chained from each nominal expiry.
import { defineRule } from './lib/define-rule';
import { evaluationDays } from './lib/review-period';
import { earliest, inCustodyOf, judge } from './lib/support';

/** 刑诉法 156 (2 months), 156 (+1), 158 (+2), 159 (+2). */
const CHAIN = [2, 1, 2, 2] as const;

export default defineRule({
  meta: {
    id: 'investigative-detention-expiry',
    catalogue: 'R25',
    version: 2,
    procedures: ['arrest-review', 'detention-supervision', 'self-investigation'],
    fields: [
      'arrestedOn', 'detentionRestartedOn', 'detentionExtensions', 'psychEvalStartedOn', 'psychEvalResultOn',
      'investigationConcludedOn', 'releaseOn', 'inCustody', 'custodyMeasure',
    ],
    requires: ['arrestedOn'],
    anchor: 'investigationConcludedOn',
    warningDays: 7,
    severity: 'critical',
    points: { overdue: 10, exceeded: 10 },
    messages: {
      'concluded': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'overdue': { light: 'red' },
      'exceeded': { light: 'red' },
    },
  },
  applies: () => true,
  check: (c, ctx) => {
    const end = earliest(c.investigationConcludedOn, c.releaseOn);
    if (end === undefined && inCustodyOf(c) === false) return ctx.missing('releaseOn');
    // 刑诉法 160: another important crime found restarts the period from the day it is found.
    const from = c.detentionRestartedOn !== undefined && c.detentionRestartedOn > c.arrestedOn! ? c.detentionRestartedOn : c.arrestedOn!;
    const n = Math.min(c.detentionExtensions ?? 0, 3);
    // 高法解释 202 on the whole chain: 2024-12-30 + 2 + 1 months is 2025-03-30. Stepping through
    // 2025-02-28 (a clipped month-end) would give 03-31, a day the law never granted.
    let months = 0;
    for (let i = 0; i <= n; i++) months += CHAIN[i];
    // 刑诉法 149; 规则 222: evaluation days never count, notices or not (those are R34's duty).
    const ev = evaluationDays(c, from, end ?? ctx.today);
    const deadline = ctx.deadline(from, { amount: months, unit: 'month' }, { inCustody: true, excludedDays: ev });
    return judge(ctx, deadline, end, { done: 'concluded', late: 'exceeded', missing: 'overdue', dueSoon: 'due-soon', open: 'open' }, {
      data: { extensions: n },
      occurrence: from,
    });
  },
});
