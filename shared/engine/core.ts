// decide(snapshot, options) -> Verdict[]: the engine without its words. A verdict is a finding's
// ids, light, points, dates and placeholder data; `describe` (describe.ts) puts it into words when
// it is shown, from wording passed in as data. The content script runs this module and receives
// the wording from the background, so no rule text is injected into every frame. Pure: no clock,
// no I/O; bad data in the snapshot becomes verdicts, never exceptions.
import { isCivilDate, isYearCovered, type Calendar, type CivilDate, type CivilDateTime } from '../calendar';
import { isCaseRead, isCivilDateTime, readCaseSnapshot, type Bilingual, type CaseSnapshot, type FieldId } from '../case';
import { rules as catalogue } from '../rules';
import { BUILTIN_MESSAGES, type Light } from '../rules/lib/meta';
import type { ComputedDate, DataValue, Outcome, Rule } from '../rules/lib/types';
import { EngineOptionsError, pointsFor, resolveConfig, type ResolvedRuleConfig } from './config';
import { Context } from './context';
import type { Finding } from './finding';

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

/**
 * A finding before it is put into words: no title, message or basis; `data` may name fields
 * (`{ field }`) whose labels `describe` puts in.
 */
export type Verdict = Omit<Finding, 'title' | 'message' | 'basis' | 'data'> & {
  data: Record<string, DataValue>;
  /** For `calendar-not-loaded`: the outcome it stands in for, shown as its detail. */
  detail?: { messageId: string; policy?: 'adopted' | 'not-adopted' };
};

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

function errorText(e: unknown): string {
  const s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return s.length > 200 ? s.slice(0, 199) + '…' : s;
}

type MessageDef = { light: Light; policy?: boolean };
const BUILTIN = BUILTIN_MESSAGES as Readonly<Record<string, MessageDef>>;

function toVerdict(rule: Rule, cfg: ResolvedRuleConfig, o: Outcome, calendar: Calendar | undefined): Verdict {
  const meta = rule.meta;
  const msg: MessageDef | undefined = meta.messages[o.messageId] ?? BUILTIN[o.messageId];
  if (msg === undefined) {
    return toVerdict(rule, cfg, { messageId: 'rule-error', data: { error: `unknown messageId ${o.messageId}` }, occurrence: 'error' }, calendar);
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
  if (o.dates !== undefined) dates.push(...o.dates);
  if (d?.kind === 'day' && d.internalDue !== undefined) dates.push({ kind: 'info', label: DATE_LABELS.internalDue, value: d.internalDue });
  const anchor = o.anchor !== undefined && meta.fields.includes(o.anchor) ? o.anchor : meta.anchor;
  const occurrence = o.occurrence ?? (d !== undefined ? d.start : 'case');
  let light = msg.light;
  let messageId: string = o.messageId;
  // A limit the law does not set is the unit's to adopt: until it does, a reminder without points.
  let policy: 'adopted' | 'not-adopted' | undefined;
  if (light === 'red' && msg.policy === true) {
    policy = cfg.adopted ? 'adopted' : 'not-adopted';
    if (!cfg.adopted) light = 'yellow';
  }
  let detail: Verdict['detail'];
  // A due date in a year without the State Council's arrangement may still move: never red then.
  if (light === 'red' && d?.kind === 'day' && !isYearCovered(d.due, calendar)) {
    detail = policy === undefined ? { messageId } : { messageId, policy };
    light = BUILTIN_MESSAGES['calendar-not-loaded'].light;
    messageId = 'calendar-not-loaded';
    data.year = Number(d.due.slice(0, 4));
    policy = undefined;
  }
  const v: Verdict = {
    ruleId: meta.id,
    ruleVersion: meta.version,
    severity: meta.severity,
    light,
    anchor,
    messageId,
    data,
    occurrenceKey: `${meta.id}:${occurrence}`,
    dates,
  };
  if (meta.catalogue !== undefined) v.catalogue = meta.catalogue;
  if (due !== undefined) v.due = due;
  if (nominal !== undefined) v.nominal = nominal;
  if (dueAt !== undefined) v.dueAt = dueAt;
  if (calendarCovered !== undefined) v.calendarCovered = calendarCovered;
  if (o.missing !== undefined && o.missing.length > 0) v.missingFields = [...o.missing];
  if (policy !== undefined) v.policy = policy;
  if (detail !== undefined) v.detail = detail;
  if (light === 'red') v.points = pointsFor(rule, messageId, cfg);
  return v;
}

function appliesTo(rule: Rule, snapshot: CaseSnapshot): boolean {
  const p = rule.meta.procedures;
  if (p !== 'any' && (snapshot.procedure === undefined || !p.includes(snapshot.procedure))) return false;
  return rule.applies(snapshot);
}

/**
 * Checks a case snapshot against the rules: one verdict per rule occurrence, in registry order.
 * The snapshot may be raw form data, or the read `readCaseSnapshot`/`mergeCaseReads` made of it
 * (then it is not parsed again). Throws EngineOptionsError only for bad options, never because of
 * the snapshot. `evaluate` (index.ts) is this plus `describe` with the full wording.
 */
export function decide(snapshot: unknown, options: EvaluateOptions): Verdict[] {
  const { today, now } = options ?? ({} as EvaluateOptions);
  if (!isCivilDate(today)) throw new EngineOptionsError(`today must be YYYY-MM-DD, got ${String(today)}`);
  if (now !== undefined && !isCivilDateTime(now)) throw new EngineOptionsError(`now must be YYYY-MM-DDTHH:mm, got ${String(now)}`);
  const rules = options.rules ?? catalogue;
  const config = resolveConfig(options.config);
  // A read the page reader (or readCaseSnapshot) already made is taken as it is: read once.
  const { snapshot: c, issues } = isCaseRead(snapshot) ? snapshot : readCaseSnapshot(snapshot);
  const out: Verdict[] = [];
  for (const rule of rules) {
    const cfg = config.forRule(rule);
    if (!cfg.enabled) continue;
    try {
      if (!appliesTo(rule, c)) {
        if (config.includeNotApplicable) out.push(toVerdict(rule, cfg, { messageId: 'not-applicable', occurrence: 'n/a' }, options.calendar));
        continue;
      }
      const requires = rule.meta.requires;
      if (requires !== undefined) {
        let missing: FieldId[] | undefined;
        for (const f of requires) if (c[f] === undefined) (missing ??= []).push(f);
        if (missing !== undefined) {
          out.push(toVerdict(rule, cfg, { messageId: 'inputs-missing', missing, occurrence: 'inputs' }, options.calendar));
          continue;
        }
      }
      const result = rule.check(c, new Context(today, now, issues, options.calendar, cfg));
      if (result === null || result === undefined) {
        if (config.includeNotApplicable) out.push(toVerdict(rule, cfg, { messageId: 'not-applicable', occurrence: 'n/a' }, options.calendar));
      } else if (Array.isArray(result)) {
        for (const o of result as readonly Outcome[]) out.push(toVerdict(rule, cfg, o, options.calendar));
      } else {
        out.push(toVerdict(rule, cfg, result as Outcome, options.calendar));
      }
    } catch (e) {
      out.push(toVerdict(rule, cfg, { messageId: 'rule-error', data: { error: errorText(e) }, occurrence: 'error' }, options.calendar));
    }
  }
  return out;
}
