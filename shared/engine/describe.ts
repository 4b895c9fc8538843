// describe(verdict, text) -> Finding: puts a verdict of the engine (ids, light, dates, data) into
// words. The wording comes in as data (a TextBundle): the full one from shared/rules/text where
// the whole registry is at hand (`evaluate`, the companion, the background), or the one the
// content script receives from the background (`rules/text`). Both describe through this module,
// so a finding reads the same wherever it is shown. Imports no wording itself besides the engine's
// own: the engine's wording (built-in messages, date labels, policy notes) comes in the bundle too.
import { formatCivil } from '../calendar';
import type { Bilingual } from '../case';
import type { ComputedDate, DataValue, PhraseRef, TextBundle } from '../rules/lib/types';
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

function template(text: TextBundle, ruleId: string, messageId: string): Bilingual {
  return text.rules[ruleId]?.messages[messageId] ?? text.engine.messages[messageId] ?? { zh: messageId, en: messageId };
}

/** How the panel labels a deadline's date (`start`, `due`, `dueAt`, …). */
function dateLabel(text: TextBundle, key: string): Bilingual {
  return text.engine.dates[key] ?? { zh: key, en: key };
}

/** A phrase of the rule's wording (else the engine's), or a list of them; an unknown id reads as itself. */
function phrase(text: TextBundle, ruleId: string, ref: PhraseRef): Bilingual {
  const one = (id: string): Bilingual => text.rules[ruleId]?.phrases?.[id] ?? text.engine.phrases?.[id] ?? { zh: id, en: id };
  if (typeof ref.phrase === 'string') return one(ref.phrase);
  const all = ref.phrase.map(one);
  return { zh: all.map((p) => p.zh).join('、'), en: all.map((p) => p.en).join(', ') };
}

function both(t: Bilingual, data: Readonly<Record<string, ShownValue>>): Bilingual {
  return { zh: render(t.zh, data, 'zh'), en: render(t.en, data, 'en') };
}

/** What a unit-policy limit's message adds: adopted (red, points) or not (yellow, none). */
function withNote(text: TextBundle, m: Bilingual, policy: 'adopted' | 'not-adopted' | undefined): Bilingual {
  if (policy === undefined) return m;
  const note = text.engine.policy[policy];
  return note === undefined ? m : { zh: m.zh + note.zh, en: m.en + note.en };
}

/**
 * The finding a verdict reads as: its rule's title and basis, its message rendered in zh and en,
 * field references in `data` replaced by the fields' labels (or their values' labels). A rule or field the bundle lacks
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
    dates.push({ kind: 'start', label: dateLabel(text, 'start'), value: d.start });
    if (d.nominal !== d.due) dates.push({ kind: 'nominal', label: dateLabel(text, 'nominal'), value: d.nominal });
    dates.push({ kind: 'due', label: dateLabel(text, 'due'), value: d.due });
    dates.push({ kind: 'warn-from', label: dateLabel(text, 'warnFrom'), value: d.warnFrom });
  } else if (d?.kind === 'hour') {
    data.start = d.start;
    data.due = d.due;
    data.warnFrom = d.warnFrom;
    dates.push({ kind: 'start', label: dateLabel(text, 'startAt'), value: d.start });
    dates.push({ kind: 'due', label: dateLabel(text, 'dueAt'), value: d.due });
    dates.push({ kind: 'warn-from', label: dateLabel(text, 'warnFromAt'), value: d.warnFrom });
  }
  if (v.data !== undefined) {
    for (const k in v.data) {
      const x: DataValue | undefined = v.data[k];
      if (x !== undefined) {
        data[k] =
          typeof x !== 'object' ? x
          : 'field' in x ? (x.value === undefined ? label(x.field) : (text.values[x.field]?.[x.value] ?? { zh: x.value, en: x.value }))
          : 'phrase' in x ? phrase(text, v.ruleId, x)
          : x;
      }
    }
  }
  if (v.missingFields !== undefined && data.fields === undefined) {
    data.fields = { zh: v.missingFields.map((f) => label(f).zh).join('、'), en: v.missingFields.map((f) => label(f).en).join(', ') };
  }
  if (v.dates !== undefined) for (const x of v.dates) dates.push({ kind: x.kind, label: phrase(text, v.ruleId, x.label), value: x.value });
  if (d?.kind === 'day' && d.internalDue !== undefined) dates.push({ kind: 'info', label: dateLabel(text, 'internalDue'), value: d.internalDue });
  let message: Bilingual;
  if (v.detail !== undefined) {
    // calendar-not-loaded: the outcome it stands in for, as its detail.
    const detail = withNote(text, both(template(text, v.ruleId, v.detail.messageId), data), v.detail.policy);
    data.year = v.detail.year;
    message = both(template(text, v.ruleId, v.messageId), { ...data, detail });
  } else {
    message = withNote(text, both(template(text, v.ruleId, v.messageId), data), v.policy);
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
