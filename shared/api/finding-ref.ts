// FindingRef: a finding as it crosses a boundary (content script → background → sync outbox →
// companion): ids, colour, outcome and dates — no wording, no `data`, nothing else read from the page.
// Plain TypeScript (no zod), so the content script can import it without the API schemas.
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
  /** The field the light sits beside (stays in the browser: not part of a DefectEvent). */
  anchor?: string;
  /** Due date `YYYY-MM-DD`. */
  due?: string;
  /** Nominal expiry before the rest-day rule. */
  nominal?: string;
  /** What the lights showed; the companion books its own figure and keeps this as a hint. */
  points?: number;
  /** The duty is done (the finding has a done date): no reminder for its due date. Stays in the browser. */
  done?: true;
}

/**
 * Strips a finding (an engine Finding, or any FindingRef-shaped object) to its FindingRef. Call it
 * before a finding leaves the content script: message text, `data`, basis and dates stay behind.
 */
export function toFindingRef(f: FindingRef & { dates?: ReadonlyArray<{ kind: string }> }): FindingRef {
  const out: FindingRef = { ruleId: f.ruleId, light: f.light, occurrenceKey: f.occurrenceKey };
  if (f.ruleVersion !== undefined) out.ruleVersion = f.ruleVersion;
  if (f.messageId !== undefined) out.messageId = f.messageId;
  if (f.anchor !== undefined) out.anchor = f.anchor;
  if (f.due !== undefined) out.due = f.due;
  if (f.nominal !== undefined) out.nominal = f.nominal;
  if (f.points !== undefined) out.points = f.points;
  if (f.done === true || f.dates?.some((d) => d.kind === 'done')) out.done = true;
  return out;
}
