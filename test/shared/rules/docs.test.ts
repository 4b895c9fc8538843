// docs/rules.md is generated from rule metadata; this fails when someone changes a rule and forgets
// to run `npm run docs:rules`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../shared/rules';
import { renderRulesDoc } from '../../../shared/rules/docs';
import { notImplemented } from '../../../shared/rules/not-implemented';

const file = resolve(import.meta.dirname, '../../../docs/rules.md');

describe('docs/rules.md', () => {
  it('is up to date (run `npm run docs:rules`)', () => {
    expect(readFileSync(file, 'utf8')).toBe(renderRulesDoc(rules, notImplemented(rules)));
  });

  it('documents every rule with its basis and every catalogue entry not implemented', () => {
    const doc = renderRulesDoc(rules, notImplemented(rules));
    for (const r of rules) expect(doc).toContain(`\`${r.meta.id}\` ${r.meta.title.zh}`);
    for (const n of notImplemented(rules)) expect(doc).toContain(`| ${n.catalogue} | \`${n.id}\``);
    expect(doc).toContain('刑诉法 第172条第1款');
  });
});
