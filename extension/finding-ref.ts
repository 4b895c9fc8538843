// A finding as the extension's parts pass it on (content script → background → side panel, sync
// outbox): the shared FindingRef plus what stays in the browser — the field the light sits beside
// and whether the duty is done (no reminder for its due date). Neither goes into a DefectEvent.
import { toFindingRef, type FindingRef } from '../shared/api/finding-ref';

export interface FrameFindingRef extends FindingRef {
  /** The field the light sits beside. */
  anchor?: string;
  /** The duty is done (the finding has a done date). */
  done?: true;
}

/** Strips a finding to its FrameFindingRef before it leaves the content script. */
export function toFrameFindingRef(f: FrameFindingRef & { dates?: ReadonlyArray<{ kind: string }> }): FrameFindingRef {
  const out: FrameFindingRef = toFindingRef(f);
  if (f.anchor !== undefined) out.anchor = f.anchor;
  if (f.done === true || f.dates?.some((d) => d.kind === 'done')) out.done = true;
  return out;
}
