// R36 退回补充侦查/补充调查以二次为限.
import { defineRule } from './lib/define-rule';

export default defineRule({
  meta: {
    id: 'supplementary-investigation-limit-2',
    catalogue: 'R36',
    version: 2,
    procedures: ['prosecution-review', 'non-prosecution'],
    fields: ['returnCount', 'lastReturnOn', 'returnsBeforeJurisdictionChange'],
    requires: ['returnCount'],
    anchor: 'returnCount',
    severity: 'serious',
    points: { 'third-return': 8 },
    messages: {
      'within-limit': { light: 'green' },
      'limit-reached': { light: 'green' },
      'third-return': { light: 'red' },
    },
  },
  applies: (c) => c.returnCount !== undefined || c.lastReturnOn !== undefined,
  check: (c) => {
    // 规则 350: returns before and after a change of jurisdiction count together. returnCount is the
    // case total; smaller than the old office's count, it left those out (R33 flags the record).
    const recorded = c.returnCount!;
    const before = c.returnsBeforeJurisdictionChange ?? 0;
    const count = recorded >= before ? recorded : before + recorded;
    // Each return beyond the second is its own defect, charged here only (R33 points here).
    if (count > 2) return { messageId: 'third-return', data: { count }, occurrence: `return-${count}` };
    return { messageId: count === 2 ? 'limit-reached' : 'within-limit', data: { count }, occurrence: 'returns' };
  },
});
