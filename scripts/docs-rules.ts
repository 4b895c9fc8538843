// `npm run docs:rules`: writes docs/rules.md (the index) and docs/rules/<id>.md (one page per rule)
// from the rule metadata (shared/rules/catalogue/docs.ts renders them); stale rule pages are removed.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { rules } from '../shared/rules';
import { renderRuleDocs } from '../shared/rules/catalogue/docs';
import { notImplemented } from '../shared/rules/catalogue/not-implemented';

const docs = resolve(import.meta.dirname, '..', 'docs');
const pending = notImplemented(rules);
const files = renderRuleDocs(rules, pending);
mkdirSync(resolve(docs, 'rules'), { recursive: true });
for (const f of readdirSync(resolve(docs, 'rules'))) if (!files.has(`rules/${f}`)) rmSync(resolve(docs, 'rules', f));
for (const [path, text] of files) {
  mkdirSync(dirname(resolve(docs, path)), { recursive: true });
  writeFileSync(resolve(docs, path), text);
}
console.log(`wrote docs/rules.md and ${files.size - 1} pages in docs/rules/ (${rules.length} rules, ${pending.length} catalogue entries not implemented)`);
