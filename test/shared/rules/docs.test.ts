// docs/rules.md (the index) and docs/rules/<id>.md (a page per rule) are generated from rule
// metadata; this fails when someone changes a rule and forgets to run `npm run docs:rules`.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../shared/rules';
import { renderRuleDocs } from '../../../shared/rules/catalogue/docs';
import { notImplemented } from '../../../shared/rules/catalogue/not-implemented';
import { RULE_TEXT } from '../../../shared/rules/text';

const docs = resolve(import.meta.dirname, '../../../docs');

describe('docs/rules.md and docs/rules/*.md', () => {
  const files = renderRuleDocs(rules, notImplemented(rules));

  it('are up to date, and no page is left over (run `npm run docs:rules`)', () => {
    for (const [path, text] of files) expect(readFileSync(resolve(docs, path), 'utf8'), path).toBe(text);
    expect(readdirSync(resolve(docs, 'rules')).map((f) => `rules/${f}`).sort()).toEqual([...files.keys()].filter((p) => p !== 'rules.md').sort());
  });

  it('document every rule with its basis and every catalogue entry not implemented', () => {
    const index = files.get('rules.md')!;
    for (const r of rules) {
      expect(files.get(`rules/${r.meta.id}.md`)).toContain(`\`${r.meta.id}\` ${RULE_TEXT[r.meta.id].title.zh}`);
      expect(index).toContain(`[\`${r.meta.id}\`](rules/${r.meta.id}.md)`);
    }
    for (const n of notImplemented(rules)) expect(index).toContain(`| ${n.catalogue} | \`${n.id}\``);
    expect([...files.values()].join('\n')).toContain('刑诉法 第172条第1款');
  });
});
