// R33 改变管辖后审查起诉期限重新起算: the new procuratorate's period runs from its own receipt, and
// returns before and after the change together stay within two.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { receivedOf } from './lib/support';

type Id = 'restarted' | 'not-restarted' | 'returns-carried' | 'returns-not-carried' | 'third-return-across-change';

export default defineRule({
  meta: {
    id: 'jurisdiction-change-restart',
    catalogue: 'R33',
    version: 2,
    procedures: ['prosecution-review'],
    fields: ['jurisdictionChangedOn', 'acceptedOn', 'materialsReceivedOn', 'returnCount', 'returnsBeforeJurisdictionChange'],
    requires: ['acceptedOn'],
    anchor: 'acceptedOn',
    severity: 'serious',
    points: { 'not-restarted': 2, 'returns-not-carried': 2 },
    messages: {
      'restarted': { light: 'green' },
      'not-restarted': { light: 'red' },
      'returns-carried': { light: 'green' },
      'returns-not-carried': { light: 'red' },
      'third-return-across-change': { light: 'yellow' },
    },
  },
  applies: (c) => c.jurisdictionChangedOn !== undefined,
  check: (c) => {
    const changedOn = c.jurisdictionChangedOn!;
    const start = receivedOf(c)!;
    const out: Outcome<Id>[] = [{
      messageId: start >= changedOn ? 'restarted' : 'not-restarted',
      data: { start, changedOn },
      occurrence: `start:${changedOn}`,
    }];
    const before = c.returnsBeforeJurisdictionChange;
    if (before !== undefined && before > 0) {
      // returnCount is the case total (R36 reads it); one smaller than the old office's count left them out.
      const count = c.returnCount ?? 0;
      const total = count >= before ? count : before + count;
      const o = { anchor: 'returnCount' as const, occurrence: `returns:${changedOn}` };
      // A third return is one defect: R36 (the limit itself) charges it; here it only points there.
      if (total > 2) out.push({ ...o, messageId: 'third-return-across-change', data: { total } });
      else if (count >= before) out.push({ ...o, messageId: 'returns-carried', data: { before, count } });
      else out.push({ ...o, messageId: 'returns-not-carried', data: { before, count } });
    }
    return out;
  },
});
