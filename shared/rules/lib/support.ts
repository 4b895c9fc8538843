// Small pure helpers shared by rule files: custody status, age, and the usual
// done / late / missing / due-soon judgement against a deadline.
import type { CaseSnapshot, FieldId } from '../../case';
import type { CivilDate } from '../../calendar';
import type { AnyDeadline, DataValue, Outcome, RuleContext } from './types';

/**
 * Whether the suspect is in custody (拘留 or 逮捕): the explicit `inCustody` answer, else derived
 * from the coercive measure; undefined when neither is known. 指定居所监视居住 is not 在押 (doubt D2).
 */
export function inCustodyOf(c: CaseSnapshot): boolean | undefined {
  if (c.inCustody !== undefined) return c.inCustody;
  switch (c.custodyMeasure) {
    case undefined:
      return undefined;
    case 'detention':
    case 'arrest':
      return true;
    default:
      return false;
  }
}

/** The earliest of the given dates (undefined ones skipped). */
export function earliest(...dates: (CivilDate | undefined)[]): CivilDate | undefined {
  let out: CivilDate | undefined;
  for (const d of dates) if (d !== undefined && (out === undefined || d < out)) out = d;
  return out;
}

/** The latest of the given dates (undefined ones skipped). */
export function latest(...dates: (CivilDate | undefined)[]): CivilDate | undefined {
  let out: CivilDate | undefined;
  for (const d of dates) if (d !== undefined && (out === undefined || d > out)) out = d;
  return out;
}

/**
 * Under 18 on `date`. Age in 周岁 runs from the day after the birthday (最高人民法院《关于审理未成年人
 * 刑事案件具体应用法律若干问题的解释》第二条), so on the 18th birthday itself the person is still a minor.
 * A 29 February birthday falls on 28 February in common years (month arithmetic of 高法解释 202).
 */
export function isMinorOn(birthDate: CivilDate, date: CivilDate, ctx: Pick<RuleContext, 'addMonths'>): boolean {
  return date <= ctx.addMonths(birthDate, 18 * 12);
}

/** The done date's label: the engine's phrase `done-on`. */
const DONE_LABEL = { phrase: 'done-on' };

/** The messageIds a deadline judgement chooses from. */
export interface JudgeIds<M extends string> {
  /** Done on or before the due date. */
  done: M;
  /** Done after the due date. */
  late: M;
  /** Not done and the due date has passed. */
  missing: M;
  /** Not done, inside the warning period. */
  dueSoon: M;
  /** Not done, time left. */
  open: M;
}

/**
 * The standard judgement of an act against its deadline: done in time (green), done late (red),
 * missing after the due date (red), pending in the warning window (yellow) or with time left.
 * `doneOn` is a date for day deadlines and a date-time for hour deadlines.
 */
export function judge<M extends string>(
  ctx: RuleContext,
  deadline: AnyDeadline,
  doneOn: string | undefined,
  ids: JudgeIds<M>,
  extra: { data?: Record<string, DataValue | undefined>; occurrence?: string; anchor?: Outcome['anchor'] } = {},
): Outcome<M> {
  const o: Outcome<M> = { messageId: ids.open, deadline };
  if (extra.data !== undefined) o.data = extra.data;
  if (extra.occurrence !== undefined) o.occurrence = extra.occurrence;
  if (extra.anchor !== undefined) o.anchor = extra.anchor;
  const internal = deadline.kind === 'day' ? deadline.internalDue : undefined;
  if (doneOn !== undefined) {
    o.data = extra.data !== undefined ? { ...extra.data, doneOn } : { doneOn };
    o.dates = [{ kind: 'done', label: DONE_LABEL, value: doneOn }];
    // Compare at the deadline's own precision: days for day deadlines, minutes for hour ones.
    o.messageId = doneOn <= deadline.due ? ids.done : ids.late;
    // In time by law, late only by the unit's stricter internal date: yellow, never red.
    if (internal !== undefined && doneOn > internal && doneOn <= deadline.due) {
      o.messageId = 'internal-date-late';
      o.data = { ...o.data, internalDue: internal };
    }
    return o;
  }
  const state = ctx.pending(deadline);
  o.messageId = state === 'overdue' ? ids.missing : state === 'due-soon' ? ids.dueSoon : ids.open;
  if (internal !== undefined && state !== 'overdue' && ctx.today > internal) {
    o.messageId = 'internal-date-passed';
    o.data = { ...o.data, internalDue: internal };
  }
  return o;
}

/**
 * The day the procuratorate received the case: the earlier of the materials' receipt and the
 * registration (受理), since periods run from receipt (doubt D18, conservative).
 */
export function receivedOf(c: CaseSnapshot): CivilDate | undefined {
  return earliest(c.acceptedOn, c.materialsReceivedOn);
}

/**
 * `ctx.missing(...)` at an occurrence (and anchor) of the rule's own: one literal, where a spread of
 * `ctx.missing` would copy through V8's slow generic path on every evaluation.
 *
 * @example missingAt('hasVictim', 'victim:inputs') // { messageId: 'inputs-missing', missing: ['hasVictim'], occurrence: 'victim:inputs' }
 */
export function missingAt(fields: FieldId | readonly FieldId[], occurrence: string, anchor?: FieldId): Outcome<never> {
  return { messageId: 'inputs-missing', missing: typeof fields === 'string' ? [fields] : fields, occurrence, anchor };
}
