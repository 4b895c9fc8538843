// Renders the form sections of cards.ts as government-style label/value tables, each control in the
// display format its kind asks for (2025年9月8日, 2025/9/8, <input type="date">, 是/否 selects …).
import type { Control, Section } from '../cards.ts';
import { attrs, html, type SafeHtml } from '../html.ts';

/** Values to show: snapshot fields by id, other controls by form name. */
export interface FormValues {
  snapshot: Readonly<Record<string, unknown>>;
  extras: Readonly<Record<string, string>>;
}

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** 2025-09-08 → 2025年9月8日 */
export function dateCn(date: string): string {
  const [y, m, d] = parts(date);
  return `${y}年${m}月${d}日`;
}

/** 2025-09-08 → 2025/9/8 */
export function dateSlash(date: string): string {
  const [y, m, d] = parts(date);
  return `${y}/${m}/${d}`;
}

/** 2025-09-08T14:30 → 2025年9月8日 14时30分 */
export function dateTimeCn(dt: string): string {
  return `${dateCn(dt.slice(0, 10))} ${dt.slice(11, 13)}时${dt.slice(14, 16)}分`;
}

function rawValue(c: Control, v: FormValues): unknown {
  return c.field !== undefined ? v.snapshot[c.field] : v.extras[c.name];
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function control(c: Control, v: FormValues): SafeHtml {
  const value = rawValue(c, v);
  const common = { name: c.name, id: c.id, readonly: c.readonly, 'data-kind': c.kind };
  const str = typeof value === 'string' ? value : '';
  switch (c.kind) {
    case 'date-cn':
      return html`<input${attrs({ type: 'text', ...common, value: str ? dateCn(str) : '', placeholder: '例：2025年9月8日', class: 'w-date' })}>`;
    case 'date-slash':
      return html`<input${attrs({ type: 'text', ...common, value: str ? dateSlash(str) : '', placeholder: 'yyyy/m/d', class: 'w-date' })}>`;
    case 'date':
      return html`<input${attrs({ type: 'date', ...common, value: str })}>`;
    case 'datetime':
      return html`<input${attrs({ type: 'datetime-local', ...common, value: str })}>`;
    case 'datetime-text':
      return html`<input${attrs({ type: 'text', ...common, value: str ? dateTimeCn(str) : '', placeholder: '例：2025年9月8日 14时30分', class: 'w-datetime' })}>`;
    case 'yes-no': {
      const sel = value === true ? '是' : value === false ? '否' : '';
      return html`<select${attrs(common)}><option value=""${sel === '' ? html` selected` : ''}>--请选择--</option>${['是', '否'].map(
        (o) => html`<option value="${o}"${sel === o ? html` selected` : ''}>${o}</option>`,
      )}</select>`;
    }
    case 'select': {
      const shown = c.optionValues && typeof value === 'string' ? (c.optionValues[value] ?? value) : text(value);
      const options = c.options ?? [];
      return html`<select${attrs(common)}>${shown === '' && !options.includes('') ? html`<option value="" selected>--请选择--</option>` : ''}${options.map(
        (o) => html`<option value="${o}"${o === shown ? html` selected` : ''}>${o === '' ? '--请选择--' : o}</option>`,
      )}</select>`;
    }
    case 'checkbox':
      return html`<label class="check"><input${attrs({ type: 'checkbox', ...common, value: '1', checked: value === true })}>${c.label}</label>`;
    case 'number':
      return html`<input${attrs({ type: 'text', inputmode: 'numeric', ...common, value: text(value), class: 'w-num' })}>`;
    case 'textarea':
      return html`<textarea${attrs({ ...common, rows: 6 })}>${text(value)}</textarea>`;
    case 'text':
      return html`<input${attrs({ type: 'text', ...common, value: text(value), class: 'w-text' })}>`;
  }
}

function labelCell(c: Control): SafeHtml {
  if (c.kind === 'checkbox') return html`<td class="label"></td>`;
  // Some labels are real <label for> elements, most are plain label cells, as in the host system.
  if (c.id !== undefined) return html`<td class="label"><label for="${c.id}">${c.label}</label>：</td>`;
  return html`<td class="label">${c.label}：</td>`;
}

function row(controls: readonly Control[], v: FormValues): SafeHtml {
  if (controls.length === 1 && controls[0].wide) {
    const c = controls[0];
    return html`<tr>${labelCell(c)}<td colspan="3">${control(c, v)}</td></tr>`;
  }
  const cells = controls.map((c) => html`${labelCell(c)}<td>${control(c, v)}</td>`);
  const pad = controls.length === 1 ? html`<td class="label"></td><td></td>` : '';
  return html`<tr>${cells}${pad}</tr>`;
}

export function section(s: Section, v: FormValues): SafeHtml {
  return html`<fieldset class="form-section">
  <legend>${s.title}</legend>
  <table class="form-table">
    <colgroup><col class="c-label"><col class="c-value"><col class="c-label"><col class="c-value"></colgroup>
    <tbody>${s.rows.map((r) => row(r, v))}</tbody>
  </table>
</fieldset>`;
}
