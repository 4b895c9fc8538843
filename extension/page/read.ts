// Reads one located field's value: inputs, selects (selected option text or value), checkboxes,
// radio groups and plain text, then applies the adapter's map and parse kind.
import type { FieldLocator, ReadKind } from '../../shared/adapters/schema';
import { parseAs, parseWithFormat, type ParseKind } from '../../shared/adapters/parse';
import type { FieldType } from '../../shared/case/fields';
import { ownText, type Located } from './locate';

/** What the page shows for a field: texts to try in order (shown text first), or a checkbox state. */
export interface RawValue {
  texts: string[];
  checked?: boolean;
}

function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

function radioLabel(radio: HTMLInputElement): string {
  const labels = radio.labels;
  if (labels && labels.length > 0) return squash(ownText(labels[0]));
  const next = radio.nextSibling;
  if (next && next.nodeType === 3) return squash(next.nodeValue ?? '');
  if (next && next.nodeType === 1 && (next as Element).tagName === 'LABEL') return squash(ownText(next as Element));
  return '';
}

function one(v: string): RawValue {
  const t = squash(v);
  return { texts: t === '' ? [] : [t] };
}

/**
 * The raw value of a located field (empty texts = nothing filled in). `mode` (adapter v2 `read`)
 * says what to take: a control's `value`, an element's `text`, a checkbox's `checked` state, the
 * chosen `radio` of a group, or a select's shown text (`selectText`); without it, what suits the element.
 */
export function readRaw(loc: Located, mode?: ReadKind): RawValue {
  const el0 = loc.element;
  switch (mode) {
    case 'text':
      return one(el0.tagName === 'SELECT' ? selectedText(el0 as HTMLSelectElement) : ownText(el0));
    case 'value':
      if (el0.tagName === 'INPUT' || el0.tagName === 'TEXTAREA' || el0.tagName === 'SELECT') return one((el0 as HTMLInputElement).value);
      return one(el0.textContent ?? '');
    case 'checked':
      if (el0.tagName === 'INPUT') return { texts: [], checked: (el0 as HTMLInputElement).checked };
      return { texts: [] };
    case 'selectText':
      return el0.tagName === 'SELECT' ? one(selectedText(el0 as HTMLSelectElement)) : one(el0.textContent ?? '');
    default:
      break;
  }
  if (loc.group) {
    const on = loc.group.find((r) => r.checked);
    return { texts: on ? [radioLabel(on), on.value].filter((t) => t !== '') : [] };
  }
  const el = loc.element;
  switch (el.tagName) {
    case 'INPUT': {
      const input = el as HTMLInputElement;
      if (input.type === 'checkbox') {
        const texts = input.checked && input.value !== 'on' ? [input.value] : [];
        return { texts, checked: input.checked };
      }
      if (input.type === 'radio') {
        return { texts: input.checked ? [radioLabel(input), input.value].filter((t) => t !== '') : [] };
      }
      const v = squash(input.value);
      return { texts: v === '' ? [] : [v] };
    }
    case 'TEXTAREA': {
      const v = squash((el as HTMLTextAreaElement).value);
      return { texts: v === '' ? [] : [v] };
    }
    case 'SELECT': {
      const select = el as HTMLSelectElement;
      const opt = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
      // A placeholder option ("请选择", value "") means nothing is chosen.
      if (!opt || opt.value === '') return { texts: [] };
      return { texts: [squash(opt.text), opt.value].filter((t, i, all) => t !== '' && all.indexOf(t) === i) };
    }
    default: {
      const v = squash(el.textContent ?? '');
      return { texts: v === '' ? [] : [v] };
    }
  }
}

function selectedText(select: HTMLSelectElement): string {
  const opt = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
  return !opt || opt.value === '' ? '' : opt.text;
}

/** The adapter's parse kind, or the natural one for the field's registry type. */
export function parseKindFor(locator: FieldLocator, type: FieldType | undefined): ParseKind {
  if (locator.parse) return locator.parse;
  switch (type) {
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'boolean':
      return 'yes-no';
    case 'number':
      return 'number';
    default:
      return 'text';
  }
}

export type ReadIssueCode = 'invalid-date' | 'invalid-datetime' | 'invalid-boolean' | 'invalid-number' | 'unmapped';

export interface Converted {
  value?: string | number | boolean;
  issue?: { code: ReadIssueCode; value: string };
}

const ISSUE_OF: Record<ParseKind, ReadIssueCode | undefined> = {
  date: 'invalid-date',
  datetime: 'invalid-datetime',
  'yes-no': 'invalid-boolean',
  number: 'invalid-number',
  text: undefined,
};

/** Turns a raw value into the field's value through the adapter's map, then its parse kind. */
export function convert(raw: RawValue, locator: FieldLocator, type: FieldType | undefined): Converted {
  const kind = parseKindFor(locator, type);
  if (raw.checked !== undefined && kind === 'yes-no' && !locator.map) return { value: raw.checked };
  if (raw.texts.length === 0) return {};
  let texts = raw.texts;
  if (locator.map) {
    const hit = texts.find((t) => Object.hasOwn(locator.map!, t));
    if (hit === undefined) return { issue: { code: 'unmapped', value: texts[0] } };
    texts = [locator.map[hit]];
  }
  const format = locator.format;
  for (const t of texts) {
    const v = format !== undefined && (kind === 'date' || kind === 'datetime') ? parseWithFormat(format, kind, t) : parseAs(kind, t);
    if (v !== undefined) return { value: v };
  }
  const code = ISSUE_OF[kind];
  return code ? { issue: { code, value: texts[0] } } : {};
}
