// Server-side HTML building for the training system: every interpolated value is escaped unless it
// is already a SafeHtml made by this module, so scenario text can never become markup.

/** A fragment of HTML that this module built; only its instances are inserted unescaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"'`]/g, (c) => ESCAPES[c]);
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value);
}

/**
 * Tagged template for HTML: literal parts are trusted, interpolations are escaped.
 *
 * @example html`<td>${'<img src=x>'}</td>` // <td>&lt;img src=x&gt;</td>
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Joins fragments (escaping plain strings). */
export function join(values: readonly HtmlValue[], separator = ''): SafeHtml {
  return new SafeHtml(values.map(render).join(separator));
}

/** Attribute list from an object: `false`/`undefined` omit the attribute, `true` writes it bare. */
export function attrs(map: Record<string, string | number | boolean | undefined>): SafeHtml {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(map)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`bad attribute name: ${name}`);
    if (value === undefined || value === false) continue;
    parts.push(value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`);
  }
  return new SafeHtml(parts.join(''));
}
