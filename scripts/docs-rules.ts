// `npm run docs:rules`: writes docs/rules.md from the rule metadata (shared/rules/docs.ts renders it).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rules } from '../shared/rules';
import { renderRulesDoc } from '../shared/rules/docs';
import { notImplemented } from '../shared/rules/not-implemented';

const target = resolve(import.meta.dirname, '..', 'docs', 'rules.md');
const pending = notImplemented(rules);
writeFileSync(target, renderRulesDoc(rules, pending));
console.log(`wrote ${target} (${rules.length} rules, ${pending.length} catalogue entries not implemented)`);
