// FindingRef: what of a finding the extension's parts pass on and the sync turns into a defect
// event: rule, outcome, colour, occurrence and dates — no wording, no `data`, nothing read from the
// case. Plain TypeScript (no zod), so the smallest consumer can import it without the schemas.
import type { Light } from '../light';

export interface FindingRef {
  ruleId: string;
  /** meta.version of the rule that produced it; sync takes the registry's when absent. */
  ruleVersion?: number;
  light: Light;
  /** Stable across re-checks of one occurrence (shared/engine). */
  occurrenceKey: string;
  /** The finding's outcome (rule message id): the companion books the points for it. */
  messageId?: string;
  /** Due date `YYYY-MM-DD`. */
  due?: string;
  /** Nominal expiry before the rest-day rule. */
  nominal?: string;
  /** What the lights showed; the companion books its own figure and keeps this as a hint. */
  points?: number;
}

/** Copies the FindingRef fields of a finding (an engine Finding, or any FindingRef-shaped object): message text, `data`, basis and dates stay behind. */
export function toFindingRef(f: FindingRef): FindingRef {
  const out: FindingRef = { ruleId: f.ruleId, light: f.light, occurrenceKey: f.occurrenceKey };
  if (f.ruleVersion !== undefined) out.ruleVersion = f.ruleVersion;
  if (f.messageId !== undefined) out.messageId = f.messageId;
  if (f.due !== undefined) out.due = f.due;
  if (f.nominal !== undefined) out.nominal = f.nominal;
  if (f.points !== undefined) out.points = f.points;
  return out;
}
