// Rule and field text as data. The content-script build leaves it out of the rule metadata and the
// field registry (extension/build/strip-docs.ts): the background, which bundles the full registry,
// answers `rules/text` with it (collectText, shared/rules/text) once per frame, and the content
// script hydrates its stripped copy before its first evaluation. shared/engine then renders titles
// and messages exactly as with the full registry (the same `meta` objects, the same templates).
import type { Bilingual } from '../shared/case';
import type { Rule } from '../shared/rules/lib/types';
import type { FieldLike, TextBundle } from '../shared/rules/text';

export type { RuleText, TextBundle } from '../shared/rules/text';

const pair = (b: Bilingual): Bilingual => ({ zh: b.zh, en: b.en });

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Puts the text back into (stripped) rule metas and field definitions, in place. Returns what the
 * bundle did not cover and the registry still lacks (empty when every rule and field reads in full).
 */
export function hydrateText(bundle: TextBundle, rules: readonly Rule[], fields: readonly FieldLike[]): string[] {
  const gaps: string[] = [];
  for (const { meta } of rules) {
    const m = meta as Mutable<typeof meta>;
    const t = bundle.rules[meta.id];
    if (t) {
      m.title = t.title;
      m.basis = t.basis;
      if (t.deadline) m.deadline = t.deadline;
    }
    if (!m.title) gaps.push(`${meta.id}.title`);
    if (!m.basis) gaps.push(`${meta.id}.basis`);
    for (const [id, msg] of Object.entries(meta.messages)) {
      const tm = t?.messages[id];
      if (tm) Object.assign(msg as Mutable<typeof msg>, pair(tm));
      if (!msg.zh || !msg.en) gaps.push(`${meta.id}.messages.${id}`);
    }
  }
  for (const f of fields) {
    const label = bundle.fields[f.id];
    if (label) (f as Mutable<FieldLike>).label = label;
    if (!f.label) gaps.push(`field ${f.id}`);
  }
  return gaps;
}
