// Vite plugin for the content-script build: drops documentation-only metadata the overlay never
// shows (rule `description` and `optionDocs`, field `hint`) from shared/rules and the field
// registry. They stay in the source, the docs, the companion and the background; the content
// script, injected into every frame, carries only what it renders.
import { parseAst } from 'vite';
import type { Plugin } from 'vite';

const FILES = /[\\/]shared[\\/](rules[\\/][^\\/]+|case[\\/]fields)\.ts$/;
const DOC_KEYS = new Set(['description', 'optionDocs', 'hint']);

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

/** Ranges of `key: { … }` properties to remove (object-literal values only), with their trailing comma. */
export function docRanges(code: string): [number, number][] {
  const ranges: [number, number][] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!isNode(n)) return;
    if (n.type === 'Property' && DOC_KEYS.has(propertyName(n) ?? '') && isNode(n.value) && n.value.type === 'ObjectExpression') {
      let end = n.end;
      const m = /^\s*,/.exec(code.slice(end));
      if (m) end += m[0].length;
      ranges.push([n.start, end]);
      return;
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'type' && k !== 'start' && k !== 'end') walk(v);
  };
  // TypeScript is a superset: this parses both the source and Vite's already-stripped output.
  walk(parseAst(code, { lang: 'ts' }));
  return ranges;
}

export function stripDocs(): Plugin {
  return {
    name: 'caselight:strip-docs',
    enforce: 'post',
    transform(code, id) {
      if (!FILES.test(id)) return null;
      const ranges = docRanges(code).sort((a, b) => b[0] - a[0]);
      if (ranges.length === 0) return null;
      let out = code;
      for (const [s, e] of ranges) out = out.slice(0, s) + out.slice(e);
      return { code: out, map: null };
    },
  };
}
