// The contract between a rule and the engine: what `check` may use (RuleContext) and return (Outcome).
import type { Bilingual, CaseSnapshot, FieldId, FieldIssue } from '../../case';
import type { CivilDate, CivilDateTime, Period } from '../../calendar';
import type { BuiltinMessageId, Light, RuleMeta, RuleText } from './meta';

/** Rule metadata as written in a rule file: inferred from RuleMetaSchema (lib/meta-schema.ts), which validates it. */
export type { RuleMeta };
/** A rule's wording as written in shared/rules/text/<id>.ts: inferred from RuleTextSchema. */
export type { RuleText };

/**
 * A field named in a message: the label of the field, put in when the finding is described
 * (the wording of fields lives in shared/case/field-text.ts, not in the rules' logic).
 */
export interface FieldRef {
  readonly field: string;
  /** A value of the (enum) field: the value's label is put in instead (field-text.ts VALUE_TEXT). */
  readonly value?: string;
}

/**
 * A phrase of the rule's wording (`phrases` of shared/rules/text/<id>.ts; for the helpers of
 * rules/lib, the engine's `phrases`), put in when the finding is described, as field labels are:
 * the wording stays out of the rules' logic. Several ids read as a list (、 in zh, `, ` in en; none
 * reads as nothing).
 */
export interface PhraseRef {
  readonly phrase: string | readonly string[];
}

/** A placeholder value: plain, per language, a field whose label it shows, or phrases of the rule's wording. */
export type DataValue = string | number | boolean | Bilingual | FieldRef | PhraseRef;

/** A date the rule computed or relied on, listed in the panel so the prosecutor can check it. */
export interface ComputedDate {
  kind: 'start' | 'nominal' | 'due' | 'warn-from' | 'done' | 'info';
  label: Bilingual;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
  value: string;
}

/** A date as a rule lists it: its label a phrase of the rule's wording (`describe` puts it into words). */
export interface RuleDate {
  kind: ComputedDate['kind'];
  label: PhraseRef;
  value: string;
}

/** A day-based deadline as the engine computed it (calendar + warning window). */
export interface DayDeadline {
  kind: 'day';
  /** The day the period ran from (not counted). */
  start: CivilDate;
  period: Period;
  /** Whole days added for excluded time (psychiatric evaluation, 刑诉法 149). */
  excludedDays: number;
  inCustody: boolean;
  nominal: CivilDate;
  due: CivilDate;
  rolledOver: boolean;
  calendarCovered: boolean;
  /**
   * The unit's stricter internal date (rule-config `internalNominalDue`): the nominal expiry where
   * the law moved the due date off a rest day. Missing it is yellow without points, never red.
   */
  internalDue?: CivilDate;
  /** First day the light turns yellow while the act is pending. */
  warnFrom: CivilDate;
}

/** An hour deadline (24-hour notices): counted from the next full hour after the start (刑诉法 105 ②). */
export interface HourDeadline {
  kind: 'hour';
  start: CivilDateTime;
  hours: number;
  due: CivilDateTime;
  warnFrom: CivilDateTime;
}

export type AnyDeadline = DayDeadline | HourDeadline;

/** Where a pending act stands against its deadline today. */
export type PendingState = 'open' | 'due-soon' | 'overdue';

/**
 * One result of a check. The light comes from `meta.messages[messageId].light`, so a rule cannot
 * light red without a red message that has points.
 */
export interface Outcome<M extends string = string> {
  messageId: M | BuiltinMessageId;
  /** Placeholder values; undefined entries are dropped. Never put a private field's value here. */
  data?: Record<string, DataValue | undefined>;
  deadline?: AnyDeadline;
  /** Overrides meta.anchor (must be one of meta.fields). */
  anchor?: FieldId;
  /**
   * Identifies this occurrence within the case and rule; defaults to the deadline's start. It
   * must change when the clock restarts and stay the same across re-checks.
   */
  occurrence?: string;
  /** Fields that were missing (with `inputs-missing`). */
  missing?: readonly FieldId[];
  /** Extra dates for the panel (the deadline's own dates are added by the engine). */
  dates?: RuleDate[];
}

/** `undefined`/`null` = the rule turns out not to apply (no finding). */
export type CheckResult<M extends string = string> = Outcome<M> | readonly Outcome<M>[] | null | undefined;

export interface DeadlineOptions {
  /**
   * 刑诉法 105 ④: a last day on a rest day moves to the next working day, for every period and
   * whoever owes the act, unless the person is in custody (在押); then it stands.
   */
  inCustody: boolean;
  /** Days excluded from the period (psychiatric evaluation), added to the nominal expiry. */
  excludedDays?: number;
  /** Key into a per-period `warningDays` record (e.g. '15d'). */
  variant?: string;
}

/** What a check may use besides the snapshot. Everything is pure and deterministic. */
export interface RuleContext {
  /** Civil date in Asia/Shanghai. */
  readonly today: CivilDate;
  /** Wall-clock time in Asia/Shanghai, when the caller gave one (hour rules fall back to `today`). */
  readonly now?: CivilDateTime;
  /** Problems the lenient reader found in the raw snapshot (for data-consistency). */
  readonly inputIssues: readonly FieldIssue[];
  /** A configurable choice: the configured value, else the catalogue's recommendation in meta. */
  option<T extends boolean | number | string>(name: string): T;
  /** Computes a day deadline over the calendar (刑诉法 105, 高法解释 202), with this rule's warning period. */
  deadline(start: CivilDate, period: Period, options: DeadlineOptions): DayDeadline;
  /** The hour period from `start` (counted from the next full hour, 刑诉法 105 ②), with this rule's hour warning period. */
  hourDeadline(start: CivilDateTime, hours: number): HourDeadline;
  /** Where a still-pending act stands today. */
  pending(deadline: AnyDeadline): PendingState;
  /** The grey "cannot decide yet" outcome naming the missing fields. */
  missing(...fields: FieldId[]): Outcome<never>;
  addDays(date: CivilDate, n: number): CivilDate;
  addMonths(date: CivilDate, n: number): CivilDate;
  /** `b - a` in days. */
  diffDays(a: CivilDate, b: CivilDate): number;
  isWorkday(date: CivilDate): boolean;
}

/** A rule: metadata plus two pure functions (ESLint's meta/create split, axe's matches/check). */
export interface Rule<M extends string = string> {
  readonly meta: RuleMeta;
  /** Cheap applicability test on the snapshot (axe `matches`); false = no finding. */
  applies(snapshot: CaseSnapshot): boolean;
  check(snapshot: CaseSnapshot, ctx: RuleContext): CheckResult<M>;
}

export type { Light };

/** The part of a rule's wording a finding is shown in (no description, no option docs). */
export interface ShownRuleText {
  readonly title: Bilingual;
  readonly basis: RuleText['basis'];
  readonly deadline?: Bilingual;
  /** messageId → its templates (`{{placeholders}}` unrendered). */
  readonly messages: Readonly<Record<string, Bilingual>>;
  /** Phrase id → the phrase a `{ phrase }` data value or date label names. */
  readonly phrases?: Readonly<Record<string, Bilingual>>;
}

/**
 * The wording findings are described in: rule id → its shown text, field id → its label, the
 * engine's own wording. Built by
 * `textBundle()` (shared/rules/text); the content script receives it from the background.
 */
export interface TextBundle {
  rules: Record<string, ShownRuleText>;
  fields: Record<string, Bilingual>;
  /** The enum fields' value labels: field id → value id → label (VALUE_TEXT of shared/case/field-text.ts). */
  values: Record<string, Record<string, Bilingual>>;
  /** The cited laws' English names, by their Chinese name (`LAWS` of rules/lib/meta.ts), for a basis read in English. */
  laws: Record<string, string>;
  engine: EngineText;
}

/** The engine's own wording (shared/rules/text `ENGINE_TEXT`). */
export interface EngineText {
  /** Templates of the built-in messages (`inputs-missing`, `calendar-not-loaded`, …). */
  readonly messages: Readonly<Record<string, Bilingual>>;
  /** Labels of a deadline's dates in the panel (`start`, `due`, `warnFrom`, `dueAt`, …). */
  readonly dates: Readonly<Record<string, Bilingual>>;
  /** What a unit-policy limit's message adds: adopted (red, points) or not (yellow, none). */
  readonly policy: Readonly<Record<'adopted' | 'not-adopted', Bilingual>>;
  /** Phrases the helpers of rules/lib name (custody measures, a done date's label), for any rule. */
  readonly phrases: Readonly<Record<string, Bilingual>>;
}
