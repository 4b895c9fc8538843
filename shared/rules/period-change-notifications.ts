// R28 期限变更及强制措施变化的通知: tell the detention centre and the supervising department of a changed period.
// Psychiatric evaluation has its own notice rule (R34), so it is not counted here.
import type { FieldId } from '../case';
import type { Outcome, PhraseRef } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

type Id =
  | 'centre-told' | 'centre-late' | 'centre-missing' | 'centre-due' | 'centre-open'
  | 'dept-told' | 'dept-late' | 'dept-missing' | 'dept-due' | 'dept-open';

/**
 * Period changes a form records. The detention centre is told of changed periods of custody in the
 * procuratorate's own investigation or review (规则 152); the supervising department of those in
 * 规则 614 (1), (2), (4), (5). Recalculating or extending investigative detention is the
 * procuratorate's own act only in its own investigations; in police cases the police tell the centre.
 */
const CHANGES: readonly { field: FieldId; label: PhraseRef; centre: boolean | 'own'; dept: boolean | 'own' }[] = [
  { field: 'extensionApprovedOn', label: { phrase: 'extension' }, centre: true, dept: true },
  { field: 'lastReturnOn', label: { phrase: 'return' }, centre: false, dept: true },
  { field: 'retransferredOn', label: { phrase: 'retransfer' }, centre: true, dept: true },
  { field: 'jurisdictionChangedOn', label: { phrase: 'jurisdiction-change' }, centre: true, dept: true },
  { field: 'detentionExtensionDecidedOn', label: { phrase: 'detention-extension' }, centre: 'own', dept: true },
  { field: 'detentionRestartedOn', label: { phrase: 'detention-restart' }, centre: 'own', dept: 'own' },
  { field: 'periodChangedOn', label: { phrase: 'period-change' }, centre: true, dept: true },
];

export default defineRule({
  meta: {
    id: 'period-change-notifications',
    catalogue: 'R28',
    version: 2,
    procedures: ['prosecution-review', 'detention-supervision', 'self-investigation'],
    fields: [...CHANGES.map((ch) => ch.field), 'procedure', 'inCustody', 'custodyMeasure', 'detentionCentreNotifiedOn', 'supervisionDeptNotifiedOn'],
    anchor: 'detentionCentreNotifiedOn',
    warningDays: { 'default': 0, '10d': 2 },
    options: { centreWorkdays: 1 },
    severity: 'moderate',
    points: { 'centre-late': 3, 'centre-missing': 3, 'dept-late': 3, 'dept-missing': 3 },
    messages: {
      'centre-told': { light: 'green' },
      'centre-open': { light: 'green' },
      'centre-due': { light: 'yellow' },
      'centre-late': { light: 'red', policy: true },
      'centre-missing': { light: 'red', policy: true },
      'dept-told': { light: 'green' },
      'dept-open': { light: 'green' },
      'dept-due': { light: 'yellow' },
      'dept-late': { light: 'red' },
      'dept-missing': { light: 'red' },
    },
  },
  applies: (c) => inCustodyOf(c) === true,
  check: (c, ctx) => {
    const own = c.procedure === 'self-investigation';
    // The latest change each office must hear of, in one pass over the changes (each field read once).
    let centre: { on: string; label: PhraseRef } | undefined;
    let dept: { on: string; label: PhraseRef } | undefined;
    for (const ch of CHANGES) {
      const v = c[ch.field] as string | undefined;
      if (v === undefined) continue;
      if ((ch.centre === true || (ch.centre === 'own' && own)) && (centre === undefined || v > centre.on)) centre = { on: v, label: ch.label };
      if ((ch.dept === true || (ch.dept === 'own' && own)) && (dept === undefined || v > dept.on)) dept = { on: v, label: ch.label };
    }
    // A notice dated before the latest change was about an earlier one.
    const since = (d: string | undefined, on: string) => (d !== undefined && d >= on ? d : undefined);
    const out: Outcome<Id>[] = [];
    if (centre !== undefined) {
      const d = ctx.deadline(centre.on, { amount: ctx.option<number>('centreWorkdays'), unit: 'workday' }, { inCustody: true });
      out.push(judge(ctx, d, since(c.detentionCentreNotifiedOn, centre.on), {
        done: 'centre-told', late: 'centre-late', missing: 'centre-missing', dueSoon: 'centre-due', open: 'centre-open',
      }, { data: { change: centre.label }, occurrence: `centre:${centre.on}` }));
    }
    if (dept !== undefined) {
      const d = ctx.deadline(dept.on, { amount: 10, unit: 'day' }, { inCustody: true, variant: '10d' });
      out.push(judge(ctx, d, since(c.supervisionDeptNotifiedOn, dept.on), {
        done: 'dept-told', late: 'dept-late', missing: 'dept-missing', dueSoon: 'dept-due', open: 'dept-open',
      }, { data: { change: dept.label }, anchor: 'supervisionDeptNotifiedOn', occurrence: `dept:${dept.on}` }));
    }
    return out.length > 0 ? out : null;
  },
});
