// The current 审查起诉 period of a case: where its clock started and what (if anything) ended it.
// Shared by R29, R30 and R31 so that they agree on restarts (rules-catalogue §1.1, example G).
import type { CaseSnapshot, FieldId } from '../../case';
import { diffDays, type CivilDate } from '../../calendar';
import { receivedOf } from './support';

export interface ReviewPeriod {
  /** The day the current period runs from (not counted). */
  start: CivilDate;
  startField: FieldId;
  /** The act that ended the period: the decision, or a return for supplementary investigation. */
  end?: CivilDate;
  endField?: FieldId;
  /**
   * Psychiatric-evaluation days, not counted in the period (刑诉法 149; 规则 222), whether or not
   * the notices were given (those are R34's own duty). While the evaluation runs, the days up to
   * today: the clock stands still.
   */
  excludedDays: number;
}

/**
 * The current review period, or the fields missing to know it.
 * - After a return for supplementary investigation and re-transfer, a new full period runs from
 *   the re-transfer (刑诉法 175(3); 规则 346); the return itself ends the period before it.
 * - In supervision-commission (留置) cases the period runs from the coercive-measure decision
 *   (刑诉法 170(2); 规则 143(2)).
 * - Otherwise from receipt of the case (the earlier of receipt and registration, doubt D18).
 */
export function reviewPeriod(c: CaseSnapshot, today: CivilDate): ReviewPeriod | { missing: FieldId[] } {
  let start: CivilDate | undefined;
  let startField: FieldId;
  if (c.retransferredOn !== undefined) {
    start = c.retransferredOn;
    startField = 'retransferredOn';
  } else if (c.supervisionCase === true) {
    start = c.supervisionMeasureDecidedOn;
    startField = 'supervisionMeasureDecidedOn';
  } else {
    start = receivedOf(c);
    startField = 'acceptedOn';
  }
  if (start === undefined) return { missing: [startField] };
  const period: ReviewPeriod = { start, startField, excludedDays: 0 };
  // A return on or after the start ends this period; a re-transfer after it would have restarted it.
  if (c.lastReturnOn !== undefined && c.lastReturnOn >= start && !(c.retransferredOn !== undefined && c.retransferredOn > c.lastReturnOn)) {
    period.end = c.lastReturnOn;
    period.endField = 'lastReturnOn';
  } else if (c.decisionOn !== undefined) {
    period.end = c.decisionOn;
    period.endField = 'decisionOn';
  }
  period.excludedDays = evaluationDays(c, start, period.end ?? today);
  return period;
}

/**
 * Days of psychiatric evaluation after `start`, which no custody or case-handling period counts
 * (刑诉法 149; 规则 222): from the commission to the result, or to `until` (today, or the end of
 * the period) while no result is on file. Whole days, as the catalogue's excludedDays.
 */
export function evaluationDays(c: CaseSnapshot, start: CivilDate, until: CivilDate): number {
  const from = c.psychEvalStartedOn;
  // A result dated before the commission is bad data (data-consistency reports it): nothing excluded.
  if (from === undefined || (c.psychEvalResultOn !== undefined && c.psychEvalResultOn <= from)) return 0;
  const to = c.psychEvalResultOn ?? until;
  const effectiveFrom = from > start ? from : start;
  return to > effectiveFrom ? diffDays(effectiveFrom, to) : 0;
}
