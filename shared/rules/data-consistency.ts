// data-consistency: the engine's built-in check that the snapshot itself can be trusted. Unreadable
// values, impossible orders of dates, future dates and contradicting custody answers become yellow
// findings beside the field (like the Jiangsu 案管机器人 flagging a decision dated before intake),
// so a rule never silently decides on bad data. Not a catalogue rule; it never carries points.
import { FIELD_IDS, FIELDS, PRIVATE_FIELD_IDS, type CaseSnapshot, type FieldDef, type FieldId } from '../case';
import type { DataValue, Outcome, PhraseRef } from './lib/types';
import { defineRule } from './lib/define-rule';

type Id =
  | 'consistent'
  | 'unreadable'
  | 'not-an-object'
  | 'procedure-missing'
  | 'order'
  | 'future-date'
  | 'date-time-mismatch'
  | 'custody-conflict'
  | 'return-count-conflict';

/** Pairs [earlier, later] that cannot be the other way round. Equal dates are fine. */
export const DATE_ORDER: readonly (readonly [FieldId, FieldId])[] = [
  ['acceptedOn', 'decisionOn'],
  ['acceptedOn', 'lastReturnOn'],
  ['acceptedOn', 'retransferredOn'],
  ['acceptedOn', 'extensionApprovedOn'],
  ['acceptedOn', 'announcedOn'],
  ['decisionOn', 'announcedOn'],
  ['decisionOn', 'nonProsServedOn'],
  ['pleaAgreementSignedOn', 'decisionOn'],
  ['detainedOn', 'arrestedOn'],
  ['arrestedOn', 'investigationConcludedOn'],
  ['psychEvalStartedOn', 'psychEvalResultOn'],
  ['measureStartedOn', 'measureEndedOn'],
  ['releaseRequestReceivedOn', 'releaseRequestAnsweredOn'],
  ['suspectBirthDate', 'acceptedOn'],
  ['suspectBirthDate', 'detainedOn'],
  ['suspectBirthDate', 'arrestedOn'],
  ['suspectBirthDate', 'interrogatedOn'],
];

/** A date and the date-time of the same act: the date parts must agree. */
export const DATE_TIME_PAIRS: readonly (readonly [FieldId, FieldId])[] = [
  ['detainedOn', 'detainedAt'],
  ['arrestedOn', 'arrestedAt'],
];

/** Date and date-time fields, by their place in the registry (future dates are listed in that order). */
const DATED_FIELDS: ReadonlyMap<string, number> = new Map(
  (FIELDS as readonly FieldDef[]).filter((f) => f.type === 'date' || f.type === 'datetime').map((f, i) => [f.id, i]),
);

const HIDDEN: PhraseRef = { phrase: 'hidden' };

function shown(field: string, value: unknown): DataValue {
  return PRIVATE_FIELD_IDS.has(field) ? HIDDEN : String(value);
}

const CUSTODIAL = new Set(['detention', 'arrest']);

export default defineRule({
  meta: {
    id: 'data-consistency',
    version: 1,
    procedures: 'any',
    fields: [...FIELD_IDS],
    anchor: 'procedure',
    severity: 'minor',
    points: {},
    messages: {
      'consistent': { light: 'green' },
      'unreadable': { light: 'yellow' },
      'not-an-object': { light: 'yellow' },
      'procedure-missing': { light: 'grey' },
      'order': { light: 'yellow' },
      'future-date': { light: 'yellow' },
      'date-time-mismatch': { light: 'yellow' },
      'custody-conflict': { light: 'yellow' },
      'return-count-conflict': { light: 'yellow' },
    },
  },
  applies: () => true,
  check: (c: CaseSnapshot, ctx) => {
    const out: Outcome<Id>[] = [];
    for (const issue of ctx.inputIssues) {
      if (issue.field === '') {
        out.push({ messageId: 'not-an-object', data: { value: issue.value ?? '?' }, occurrence: 'snapshot' });
        continue;
      }
      out.push({
        messageId: 'unreadable',
        anchor: issue.field as FieldId,
        data: { field: { field: issue.field }, value: issue.value ?? HIDDEN, problem: { phrase: issue.code } },
        occurrence: `unreadable:${issue.field}`,
      });
    }
    if (c.procedure === undefined) out.push({ messageId: 'procedure-missing', occurrence: 'procedure' });
    for (const [earlier, later] of DATE_ORDER) {
      const a = c[earlier] as string | undefined;
      // A snapshot holds a few of these fields: the later one is looked up only beside an earlier.
      const b = a === undefined ? a : (c[later] as string | undefined);
      if (a === undefined || b === undefined || b >= a) continue;
      out.push({
        messageId: 'order',
        anchor: later,
        data: { earlier: { field: earlier }, later: { field: later }, earlierValue: shown(earlier, a), laterValue: shown(later, b) },
        occurrence: `order:${earlier}<${later}`,
      });
    }
    // Over the values present (a snapshot holds a few dozen of the registry's fields), in registry order.
    let future: FieldId[] | undefined;
    for (const f in c) {
      const v = c[f as FieldId];
      // A date-time on today ('2025-10-05T10:00' > '2025-10-05') is not in the future: compare its date.
      if (typeof v === 'string' && v > ctx.today && DATED_FIELDS.has(f) && v.slice(0, 10) > ctx.today) (future ??= []).push(f as FieldId);
    }
    if (future !== undefined && future.length > 1) future.sort((a, b) => DATED_FIELDS.get(a)! - DATED_FIELDS.get(b)!);
    for (const f of future ?? []) {
      const v = c[f] as string;
      out.push({
        messageId: 'future-date',
        anchor: f,
        data: { field: { field: f }, value: shown(f, v), today: ctx.today },
        occurrence: `future:${f}`,
      });
    }
    for (const [date, time] of DATE_TIME_PAIRS) {
      const d = c[date] as string | undefined;
      const t = c[time] as string | undefined;
      if (d === undefined || t === undefined || t.slice(0, 10) === d) continue;
      out.push({
        messageId: 'date-time-mismatch',
        anchor: time,
        data: { date: { field: date }, time: { field: time }, dateValue: d, timeValue: t },
        occurrence: `mismatch:${date}`,
      });
    }
    if (c.inCustody !== undefined && c.custodyMeasure !== undefined && c.inCustody !== CUSTODIAL.has(c.custodyMeasure)) {
      out.push({
        messageId: 'custody-conflict',
        anchor: 'inCustody',
        data: {
          inCustody: c.inCustody ? { phrase: 'yes' } : { phrase: 'no' },
          measure: { field: 'custodyMeasure', value: c.custodyMeasure },
        },
        occurrence: 'custody',
      });
    }
    if (c.returnCount === 0 && (c.lastReturnOn !== undefined || c.retransferredOn !== undefined)) {
      out.push({ messageId: 'return-count-conflict', anchor: 'returnCount', occurrence: 'returns' });
    }
    return out.length > 0 ? out : { messageId: 'consistent', occurrence: 'data' };
  },
});

