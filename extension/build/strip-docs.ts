// Vite plugin for the content-script build: drops from shared/rules and the field registry the
// human text the content script does not carry itself. Two kinds:
//  - documentation only, never shown by the overlay: rule `description` and `optionDocs`, field
//    `hint` (anywhere in those files);
//  - shown, but fetched at start as data from the background (`rules/text`, extension/rule-text.ts):
//    in a rule's `meta`, `title`, `deadline`, `basis` and each message's `zh`/`en` (its `light`
//    stays); in
//    the registry's `FIELDS`, each field's `label`.
// They stay in the source, the docs, the companion and the background. The content script,
// injected into every frame, carries only ids, lights and logic; it hydrates the text before its
// first evaluation, so findings read exactly as with the full registry.
import { parseAst } from 'vite';
import type { Plugin } from 'vite';

const FILES = /[\\/]shared[\\/](rules[\\/][^\\/]+|case[\\/]fields)\.ts$/;
const FIELDS_FILE = /[\\/]shared[\\/]case[\\/]fields\.ts$/;
const DOC_KEYS = new Set(['description', 'optionDocs', 'hint']);
/** Keys of a rule's `meta` the background sends as text. */
const META_TEXT_KEYS = new Set(['title', 'deadline', 'basis']);
const MESSAGE_TEXT_KEYS = new Set(['zh', 'en']);

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';
}

function propertyName(n: Node): string | undefined {
  const k = n.key as Node | undefined;
  if (!k || n.computed) return undefined;
  if (k.type === 'Identifier') return k.name as string;
  if (k.type === 'Literal' && typeof k.value === 'string') return k.value;
  return undefined;
}

function isObject(n: unknown): n is Node & { properties: Node[] } {
  return isNode(n) && n.type === 'ObjectExpression';
}

function isText(n: unknown): boolean {
  return isNode(n) && ((n.type === 'Literal' && typeof n.value === 'string') || n.type === 'TemplateLiteral');
}

/** Unwraps `x as const`, `x satisfies T` (source, not Vite's output). */
function unwrap(n: unknown): unknown {
  while (isNode(n) && (n.type === 'TSAsExpression' || n.type === 'TSSatisfiesExpression')) n = n.expression;
  return n;
}

export interface StripOptions {
  /** Also strip the text the background sends (`rules/text`): default false here, true in the plugin. */
  text?: boolean;
}

/** Ranges of properties to remove, each with its trailing comma; `fieldsFile` for shared/case/fields.ts. */
export function docRanges(code: string, options: StripOptions = {}, fieldsFile = false): [number, number][] {
  const text = options.text ?? false;
  const ranges: [number, number][] = [];
  const remove = (p: Node) => {
    let end = p.end;
    const m = /^\s*,/.exec(code.slice(end));
    if (m) end += m[0].length;
    ranges.push([p.start, end]);
  };
  const stripMeta = (meta: Node & { properties: Node[] }) => {
    for (const p of meta.properties) {
      if (p.type !== 'Property') continue;
      const name = propertyName(p) ?? '';
      if (META_TEXT_KEYS.has(name) && (isObject(p.value) || (isNode(p.value) && p.value.type === 'ArrayExpression'))) remove(p);
      else if (name === 'messages' && isObject(p.value)) {
        for (const m of p.value.properties) {
          if (m.type !== 'Property' || !isObject(m.value)) continue;
          for (const t of m.value.properties) if (t.type === 'Property' && MESSAGE_TEXT_KEYS.has(propertyName(t) ?? '') && isText(t.value)) remove(t);
        }
      }
    }
  };
  const stripFields = (list: Node) => {
    for (const el of (list.elements as unknown[]) ?? []) {
      if (!isObject(el)) continue;
      for (const p of el.properties) if (p.type === 'Property' && propertyName(p) === 'label' && isObject(p.value)) remove(p);
    }
  };
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!isNode(n)) return;
    if (n.type === 'Property' && DOC_KEYS.has(propertyName(n) ?? '') && isObject(n.value)) return remove(n);
    if (text && n.type === 'Property' && propertyName(n) === 'meta' && isObject(n.value)) stripMeta(n.value);
    if (text && fieldsFile && n.type === 'VariableDeclarator' && isNode(n.id) && n.id.name === 'FIELDS') {
      const init = unwrap(n.init);
      if (isNode(init) && init.type === 'ArrayExpression') stripFields(init);
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'type' && k !== 'start' && k !== 'end') walk(v);
  };
  // TypeScript is a superset: this parses both the source and Vite's already-stripped output.
  walk(parseAst(code, { lang: 'ts' }));
  // Innermost ranges lie within outer ones only for doc keys inside meta text (none today); keep outer.
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges.filter((r, i) => !ranges.some((o, j) => j !== i && o[0] <= r[0] && r[1] <= o[1] && (o[0] !== r[0] || o[1] !== r[1])));
}

/** `code` of module `id` as the content-script build has it (docs and, by default, text removed). */
export function stripSource(code: string, id: string, options: StripOptions = {}): string {
  const ranges = docRanges(code, { text: options.text ?? true }, FIELDS_FILE.test(id)).sort((a, b) => b[0] - a[0]);
  let out = code;
  for (const [s, e] of ranges) out = out.slice(0, s) + out.slice(e);
  return out;
}

export function stripDocs(options: StripOptions = {}): Plugin {
  const opts = { text: options.text ?? true };
  return {
    name: 'caselight:strip-docs',
    enforce: 'post',
    transform(code, id) {
      if (!FILES.test(id)) return null;
      const out = stripSource(code, id, opts);
      return out === code ? null : { code: out, map: null };
    },
  };
}
