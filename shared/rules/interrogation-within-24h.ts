// R57 拘留/逮捕后24小时内讯问: the procuratorate's own duty (刑诉法 166 for its detentions, 94 for
// arrests); 刑诉法 86 is the police's and is not cited.
import type { FieldId } from '../case';
import type { Outcome } from './lib/types';
import { ARREST, DETENTION, procuratorateExecutes, type CustodyEvent } from './lib/custody-events';
import { defineRule } from './lib/define-rule';
import { judge } from './lib/support';

type Id = 'done' | 'late' | 'missing' | 'due-soon' | 'open';

const EVENTS: readonly [CustodyEvent, FieldId][] = [
  [DETENTION, 'firstInterrogatedAt'],
  [ARREST, 'postArrestInterrogatedAt'],
];

export default defineRule({
  meta: {
    id: 'interrogation-within-24h',
    catalogue: 'R57',
    version: 2,
    procedures: 'any',
    fields: ['procedure', 'supervisionCase', 'detainedAt', 'arrestedAt', 'firstInterrogatedAt', 'postArrestInterrogatedAt'],
    anchor: 'firstInterrogatedAt',
    warningHours: 4,
    severity: 'serious',
    points: { late: 6, missing: 6 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'missing': { light: 'red' },
    },
  },
  applies: (c) => procuratorateExecutes(c) && (c.detainedAt !== undefined || c.arrestedAt !== undefined),
  check: (c, ctx) => {
    const out: Outcome<Id>[] = [];
    for (const [event, doneField] of EVENTS) {
      const at = c[event.at] as string | undefined;
      if (at === undefined) continue;
      out.push(judge(ctx, ctx.hourDeadline(at, 24), c[doneField] as string | undefined, {
        done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open',
      }, { data: { measure: event.measure }, occurrence: `${event.key}:${at}`, anchor: doneField }));
    }
    return out;
  },
});
