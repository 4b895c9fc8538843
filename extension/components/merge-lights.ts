// One light per field and reason: grey findings on one field that read the same (e.g. two rules
// both 「灰 缺信息」) are drawn as one light; its card and its screen-reader text name every rule.
import type { Finding } from '../../shared/engine';

export interface LightEntry {
  finding: Finding;
  /** Further grey findings merged into this light (same field, same reason). */
  also: Finding[];
}

const merged = new WeakMap<Finding, Finding[]>();

/** The findings merged into this one's light (empty when it stands alone). */
export function alsoOf(f: Finding): readonly Finding[] {
  return merged.get(f) ?? [];
}

/** Merges grey findings of one field with the same reason; other lights stay one per finding, in order. */
export function mergeIdenticalGreys(findings: readonly Finding[]): LightEntry[] {
  const out: LightEntry[] = [];
  const greys = new Map<string, LightEntry>();
  for (const f of findings) {
    if (f.light !== 'grey') {
      out.push({ finding: f, also: [] });
      continue;
    }
    const key = f.messageId;
    const first = greys.get(key);
    if (first) {
      first.also.push(f);
      continue;
    }
    const entry: LightEntry = { finding: f, also: [] };
    greys.set(key, entry);
    out.push(entry);
  }
  for (const e of out) merged.set(e.finding, e.also);
  return out;
}
