// RuleMetaSchema: the metadata every rule declares beside its logic (ids, fields, lights, points,
// warning window); RuleTextSchema: its wording (title, description, legal basis, deadline formula,
// option docs, message templates), kept apart in shared/rules/text/<id>.ts as axe-core keeps its
// locale data apart from its rules. docs/rules.md is generated from both; `checkRuleText` checks
// that a rule's wording fits its meta. Only tests, docs and the companion build these schemas; the
// rule types are inferred from them.
import { z } from 'zod';
import { FIELD_IDS, PROCEDURES, type FieldId } from '../../case';
import { BUILTIN_MESSAGES, LAWS, LIGHTS, placeholders, SEVERITIES, type LawName } from './meta';

const kebab = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'kebab-case');
const BilingualSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const FieldIdSchema = z.enum(FIELD_IDS as readonly FieldId[] as [FieldId, ...FieldId[]]);
const ProcedureSchema = z.enum(PROCEDURES);
const WarningDaysSchema = z.union([
  z.number().int().min(0).max(60),
  z.record(z.string(), z.number().int().min(0).max(60)).refine((r) => 'default' in r, 'a per-period window needs a "default" key'),
]);
export { WarningDaysSchema };

export const BasisSchema = z.strictObject({
  law: z.enum(Object.keys(LAWS) as [LawName, ...LawName[]]),
  /** 条 */
  article: z.number().int().positive(),
  /** 款 */
  clause: z.number().int().positive().optional(),
  /** 项 */
  item: z.number().int().positive().optional(),
});
export type Basis = z.infer<typeof BasisSchema>;

export const MessageSchema = z.strictObject({
  light: z.enum(LIGHTS),
  /**
   * A red outcome whose limit is a unit's policy, not the law's (the catalogue's [配置] periods):
   * yellow without points unless the unit's rule-config adopts it (`adopted: true`).
   */
  policy: z.literal(true).optional(),
});

export const OptionValueSchema = z.union([z.boolean(), z.number(), z.string()]);

/**
 * Schema of `rule.meta`. Beyond shapes it checks the cross-references: anchor and `requires`
 * within `fields`, points exactly for the red messages.
 */
export const RuleMetaSchema = z
  .strictObject({
    /** = file name = registry key; forever. */
    id: kebab,
    /** Number in domain/rules-catalogue.md §4 ('R04'); absent for engine-level checks. */
    catalogue: z.string().regex(/^R(0[1-9]|[1-5][0-9]|60)$/).optional(),
    /** Bumped whenever the logic changes, so defect records say which logic produced them. */
    version: z.number().int().min(1),
    /** Stages the rule runs in; 'any' runs whatever the procedure (even when it is unknown). */
    procedures: z.union([z.literal('any'), z.array(ProcedureSchema).min(1)]),
    /** Every field the rule reads. */
    fields: z.array(FieldIdSchema).min(1),
    /** Fields without which the rule cannot decide: the engine answers grey `inputs-missing`. */
    requires: z.array(FieldIdSchema).optional(),
    /** Field the light sits beside by default. */
    anchor: FieldIdSchema,
    /** Yellow this many days before the due date (configurable); a record gives one per period variant. */
    warningDays: WarningDaysSchema.optional(),
    /** Yellow this many hours before an hour deadline (configurable). */
    warningHours: z.number().int().min(0).max(72).optional(),
    /** The catalogue's configurable choices, with its recommendation as the default. */
    options: z.record(z.string(), OptionValueSchema).optional(),
    severity: z.enum(SEVERITIES),
    /** Defect points per red messageId (1–10); yellow, green and grey never carry points. */
    points: z.record(kebab, z.number().int().min(1).max(10)),
    messages: z.record(kebab, MessageSchema),
    deprecated: z.strictObject({ replacedBy: z.array(kebab) }).optional(),
  })
  .superRefine((m, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    if (new Set(m.fields).size !== m.fields.length) issue('fields must be unique', ['fields']);
    if (!m.fields.includes(m.anchor)) issue(`anchor ${m.anchor} is not one of fields`, ['anchor']);
    for (const f of m.requires ?? []) if (!m.fields.includes(f)) issue(`requires ${f} is not one of fields`, ['requires']);
    for (const [id, msg] of Object.entries(m.messages)) {
      if (id in BUILTIN_MESSAGES) issue(`messageId ${id} is built in`, ['messages', id]);
      if (msg.light === 'red' && !(id in m.points)) issue(`red message ${id} has no points`, ['points']);
      if (msg.policy === true && msg.light !== 'red') issue(`message ${id}: only a red message can be a policy limit`, ['messages', id]);
    }
    for (const id of Object.keys(m.points)) {
      if (m.messages[id]?.light !== 'red') issue(`points.${id}: not a red message`, ['points', id]);
    }
  });

export type RuleMetaParsed = z.infer<typeof RuleMetaSchema>;

/** Schema of a rule's wording (shared/rules/text/<id>.ts): what people read, apart from the logic. */
export const RuleTextSchema = z.strictObject({
  title: BilingualSchema,
  description: BilingualSchema,
  /** The legal basis (law, article, clause, item): docs, the panel's citation, the ledger's exports. */
  basis: z.array(BasisSchema).min(1),
  /** The deadline formula in words (docs and the panel). */
  deadline: BilingualSchema.optional(),
  /** What each option means (docs). */
  optionDocs: z.record(z.string(), BilingualSchema).optional(),
  /** messageId → its templates (`{{placeholders}}`, the same in zh and en). */
  messages: z.record(kebab, BilingualSchema),
  /** Phrases the rule's outcomes name by id (`{ phrase }` data values and date labels). */
  phrases: z.record(kebab, BilingualSchema).optional(),
});

/**
 * What is wrong with a rule's wording against its meta: one template pair per message and no
 * other, the same placeholders in zh and en, one doc per option and no other. Empty when it fits.
 */
export function checkRuleText(meta: RuleMeta, text: RuleText): string[] {
  const out: string[] = [];
  const parsed = RuleTextSchema.safeParse(text);
  if (!parsed.success) for (const i of parsed.error.issues) out.push(`${i.path.join('.')}: ${i.message}`);
  for (const id of Object.keys(meta.messages)) if (!(id in text.messages)) out.push(`messages.${id}: no wording`);
  for (const [id, msg] of Object.entries(text.messages)) {
    if (!(id in meta.messages)) out.push(`messages.${id}: no such message in the rule`);
    if (placeholders(msg.zh).join() !== placeholders(msg.en).join()) out.push(`messages.${id}: zh and en placeholders differ`);
  }
  for (const id of Object.keys(text.optionDocs ?? {})) if (!(id in (meta.options ?? {}))) out.push(`optionDocs.${id}: no such option`);
  for (const id of Object.keys(meta.options ?? {})) if (!(id in (text.optionDocs ?? {}))) out.push(`option ${id} is undocumented`);
  return out;
}

type DeepReadonly<T> = T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
/** Rule metadata as written in a rule file: the schema's type, read-only (not written out a second time). */
export type RuleMeta = DeepReadonly<z.input<typeof RuleMetaSchema>>;
/** A rule's wording as written in its text module: the schema's type, read-only. */
export type RuleText = DeepReadonly<z.input<typeof RuleTextSchema>>;
