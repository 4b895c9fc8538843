// The vocabulary of rule metadata: lights, severities, laws, built-in messages. Its schemas
// (RuleMetaSchema for a rule's ids, fields, lights, points and warning window; RuleTextSchema for
// its wording and legal basis; docs/rules.md is generated from both) are in meta-schema.ts: this
// module builds no zod schema, so the content script, which needs the vocabulary, carries no zod.
import type { Bilingual } from '../../case';

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

/**
 * Messages the engine itself produces for any rule, with their lights; rules may not redefine them.
 * Their templates are wording, in the text index (`ENGINE_TEXT.messages`, shared/rules/text).
 */
export const BUILTIN_MESSAGES = {
  'inputs-missing': { light: 'grey' },
  'not-applicable': { light: 'grey' },
  'rule-error': { light: 'grey' },
  /** A red outcome whose due date lies in a year without the State Council's arrangement. */
  'calendar-not-loaded': { light: 'yellow' },
  /** Done after the unit's stricter internal date but within the legal period (刑诉法 105 ④). */
  'internal-date-late': { light: 'yellow' },
  /** Still pending after the unit's stricter internal date, the legal period still running. */
  'internal-date-passed': { light: 'yellow' },
} as const satisfies Record<string, { light: Light }>;
export type BuiltinMessageId = keyof typeof BUILTIN_MESSAGES;

export type { Basis, RuleMeta, RuleMetaParsed, RuleText } from './meta-schema';
