// RuleMetaSchema: the metadata every rule declares. It is the single source of truth for a rule's
// legal basis, severity, points, warning window and wording; docs/rules.md is generated from it.
import { z } from 'zod';
import { FIELD_IDS, PROCEDURES, type Bilingual, type FieldId, type Procedure } from '../../case';

import { LIGHTS, type Light } from '../../light';

export { LIGHTS, type Light };

export const SEVERITIES = ['minor', 'moderate', 'serious', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What each severity level means. The extension maps severity to colour in one place only. */
export const SEVERITY_MEANINGS: Readonly<Record<Severity, Bilingual>> = {
  minor: {
    zh: '轻微：文书或记录不规范、数据错误，不影响当事人权利和办案期限。',
    en: 'Minor: paperwork or data defects that affect neither a party’s rights nor a period.',
  },
  moderate: {
    zh: '一般：程序性告知、转交、送达等义务迟延或缺失，可补正，对当事人权利影响有限。',
    en: 'Moderate: a procedural notice, hand-over or service late or missing; curable, limited effect on rights.',
  },
  serious: {
    zh: '严重：办案期限超期、法定必经程序（讯问、听取意见、律师在场等）缺失，或诉讼权利受到实质影响。',
    en: 'Serious: a case-handling period exceeded, or a mandatory step (interrogation, hearing, counsel present) missing.',
  },
  critical: {
    zh: '特别严重：可能导致超期羁押或对人身自由的违法限制。',
    en: 'Critical: may keep a person in custody beyond the lawful period or restrict liberty unlawfully.',
  },
};

/** Laws and rules cited in `basis`, with their short forms for the panel. */
export const LAWS = {
  '刑事诉讼法': { short: '刑诉法', en: 'Criminal Procedure Law (2018)' },
  '人民检察院刑事诉讼规则': { short: '规则', en: 'SPP Rules of Criminal Procedure (2019)' },
  '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释': { short: '高法解释', en: 'SPC Interpretation of the CPL (2021)' },
  '法律援助法': { short: '法援法', en: 'Legal Aid Law (2021)' },
  '公安机关办理刑事案件程序规定': { short: '公安规定', en: 'MPS Provisions on Criminal Cases (2020)' },
  '人民检察院办理认罪认罚案件听取意见同步录音录像规定': { short: '同录规定', en: 'SPP Provisions on Recording Plea Hearings (2021)' },
  '人民检察院刑事诉讼规则（试行）': { short: '2012规则', en: 'SPP Rules of Criminal Procedure (trial, 2012)' },
} as const;
export type LawName = keyof typeof LAWS;

/** Placeholders `{{name}}` of a message template, sorted and unique. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g)].map((m) => m[1]))].sort();
}

/** Messages the engine itself produces for any rule; rules may not redefine them. */
export const BUILTIN_MESSAGES = {
  'inputs-missing': {
    light: 'grey',
    zh: '缺少判断所需信息：{{fields}}',
    en: 'Cannot decide yet; missing: {{fields}}',
  },
  'not-applicable': {
    light: 'grey',
    zh: '本规则不适用于本案当前环节',
    en: 'This rule does not apply to the case at this stage',
  },
  'rule-error': {
    light: 'grey',
    zh: '规则执行出错，未能判断（{{error}}）',
    en: 'The rule failed and could not decide ({{error}})',
  },
  /** A red outcome whose due date lies in a year without the State Council's arrangement. */
  'calendar-not-loaded': {
    light: 'yellow',
    zh: '{{year}}年国务院节假日安排尚未载入，期满日 {{due}} 可能变动，暂不作为超期计分：{{detail}}',
    en: 'The State Council holiday arrangement for {{year}} is not loaded, so due {{due}} may move; no points until it is: {{detail}}',
  },
  /** Done after the unit's stricter internal date but within the legal period (刑诉法 105 ④). */
  'internal-date-late': {
    light: 'yellow',
    zh: '{{doneOn}}办理，晚于本院内部要求的 {{internalDue}}，但在法定期满日 {{due}} 之前（不计分）',
    en: 'Done on {{doneOn}}, after the unit’s internal date {{internalDue}} but within the legal period ending {{due}} (no points)',
  },
  /** Still pending after the unit's stricter internal date, the legal period still running. */
  'internal-date-passed': {
    light: 'yellow',
    zh: '已过本院内部要求的 {{internalDue}}，法定期满日为 {{due}}，请尽快办理（不计分）',
    en: 'The unit’s internal date {{internalDue}} has passed; the legal period ends {{due}}: act now (no points)',
  },
} as const satisfies Record<string, { light: Light } & Bilingual>;
export type BuiltinMessageId = keyof typeof BUILTIN_MESSAGES;

const kebab = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'kebab-case');
const BilingualSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const FieldIdSchema = z.enum(FIELD_IDS as readonly FieldId[] as [FieldId, ...FieldId[]]);
const ProcedureSchema = z.enum(Object.keys(PROCEDURES) as Procedure[] as [Procedure, ...Procedure[]]);
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
  zh: z.string().min(1),
  en: z.string().min(1),
  /**
   * A red outcome whose limit is a unit's policy, not the law's (the catalogue's [配置] periods):
   * yellow without points unless the unit's rule-config adopts it (`adopted: true`).
   */
  policy: z.literal(true).optional(),
});

export const OptionValueSchema = z.union([z.boolean(), z.number(), z.string()]);

/**
 * Schema of `rule.meta`. Beyond shapes it checks the cross-references: anchor and `requires`
 * within `fields`, points exactly for the red messages, the same placeholders in zh and en.
 */
export const RuleMetaSchema = z
  .strictObject({
    /** = file name = registry key; forever. */
    id: kebab,
    /** Number in domain/rules-catalogue.md §4 ('R04'); absent for engine-level checks. */
    catalogue: z.string().regex(/^R(0[1-9]|[1-5][0-9]|60)$/).optional(),
    /** Bumped whenever the logic changes, so defect records say which logic produced them. */
    version: z.number().int().min(1),
    title: BilingualSchema,
    description: BilingualSchema,
    basis: z.array(BasisSchema).min(1),
    /** Stages the rule runs in; 'any' runs whatever the procedure (even when it is unknown). */
    procedures: z.union([z.literal('any'), z.array(ProcedureSchema).min(1)]),
    /** Every field the rule reads. */
    fields: z.array(FieldIdSchema).min(1),
    /** Fields without which the rule cannot decide: the engine answers grey `inputs-missing`. */
    requires: z.array(FieldIdSchema).optional(),
    /** Field the light sits beside by default. */
    anchor: FieldIdSchema,
    /** The deadline formula in words (docs and the panel). */
    deadline: BilingualSchema.optional(),
    /** Yellow this many days before the due date (configurable); a record gives one per period variant. */
    warningDays: WarningDaysSchema.optional(),
    /** Yellow this many hours before an hour deadline (configurable). */
    warningHours: z.number().int().min(0).max(72).optional(),
    /** The catalogue's configurable choices, with its recommendation as the default. */
    options: z.record(z.string(), OptionValueSchema).optional(),
    /** What each option means (docs). */
    optionDocs: z.record(z.string(), BilingualSchema).optional(),
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
      if (placeholders(msg.zh).join() !== placeholders(msg.en).join()) {
        issue(`message ${id}: zh and en placeholders differ`, ['messages', id]);
      }
      if (msg.light === 'red' && !(id in m.points)) issue(`red message ${id} has no points`, ['points']);
      if (msg.policy === true && msg.light !== 'red') issue(`message ${id}: only a red message can be a policy limit`, ['messages', id]);
    }
    for (const id of Object.keys(m.points)) {
      if (m.messages[id]?.light !== 'red') issue(`points.${id}: not a red message`, ['points', id]);
    }
    for (const id of Object.keys(m.optionDocs ?? {})) {
      if (!(id in (m.options ?? {}))) issue(`optionDocs.${id}: no such option`, ['optionDocs', id]);
    }
    for (const id of Object.keys(m.options ?? {})) {
      if (!(id in (m.optionDocs ?? {}))) issue(`option ${id} is undocumented`, ['options', id]);
    }
  });

export type RuleMetaParsed = z.infer<typeof RuleMetaSchema>;

type DeepReadonly<T> = T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
/** Rule metadata as written in a rule file: the schema's type, read-only (not written out a second time). */
export type RuleMeta = DeepReadonly<z.input<typeof RuleMetaSchema>>;
