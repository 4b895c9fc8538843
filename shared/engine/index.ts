// shared/engine: evaluate(snapshot, options) -> Finding[]. Pure: no clock, no I/O; the caller
// passes `today`. Bad data in the snapshot becomes findings, never exceptions.
import { formatCivil, isCivilDate, isYearCovered, type Calendar, type CivilDate, type CivilDateTime } from '../calendar';
import { fieldLabel, isCaseRead, isCivilDateTime, readCaseSnapshot, type Bilingual, type CaseSnapshot, type FieldId } from '../case';
import { rules as catalogue } from '../rules';
import { BUILTIN_MESSAGES, type Light } from '../rules/lib/meta';
import type { ComputedDate, DataValue, Outcome, Rule } from '../rules/lib/types';
import { EngineOptionsError, pointsFor, resolveConfig, type ResolvedRuleConfig } from './config';
import { Context } from './context';
import { LIGHT_ORDER, type Finding } from './finding';

export { EngineConfigSchema, RuleConfigSchema } from './config-schema';
export { EngineOptionsError, configureRules, hasPolicyLimits, pointsFor, resolveConfig } from './config';
export type { EngineConfig, RuleConfig, ResolvedConfig, ResolvedRuleConfig } from './config';
export { FindingSchema } from './finding-schema';
export { LIGHT_ORDER } from './finding';
export type { Finding } from './finding';
export type { Light };

export interface EvaluateOptions {
  /** Civil date in Asia/Shanghai (`todayInShanghai()` from shared/calendar). */
  today: CivilDate;
  /** Wall-clock time in Asia/Shanghai (`YYYY-MM-DDTHH:mm`) for the 24-hour rules; else they judge by date. */
  now?: CivilDateTime;
  /** Rules to run (default: the whole registry of shared/rules, including data-consistency). */
  rules?: readonly Rule[];
  /** Working calendar with local overrides (default: the bundled official calendar). */
  calendar?: Calendar;
  /** Per-rule enable/disable, points, warning windows, options; see EngineConfigSchema. */
  config?: unknown;
}

const DATE_LABELS: Readonly<Record<string, Bilingual>> = {
  start: { zh: '起算日（不计入）', en: 'period runs from (not counted)' },
  nominal: { zh: '名义届满日', en: 'nominal expiry' },
  due: { zh: '届满日', en: 'due' },
  warnFrom: { zh: '预警起始日', en: 'yellow from' },
  startAt: { zh: '起算时间', en: 'runs from' },
  dueAt: { zh: '届满时间', en: 'due at' },
  warnFromAt: { zh: '预警起始时间', en: 'yellow from' },
  internalDue: { zh: '本院内部要求日期', en: 'unit’s internal date' },
};

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/;
/** Templates split once into [literal, key, literal, key, …, literal]; rendering is then concatenation. */
const compiled = new Map<string, readonly string[]>();

function render(template: string, data: Readonly<Record<string, DataValue>>, lang: 'zh' | 'en'): string {
  let parts = compiled.get(template);
  if (parts === undefined) compiled.set(template, (parts = template.split(PLACEHOLDER)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = data[parts[i]];
    // Dates read as a prosecutor writes them (2025年9月22日, 9月22日 11时); data keeps ISO.
    out += (v === undefined ? `{{${parts[i]}}}` : typeof v === 'object' ? v[lang] : typeof v === 'string' ? formatCivil(v, lang) : String(v)) + parts[i + 1];
  }
  return out;
}

function fieldList(fields: readonly string[]): Bilingual {
  return {
    zh: fields.map((f) => fieldLabel(f).zh).join('、'),
    en: fields.map((f) => fieldLabel(f).en).join(', '),
  };
}

function errorText(e: unknown): string {
  const s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return s.length > 200 ? s.slice(0, 199) + '…' : s;
}

type MessageDef = { light: Light; zh: string; en: string; policy?: boolean };

/** What a unit-policy limit's finding adds to its message: adopted (red, points) or not (yellow, none). */
const POLICY_NOTES: Readonly<Record<'adopted' | 'not-adopted', Bilingual>> = {
  'adopted': { zh: '（本院已采用该内部期限，计入瑕疵积分）', en: ' (the unit has adopted this policy limit: points are booked)' },
  'not-adopted': { zh: '（法律未规定此期限，为本院内部要求：仅作提示，不计分）', en: ' (the law sets no such limit; a unit policy: a reminder, no points)' },
};

function toFinding(rule: Rule, cfg: ResolvedRuleConfig, o: Outcome, calendar: Calendar | undefined): Finding {
  const meta = rule.meta;
  const msg: MessageDef | undefined = meta.messages[o.messageId] ?? (BUILTIN_MESSAGES as Record<string, MessageDef>)[o.messageId];
  if (msg === undefined) {
    return toFinding(rule, cfg, { messageId: 'rule-error', data: { error: `unknown messageId ${o.messageId}` }, occurrence: 'error' }, calendar);
  }
  const data: Record<string, DataValue> = {};
  const dates: ComputedDate[] = [];
  const d = o.deadline;
  let due: string | undefined;
  let nominal: string | undefined;
  let dueAt: string | undefined;
  let calendarCovered: boolean | undefined;
  if (d?.kind === 'day') {
    data.start = d.start;
    data.nominal = d.nominal;
    data.due = d.due;
    data.warnFrom = d.warnFrom;
    due = d.due;
    nominal = d.nominal;
    calendarCovered = d.calendarCovered;
    dates.push({ kind: 'start', label: DATE_LABELS.start, value: d.start });
    if (d.nominal !== d.due) dates.push({ kind: 'nominal', label: DATE_LABELS.nominal, value: d.nominal });
    dates.push({ kind: 'due', label: DATE_LABELS.due, value: d.due });
    dates.push({ kind: 'warn-from', label: DATE_LABELS.warnFrom, value: d.warnFrom });
  } else if (d?.kind === 'hour') {
    data.start = d.start;
    data.due = d.due;
    data.warnFrom = d.warnFrom;
    due = d.due.slice(0, 10);
    dueAt = d.due;
    dates.push({ kind: 'start', label: DATE_LABELS.startAt, value: d.start });
    dates.push({ kind: 'due', label: DATE_LABELS.dueAt, value: d.due });
    dates.push({ kind: 'warn-from', label: DATE_LABELS.warnFromAt, value: d.warnFrom });
  }
  if (o.data !== undefined) for (const k in o.data) if (o.data[k] !== undefined) data[k] = o.data[k];
  if (o.missing !== undefined && o.missing.length > 0 && data.fields === undefined) data.fields = fieldList(o.missing);
  if (o.dates !== undefined) dates.push(...o.dates);
  if (d?.kind === 'day' && d.internalDue !== undefined) dates.push({ kind: 'info', label: DATE_LABELS.internalDue, value: d.internalDue });
  const anchor = o.anchor !== undefined && meta.fields.includes(o.anchor) ? o.anchor : meta.anchor;
  const occurrence = o.occurrence ?? (d !== undefined ? d.start : 'case');
  let light = msg.light;
  let messageId: string = o.messageId;
  let message = { zh: render(msg.zh, data, 'zh'), en: render(msg.en, data, 'en') };
  // A limit the law does not set is the unit's to adopt: until it does, a reminder without points.
  let policy: 'adopted' | 'not-adopted' | undefined;
  if (light === 'red' && msg.policy === true) {
    policy = cfg.adopted ? 'adopted' : 'not-adopted';
    if (!cfg.adopted) light = 'yellow';
    message = { zh: message.zh + POLICY_NOTES[policy].zh, en: message.en + POLICY_NOTES[policy].en };
  }
  // A due date in a year without the State Council's arrangement may still move: never red then.
  if (light === 'red' && d?.kind === 'day' && !isYearCovered(d.due, calendar)) {
    const b = BUILTIN_MESSAGES['calendar-not-loaded'];
    const year = Number(d.due.slice(0, 4));
    const bd: Record<string, DataValue> = { ...data, year, detail: message };
    light = b.light;
    messageId = 'calendar-not-loaded';
    message = { zh: render(b.zh, bd, 'zh'), en: render(b.en, bd, 'en') };
    data.year = year;
    policy = undefined;
  }
  const f: Finding = {
    ruleId: meta.id,
    ruleVersion: meta.version,
    title: meta.title,
    severity: meta.severity,
    light,
    anchor,
    messageId,
    message,
    data,
    basis: meta.basis as Finding['basis'],
    occurrenceKey: `${meta.id}:${occurrence}`,
    dates,
  };
  if (meta.catalogue !== undefined) f.catalogue = meta.catalogue;
  if (due !== undefined) f.due = due;
  if (nominal !== undefined) f.nominal = nominal;
  if (dueAt !== undefined) f.dueAt = dueAt;
  if (calendarCovered !== undefined) f.calendarCovered = calendarCovered;
  if (o.missing !== undefined && o.missing.length > 0) f.missingFields = [...o.missing];
  if (policy !== undefined) f.policy = policy;
  if (light === 'red') f.points = pointsFor(rule, messageId, cfg);
  return f;
}

function appliesTo(rule: Rule, snapshot: CaseSnapshot): boolean {
  const p = rule.meta.procedures;
  if (p !== 'any' && (snapshot.procedure === undefined || !p.includes(snapshot.procedure))) return false;
  return rule.applies(snapshot);
}

/**
 * Checks a case snapshot against the rules and returns one finding per rule occurrence, in
 * registry order (see {@link sortFindings} for worst first). The snapshot may be raw form data, or
 * the read `readCaseSnapshot`/`mergeCaseReads` made of it (then it is not parsed again):
 * unreadable values are dropped and reported by the `data-consistency` rule; a rule that fails
 * yields a grey `rule-error` finding. Throws EngineOptionsError only for bad options (`today`,
 * `now`, `config`), never because of the snapshot.
 *
 * @example
 * const findings = evaluate(
 *   { procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: true },
 *   { today: todayInShanghai() },
 * );
 * findings.filter((f) => f.light === 'red').map((f) => `${f.ruleId}: ${f.message.zh}`);
 */
export function evaluate(snapshot: unknown, options: EvaluateOptions): Finding[] {
  const { today, now } = options ?? ({} as EvaluateOptions);
  if (!isCivilDate(today)) throw new EngineOptionsError(`today must be YYYY-MM-DD, got ${String(today)}`);
  if (now !== undefined && !isCivilDateTime(now)) throw new EngineOptionsError(`now must be YYYY-MM-DDTHH:mm, got ${String(now)}`);
  const rules = options.rules ?? catalogue;
  const config = resolveConfig(options.config);
  // A read the page reader (or readCaseSnapshot) already made is taken as it is: read once.
  const { snapshot: c, issues } = isCaseRead(snapshot) ? snapshot : readCaseSnapshot(snapshot);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const cfg = config.forRule(rule);
    if (!cfg.enabled) continue;
    try {
      if (!appliesTo(rule, c)) {
        if (config.includeNotApplicable) findings.push(toFinding(rule, cfg, { messageId: 'not-applicable', occurrence: 'n/a' }, options.calendar));
        continue;
      }
      const requires = rule.meta.requires;
      if (requires !== undefined) {
        let missing: FieldId[] | undefined;
        for (const f of requires) if (c[f] === undefined) (missing ??= []).push(f);
        if (missing !== undefined) {
          findings.push(toFinding(rule, cfg, { messageId: 'inputs-missing', missing, occurrence: 'inputs' }, options.calendar));
          continue;
        }
      }
      const result = rule.check(c, new Context(today, now, issues, options.calendar, cfg));
      if (result === null || result === undefined) {
        if (config.includeNotApplicable) findings.push(toFinding(rule, cfg, { messageId: 'not-applicable', occurrence: 'n/a' }, options.calendar));
      } else if (Array.isArray(result)) {
        for (const o of result as readonly Outcome[]) findings.push(toFinding(rule, cfg, o, options.calendar));
      } else {
        findings.push(toFinding(rule, cfg, result as Outcome, options.calendar));
      }
    } catch (e) {
      findings.push(toFinding(rule, cfg, { messageId: 'rule-error', data: { error: errorText(e) }, occurrence: 'error' }, options.calendar));
    }
  }
  return findings;
}

/**
 * Orders findings worst first: red, yellow, grey, green; then by points, due date and rule id.
 *
 * @example findings.slice().sort(compareFindings)
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    LIGHT_ORDER[a.light] - LIGHT_ORDER[b.light] ||
    (b.points ?? 0) - (a.points ?? 0) ||
    (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.occurrenceKey.localeCompare(b.occurrenceKey)
  );
}

/**
 * A sorted copy, worst first.
 *
 * @example sortFindings(evaluate(snapshot, { today }))[0] // the finding to show on the badge
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/**
 * The worse of two lights (red > yellow > grey > green).
 *
 * @example findings.reduce((l, f) => worseLight(l, f.light), 'green') // the badge colour
 */
export function worseLight(a: Light, b: Light): Light {
  return LIGHT_ORDER[a] <= LIGHT_ORDER[b] ? a : b;
}

export interface FindingSummary {
  counts: Record<Light, number>;
  /** Worst light present; green when there are no findings. */
  worst: Light;
  /** Sum of points over red findings. */
  points: number;
}

/**
 * Counts per light, the worst light and the total red points — the toolbar badge.
 *
 * @example summarize(findings) // { counts: { red: 1, yellow: 2, green: 5, grey: 3 }, worst: 'red', points: 8 }
 */
export function summarize(findings: readonly Finding[]): FindingSummary {
  const counts: Record<Light, number> = { red: 0, yellow: 0, green: 0, grey: 0 };
  let worst: Light = 'green';
  let points = 0;
  for (const f of findings) {
    counts[f.light]++;
    worst = worseLight(worst, f.light);
    if (f.light === 'red') points += f.points ?? 0;
  }
  return { counts, worst, points };
}
