// FormCheckModel: this frame's read of the page (+ what other frames read) → the engine → findings.
// Signals hold inputs; everything shown is computed from them (signals' PerformanceInsightsModel).
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { nowInShanghai, todayInShanghai, type Calendar } from '../../shared/calendar';
import type { Rule } from '../../shared/rules/lib/types';
import { compareFindings, summarize, type EvaluateOptions, type Finding, type Light } from '../../shared/engine';
import { objectionKey, type Objection } from '../protocol';
import type { ReadIssue } from '../page/snapshot';
import { mergeCaseReads, readCaseSnapshot, type ReadSnapshot } from '../../shared/case/snapshot';
import { wording } from './wording';

export type Evaluate = (snapshot: unknown, options: EvaluateOptions) => Finding[];

/** What this frame read: values (for the engine), which fields it shows, and what it could not read. */
export interface LocalRead {
  values: Record<string, unknown>;
  /** Fields shown in this frame, filled in or not; an empty one here hides another frame's value. */
  fields: readonly string[];
  issues: ReadIssue[];
  missing: string[];
  /** `values` as the page reader read them (readCaseSnapshot); read here when absent. */
  read?: ReadSnapshot;
}

export interface Clock {
  /** `YYYY-MM-DD`, Asia/Shanghai. */
  today: string;
  /** `YYYY-MM-DDTHH:mm`, Asia/Shanghai. */
  now: string;
}

const EMPTY_READ: LocalRead = { values: {}, fields: [], issues: [], missing: [] };

/** The case as one view: other frames' values, overridden by every field this frame shows. */
export function mergeCaseView(remote: Readonly<Record<string, unknown>>, local: LocalRead): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(remote)) if (v !== null && v !== undefined) view[k] = v;
  for (const f of local.fields) delete view[f];
  return Object.assign(view, local.values);
}

export interface Evaluation {
  findings: Finding[];
  /** Set when the engine refused its options (a bad config); the panel shows it. */
  error?: string;
}

/**
 * Rules and calendar to evaluate with (central configuration: withRuleConfigs of
 * shared/engine/config.ts, deserializeCalendar of shared/calendar). Absent rules: the registry's;
 * absent calendar: `evaluate`'s bundled one, while the checker's `evaluateWithWording` refuses
 * (its calendar is the one the background sends).
 */
export interface EngineInputs {
  rules?: readonly Rule[];
  calendar?: Calendar;
}

/** Pure: the sorted findings for a case view, or the engine's complaint. */
export function deriveEvaluation(evaluate: Evaluate, view: unknown, clock: Clock, config?: unknown, engine: EngineInputs = {}): Evaluation {
  try {
    const options: EvaluateOptions = { today: clock.today, now: clock.now, config };
    if (engine.rules) options.rules = engine.rules;
    if (engine.calendar) options.calendar = engine.calendar;
    return { findings: evaluate(view, options).sort(compareFindings) };
  } catch (e) {
    return { findings: [], error: e instanceof Error ? e.message : String(e) };
  }
}

function signature(f: Finding): string {
  return `${f.ruleId}\u0001${f.occurrenceKey}\u0001${f.light}\u0001${f.anchor}\u0001${f.messageId}\u0001${f.message.zh}\u0001${f.message.en}\u0001${f.points ?? ''}`;
}

/** Counts per light, the worst light (null when there is no finding) and the red points. */
export function summarizeFindings(findings: readonly Finding[]): { counts: Record<Light, number>; worst: Light | null; points: number } {
  const s = summarize(findings);
  return { counts: s.counts, worst: findings.length === 0 ? null : s.worst, points: s.points };
}

/** Item by item (=== unless `eq` says otherwise). */
function same<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean = (x, y) => x === y): boolean {
  return a === b || a.length === b.length && a.every((x, i) => eq(x, b[i]));
}

const sameIssue = (x: ReadIssue, y: ReadIssue) => x.field === y.field && x.code === y.code && x.value === y.value;

/** Field by field: the page reader's values are strings, numbers and booleans. */
function sameRead(a: LocalRead, b: LocalRead): boolean {
  const keys = Object.keys(a.values);
  return same(a.fields, b.fields) && same(keys, Object.keys(b.values)) && keys.every((k) => a.values[k] === b.values[k]) && same(a.issues, b.issues, sameIssue) && same(a.missing, b.missing);
}

/** A computed that keeps its previous value while the next is `eq` to it (default: a list of the same objects). */
function stable<T>(derive: () => T, name: string, eq: (a: T, b: T) => boolean = same as never) {
  let prev: T | undefined;
  return computed(() => {
    const next = derive();
    return prev !== undefined && eq(prev, next) ? prev : (prev = next);
  }, { name });
}

export interface FormCheckOptions {
  evaluate: Evaluate;
  clock: Clock;
  config?: unknown;
  /** Central rules and calendar as a signal of the caller's (the overlay model computes them from the settings); else set with setEngine. */
  engine?: ReadonlySignal<EngineInputs>;
}

/** What another frame of the tab found, as far as the tab's counts need it. */
export interface OtherFinding {
  occurrenceKey: string;
  light: Light;
}

export function createFormCheckModel({ evaluate, clock: initialClock, config: initialConfig, engine: engineInput }: FormCheckOptions) {
  const read = signal<LocalRead>(EMPTY_READ);
  const remote = signal<Readonly<Record<string, unknown>>>({});
  const clock = signal<Clock>(initialClock);
  const config = signal<unknown>(initialConfig);
  const ownEngine = signal<EngineInputs>({});
  const engine: ReadonlySignal<EngineInputs> = engineInput ?? ownEngine;
  const otherFindings = signal<readonly OtherFinding[]>([]);
  const objections = signal<Readonly<Record<string, Objection>>>({});

  const caseView = computed(() => mergeCaseView(remote.value, read.value), { name: 'caseView' });
  // The case as the engine reads it: other frames' values read once when they arrive, this frame's
  // as the page reader read them; `evaluate` takes the merged read without parsing it again.
  // Enum values' Chinese labels read with the wording's (set before anything is read or drawn).
  const remoteRead = computed(() => readCaseSnapshot(remote.value, wording.value.values), { name: 'remoteRead' });
  const caseRead = computed(() => {
    const local = read.value;
    const own = local.read ?? readCaseSnapshot(local.values, wording.value.values);
    // Nothing from other frames (one frame shows the whole case): this frame's read is the case.
    return Object.keys(remote.value).length ? mergeCaseReads(remoteRead.value, own, local.fields) : own;
  }, { name: 'caseRead' });

  // Keeps the previous array when nothing visible changed, so typing that changes no finding
  // re-renders nothing. The engine hands back the findings of rules that decided as before (the
  // same objects): only other pairs are compared by their signatures.
  let last: Evaluation = { findings: [] };
  const evaluation = computed(
    () => {
      const next = deriveEvaluation(evaluate, caseRead.value, clock.value, config.value, engine.value);
      return next.error === last.error && same(next.findings, last.findings, (x, y) => x === y || signature(x) === signature(y)) ? last : (last = next);
    },
    { name: 'evaluation' },
  );
  /** The fields this frame shows, the same array while they are the same (the panel's items depend on it, not on every read). */
  const shownFields = stable(() => read.value.fields, 'shownFields');
  /** Every field some frame of this tab shows or showed for this case (filled in or not); the same set while it holds the same fields. */
  const seenFields = stable(() => new Set([...shownFields.value, ...Object.keys(remote.value)]), 'seenFields', (a, b) => a.size === b.size && [...b].every((f) => a.has(f)));
  /** What this frame could not read, and the mapped fields it does not show; the same object while they are the same. */
  const diagnostics = stable(() => ({ issues: read.value.issues, missing: read.value.missing }), 'diagnostics', (a, b) => same(a.issues, b.issues, sameIssue) && same(a.missing, b.missing));

  /**
   * Findings whose anchor field has been seen. A rule anchored on a field on a tab not opened yet
   * would otherwise light red for a date that is filled in there: those wait, as `unverified`.
   */
  const findings = stable(() => evaluation.value.findings.filter((f) => seenFields.value.has(f.anchor)), 'findings');
  const unverified = stable(() => evaluation.value.findings.filter((f) => !seenFields.value.has(f.anchor)), 'unverified');

  const summary = computed(() => summarizeFindings(findings.value), { name: 'summary' });

  /**
   * The tab's counts, as the side panel and the badge show them (background/tabs.ts `tabSummary`):
   * this frame's findings, then other frames' findings this frame does not have, by occurrence.
   */
  const tabCounts = computed(() => {
    const own = findings.value;
    const others = otherFindings.value;
    if (others.length === 0) return summary.value.counts;
    const counts = { ...summary.value.counts };
    const seen = new Set(own.map((f) => f.occurrenceKey));
    for (const f of others) {
      if (seen.has(f.occurrenceKey)) continue;
      seen.add(f.occurrenceKey);
      counts[f.light]++;
    }
    return counts;
  }, { name: 'tabCounts' });

  /**
   * Findings whose anchor field is shown in this frame, by field id. The previous map, and each
   * field's previous list, are kept while their findings are the same objects: an input that
   * changes no light hands the lights the same map, so nothing re-renders.
   */
  let lastByField: ReadonlyMap<string, readonly Finding[]> = new Map();
  const findingsByField = computed(
    () => {
      const shown = new Set(shownFields.value);
      const map = new Map<string, readonly Finding[]>();
      for (const f of findings.value) if (shown.has(f.anchor)) map.set(f.anchor, [...(map.get(f.anchor) ?? []), f]);
      let changed = map.size !== lastByField.size;
      for (const [field, list] of map) {
        const old = lastByField.get(field);
        if (old && same(old, list)) map.set(field, old);
        else changed = true;
      }
      return changed ? (lastByField = map) : lastByField;
    },
    { name: 'findingsByField' },
  );

  /**
   * The fields that have or have had lights, in the order this frame shows them; the same array
   * while they are the same. A field whose lights go out keeps its (empty) group: a light that moves
   * from one field to another (red on the date, yellow on its proof) mounts and unmounts nothing.
   */
  const lit = new Set<string>();
  const litFields = stable(() => shownFields.value.filter((f) => (findingsByField.value.has(f) ? lit.add(f) : lit.has(f))), 'litFields');
  /** One field's findings (findingsByField's list): a light that flips re-renders its own group, not the lights of every field. */
  const ofField = new Map<string, ReadonlySignal<readonly Finding[] | undefined>>();
  function findingsAt(field: string) {
    let s = ofField.get(field);
    if (!s) ofField.set(field, (s = computed(() => findingsByField.value.get(field))));
    return s;
  }

  // As caseView has it (this frame's value when it shows the field), without copying every value per input.
  const caseNumber = computed(() => {
    const local = read.value;
    const v = Object.hasOwn(local.values, 'caseNumber') || local.fields.includes('caseNumber') ? local.values.caseNumber : remote.value.caseNumber;
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  }, { name: 'caseNumber' });

  function objectionFor(f: Finding): Objection | undefined {
    const cn = caseNumber.value;
    return cn === undefined ? undefined : objections.value[objectionKey({ caseNumber: cn, ruleId: f.ruleId, occurrenceKey: f.occurrenceKey })];
  }

  return {
    read,
    remote,
    clock,
    config,
    engine,
    objections,
    caseView,
    caseRead,
    evaluation,
    seenFields,
    shownFields,
    diagnostics,
    findings,
    unverified,
    summary,
    otherFindings,
    tabCounts,
    findingsByField,
    litFields,
    findingsAt,
    caseNumber,
    objectionFor,
    /** Sets this frame's read; a read equal to the current one changes nothing. Returns whether it changed. */
    setRead(next: LocalRead): boolean {
      if (sameRead(read.peek(), next)) return false;
      read.value = next;
      return true;
    },
    setRemote(next: Readonly<Record<string, unknown>>) {
      if (JSON.stringify(next) !== JSON.stringify(remote.peek())) remote.value = next;
    },
    setClock(next: Clock) {
      const c = clock.peek();
      if (c.today !== next.today || c.now !== next.now) clock.value = next;
    },
    /** Central rules and calendar (when not given as a signal); re-evaluates when either object changes. */
    setEngine(next: EngineInputs) {
      const e = ownEngine.peek();
      if (e.rules !== next.rules || e.calendar !== next.calendar) ownEngine.value = next;
    },
    /** Other frames' findings (the background's merge); a list with the same occurrences and lights changes nothing. */
    setOtherFindings(next: readonly OtherFinding[]) {
      const key = (l: readonly OtherFinding[]) => l.map((f) => `${f.occurrenceKey}\u0001${f.light}`).join('\n');
      if (key(next) !== key(otherFindings.peek())) otherFindings.value = next;
    },
    setObjections(list: readonly Objection[]) {
      batch(() => {
        objections.value = Object.fromEntries(list.map((o) => [o.key, o]));
      });
    },
    addObjection(o: Objection) {
      objections.value = { ...objections.peek(), [o.key]: o };
    },
  };
}

export type FormCheckModel = ReturnType<typeof createFormCheckModel>;

/** The Asia/Shanghai wall clock, as the engine expects it. */
export function shanghaiClock(now: Date = new Date()): Clock {
  return { today: todayInShanghai(now), now: nowInShanghai(now) };
}
