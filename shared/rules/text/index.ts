// The rules' and fields' wording as data, apart from their logic: what the background answers
// `rules/text` with, and what the content script, whose build carries only ids, lights and logic
// (extension/build/strip-docs.ts), shows its findings in. One index for every rule's text; the
// companion's docs read the same wording from the rules themselves.
import type { Bilingual } from '../../case';
import type { Rule, RuleMeta } from '../lib/types';

export interface RuleText {
  title: Bilingual;
  deadline?: Bilingual;
  /** The legal basis (law, article, clause, item): the panel cites it. */
  basis: RuleMeta['basis'];
  /** messageId → its templates (`{{placeholders}}` unrendered). */
  messages: Record<string, Bilingual>;
}

/** What `rules/text` answers: rule id → text, field id → label. */
export interface TextBundle {
  rules: Record<string, RuleText>;
  fields: Record<string, Bilingual>;
}

export interface FieldLike {
  readonly id: string;
  readonly label?: Bilingual;
}

const pair = (b: Bilingual): Bilingual => ({ zh: b.zh, en: b.en });

/** The text of the rules and fields (background: from the full registry). */
export function collectText(rules: readonly Rule[], fields: readonly FieldLike[]): TextBundle {
  const out: TextBundle = { rules: {}, fields: {} };
  for (const { meta } of rules) {
    const t: RuleText = { title: pair(meta.title), basis: meta.basis.map((b) => ({ ...b })), messages: {} };
    if (meta.deadline) t.deadline = pair(meta.deadline);
    for (const [id, m] of Object.entries(meta.messages)) t.messages[id] = pair(m);
    out.rules[meta.id] = t;
  }
  for (const f of fields) if (f.label) out.fields[f.id] = pair(f.label);
  return out;
}

