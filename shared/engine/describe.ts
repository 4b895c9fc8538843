// describe(verdict, text) -> Finding: puts a verdict of the engine (ids, light, dates, data) into
// words. The wording comes in as data (a TextBundle): the full one from shared/rules/text where
// the whole registry is at hand (`evaluate`, the companion, the background), or the one the
// content script receives from the background (`rules/text`). Both describe through this module,
// so a finding reads the same wherever it is shown. Imports no wording itself besides the engine's
// own (built-in messages, policy notes).
import { formatCivil } from '../calendar';
import type { Bilingual } from '../case';
import { BUILTIN_MESSAGES } from '../rules/lib/meta';
import type { ComputedDate, DataValue, TextBundle } from '../rules/lib/types';
import type { Verdict } from './core';
import type { Finding } from './finding';

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/;
/** Templates split once into [literal, key, literal, key, …, literal]; rendering is then concatenation. */
const compiled = new Map<string, readonly string[]>();

/** A placeholder value as a finding keeps it: a field reference is already its label here. */
export type ShownValue = string | number | boolean | Bilingual;

/**
 * Fills a message template's `{{placeholders}}` from `data` in one language. Dates read as a
 * prosecutor writes them (2025年9月22日, 9月22日 11时); an absent value keeps its placeholder.
 *
 * @example render('{{measure}}后应于 {{due}} 前通知家属', { measure: { zh: '拘留', en: 'detention' }, due: '2025-09-22' }, 'zh')
 * // '拘留后应于 2025年9月22日 前通知家属'
 */
export function render(template: string, data: Readonly<Record<string, ShownValue>>, lang: 'zh' | 'en'): string {
  let parts = compiled.get(template);
  if (parts === undefined) compiled.set(template, (parts = template.split(PLACEHOLDER)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = data[parts[i]];
    out += (v === undefined ? `{{${parts[i]}}}` : typeof v === 'object' ? v[lang] : typeof v === 'string' ? formatCivil(v, lang) : String(v)) + parts[i + 1];
  }
  return out;
}

/** What a unit-policy limit's finding adds to its message: adopted (red, points) or not (yellow, none). */
const POLICY_NOTES: Readonly<Record<'adopted' | 'not-adopted', Bilingual>> = {
  'adopted': { zh: '（本院已采用该内部期限，计入瑕疵积分）', en: ' (the unit has adopted this policy limit: points are booked)' },
  'not-adopted': { zh: '（法律未规定此期限，为本院内部要求：仅作提示，不计分）', en: ' (the law sets no such limit; a unit policy: a reminder, no points)' },
};

const BUILTIN = BUILTIN_MESSAGES as Readonly<Record<string, Bilingual>>;

/** How the panel labels the dates of a deadline. */
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

function template(text: TextBundle, ruleId: string, messageId: string): Bilingual {
  return text.rules[ruleId]?.messages[messageId] ?? BUILTIN[messageId] ?? { zh: messageId, en: messageId };
}

function both(t: Bilingual, data: Readonly<Record<string, ShownValue>>): Bilingual {
  return { zh: render(t.zh, data, 'zh'), en: render(t.en, data, 'en') };
}

function withNote(m: Bilingual, policy: 'adopted' | 'not-adopted' | undefined): Bilingual {
  return policy === undefined ? m : { zh: m.zh + POLICY_NOTES[policy].zh, en: m.en + POLICY_NOTES[policy].en };
}

/**
 * The finding a verdict reads as: its rule's title and basis, its message rendered in zh and en,
 * field references in `data` replaced by the fields' labels. A rule or field the bundle lacks
 * reads as its id (never an exception).
 *
 * @example describe(decide(snapshot, { today })[0], textBundle()).message.zh
 */
export function describe(v: Verdict, text: TextBundle): Finding {
  const label = (id: string): Bilingual => text.fields[id] ?? { zh: id, en: id };
  const data: Record<string, ShownValue> = {};
  const dates: ComputedDate[] = [];
  const d = v.deadline;
  if (d?.kind === 'day') {
    data.start = d.start;
    data.nominal = d.nominal;
    data.due = d.due;
    data.warnFrom = d.warnFrom;
    dates.push({ kind: 'start', label: DATE_LABELS.start, value: d.start });
    if (d.nominal !== d.due) dates.push({ kind: 'nominal', label: DATE_LABELS.nominal, value: d.nominal });
    dates.push({ kind: 'due', label: DATE_LABELS.due, value: d.due });
    dates.push({ kind: 'warn-from', label: DATE_LABELS.warnFrom, value: d.warnFrom });
  } else if (d?.kind === 'hour') {
    data.start = d.start;
    data.due = d.due;
    data.warnFrom = d.warnFrom;
    dates.push({ kind: 'start', label: DATE_LABELS.startAt, value: d.start });
    dates.push({ kind: 'due', label: DATE_LABELS.dueAt, value: d.due });
    dates.push({ kind: 'warn-from', label: DATE_LABELS.warnFromAt, value: d.warnFrom });
  }
  if (v.data !== undefined) {
    for (const k in v.data) {
      const x: DataValue | undefined = v.data[k];
      if (x !== undefined) data[k] = typeof x === 'object' && 'field' in x ? label(x.field) : x;
    }
  }
  if (v.missingFields !== undefined && data.fields === undefined) {
    data.fields = { zh: v.missingFields.map((f) => label(f).zh).join('、'), en: v.missingFields.map((f) => label(f).en).join(', ') };
  }
  if (v.dates !== undefined) dates.push(...v.dates);
  if (d?.kind === 'day' && d.internalDue !== undefined) dates.push({ kind: 'info', label: DATE_LABELS.internalDue, value: d.internalDue });
  let message: Bilingual;
  if (v.detail !== undefined) {
    // calendar-not-loaded: the outcome it stands in for, as its detail.
    const detail = withNote(both(template(text, v.ruleId, v.detail.messageId), data), v.detail.policy);
    data.year = v.detail.year;
    message = both(template(text, v.ruleId, v.messageId), { ...data, detail });
  } else {
    message = withNote(both(template(text, v.ruleId, v.messageId), data), v.policy);
  }
  const rule = text.rules[v.ruleId];
  const f: Finding = {
    ruleId: v.ruleId,
    ruleVersion: v.ruleVersion,
    title: rule?.title ?? { zh: v.ruleId, en: v.ruleId },
    severity: v.severity,
    light: v.light,
    anchor: v.anchor,
    messageId: v.messageId,
    message,
    data,
    basis: (rule?.basis ?? []) as Finding['basis'],
    occurrenceKey: v.occurrenceKey,
    dates,
  };
  if (v.catalogue !== undefined) f.catalogue = v.catalogue;
  if (v.due !== undefined) f.due = v.due;
  if (v.nominal !== undefined) f.nominal = v.nominal;
  if (v.dueAt !== undefined) f.dueAt = v.dueAt;
  if (v.calendarCovered !== undefined) f.calendarCovered = v.calendarCovered;
  if (v.missingFields !== undefined) f.missingFields = [...v.missingFields];
  if (v.policy !== undefined) f.policy = v.policy;
  if (v.points !== undefined) f.points = v.points;
  return f;
}
