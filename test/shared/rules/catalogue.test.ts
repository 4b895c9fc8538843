// Catalogue meta-test (refined-github build/features.test.ts, ESLint checkRuleFiles, axe validate.js):
// every rule file is registered, named after its id, valid, tested and documented.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_MAP } from '../../../shared/case';
import { BUILTIN_MESSAGES, placeholders, RuleMetaSchema, rules, rulesById, type Rule } from '../../../shared/rules';
import { checkRuleText } from '../../../shared/rules/lib/meta-schema';
import { ENGINE_TEXT, FIELD_TEXT, RULE_TEXT } from '../../../shared/rules/text';
import { CITATION_REVIEW } from '../../../shared/rules/catalogue/citation-review';
import { NOT_IMPLEMENTED, notImplemented } from '../../../shared/rules/catalogue/not-implemented';
import renamed from '../../../shared/rules/renamed.json';
import { CATALOGUE_INDEX } from './catalogue-index';

const root = resolve(import.meta.dirname, '../../..');
const rulesDir = join(root, 'shared/rules');
/** Every .ts file in shared/rules/ besides the folder's entry (index.ts) is a rule. */
const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort();
/** Every .ts file in shared/rules/text/ besides its index is one rule's wording. */
const textFiles = readdirSync(join(rulesDir, 'text')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort();
const registrySource = readFileSync(join(rulesDir, 'catalogue/registry.ts'), 'utf8');
const registryLines = registrySource.split('\n').filter((l) => l.startsWith('import ') && !l.startsWith('import type '));
/** The names listed in the registry's `registered` array, in their order. */
const registryNames = (/export const registered[^=]*=\s*\[([^\]]*)\]/.exec(registrySource)?.[1] ?? '')
  .split(',').map((n) => n.trim()).filter((n) => n !== '');
const RENAMED: Record<string, string> = renamed;

function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

async function load(file: string): Promise<Rule> {
  return ((await import(join(rulesDir, file))) as { default: Rule }).default;
}

describe('rule catalogue', () => {
  it('has rule files', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(25);
  });

  describe.each(ruleFiles)('%s', (file) => {
    const id = file.replace(/\.ts$/, '');

    it('default-exports a rule whose meta.id is the file name', async () => {
      const rule = await load(file);
      expect(rule.meta.id).toBe(id);
    });

    it('is registered, by one sorted registry line', async () => {
      expect(rulesById.get(id)).toBe(await load(file));
      expect(registryLines).toContain(`import ${camel(id)} from '../${id}';`);
      expect(registryNames.filter((n) => n === camel(id))).toHaveLength(1);
    });

    it('has metadata that parses', async () => {
      const result = RuleMetaSchema.safeParse((await load(file)).meta);
      expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    });

    it('names only registered fields, and anchors on one of them', async () => {
      const { meta } = await load(file);
      for (const f of meta.fields) expect(FIELD_MAP.has(f), f).toBe(true);
      expect(meta.fields).toContain(meta.anchor);
    });

    it('has its wording in text/<id>.ts, fitting its meta (a template pair per message, same placeholders, option docs)', async () => {
      const { meta } = await load(file);
      const text = ((await import(join(rulesDir, 'text', file))) as { default: (typeof RULE_TEXT)[string] }).default;
      expect(RULE_TEXT[id]).toBe(text);
      expect(checkRuleText(meta, text)).toEqual([]);
      for (const [messageId, m] of Object.entries(text.messages)) {
        expect(m.zh.trim(), messageId).not.toBe('');
        expect(m.en.trim(), messageId).not.toBe('');
        expect(placeholders(m.zh), messageId).toEqual(placeholders(m.en));
      }
    });

    it('uses the catalogue’s id for its catalogue number', async () => {
      const { meta } = await load(file);
      if (meta.catalogue !== undefined) expect(CATALOGUE_INDEX[meta.catalogue]).toBe(id);
    });

    it('has a test file', () => {
      expect(existsSync(join(root, 'test/shared/rules', `${id}.test.ts`))).toBe(true);
    });

    it('is not a renamed id', () => {
      expect(Object.keys(RENAMED)).not.toContain(id);
    });
  });

  it('has wording for the rule files only, gathered by the text index', () => {
    expect(textFiles).toEqual(ruleFiles);
    expect(Object.keys(RULE_TEXT).sort()).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')));
  });

  it('catches wording that does not fit its rule', () => {
    const { meta } = rulesById.get('family-notification-24h')!;
    const text = RULE_TEXT['family-notification-24h'];
    const { done: _done, ...fewer } = text.messages;
    expect(checkRuleText(meta, { ...text, messages: fewer })).toContain('messages.done: no wording');
    expect(checkRuleText(meta, { ...text, messages: { ...text.messages, extra: { zh: '多', en: 'extra' } } })).toContain('messages.extra: no such message in the rule');
    expect(checkRuleText(meta, { ...text, messages: { ...text.messages, done: { zh: '{{a}}', en: '{{b}}' } } })).toContain('messages.done: zh and en placeholders differ');
    expect(checkRuleText(meta, { ...text, optionDocs: { x: { zh: '选', en: 'x' } } })).toContain('optionDocs.x: no such option');
  });

  it('registers nothing but the rule files, in id order', () => {
    expect(rules.map((r) => r.meta.id)).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')));
    expect([...registryLines].sort()).toEqual(registryLines);
    expect(registryLines).toHaveLength(ruleFiles.length);
    // The array lists every imported rule once, in the import lines' order.
    expect(registryNames).toEqual(registryLines.map((l) => /^import (\w+) /.exec(l)?.[1]));
  });

  it('names only phrases its wording has: every `{ phrase }` id a rule (or rules/lib) writes is in text/<id>.ts `phrases` (or the engine’s)', () => {
    // Literal ids: `phrase: 'id'` and ids pushed onto a list a `{ phrase: list }` names.
    const named = (src: string) => [...src.matchAll(/phrase: '([a-z0-9-]+)'|\.push\('([a-z0-9-]+)'\)/g)].map((m) => m[1] ?? m[2]);
    let count = 0;
    for (const file of ruleFiles) {
      const id = file.replace(/\.ts$/, '');
      for (const p of named(readFileSync(join(rulesDir, file), 'utf8'))) {
        count++;
        expect(RULE_TEXT[id]?.phrases?.[p] ?? ENGINE_TEXT.phrases[p], `${id}: phrase ${p}`).toBeDefined();
      }
    }
    for (const file of readdirSync(join(rulesDir, 'lib'))) {
      for (const p of named(readFileSync(join(rulesDir, 'lib', file), 'utf8'))) {
        count++;
        expect(ENGINE_TEXT.phrases[p], `lib/${file}: phrase ${p}`).toBeDefined();
      }
    }
    expect(count).toBeGreaterThan(60);
  });

  it('has unique ids and catalogue numbers', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const numbers = rules.map((r) => r.meta.catalogue).filter((n) => n !== undefined);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('points deprecated rules at registered replacements', () => {
    for (const r of rules) for (const id of r.meta.deprecated?.replacedBy ?? []) expect(rulesById.has(id), id).toBe(true);
  });

  it('accounts for every catalogue entry R01–R60: implemented, or listed with a reason', () => {
    const implemented = rules.map((r) => r.meta.catalogue).filter((n): n is string => n !== undefined);
    const listed = notImplemented(rules).map((n) => n.catalogue);
    expect([...implemented, ...listed].sort()).toEqual(Object.keys(CATALOGUE_INDEX).sort());
    expect(new Set(NOT_IMPLEMENTED.map((n) => n.catalogue)).size).toBe(NOT_IMPLEMENTED.length);
    for (const n of notImplemented(rules)) {
      expect(CATALOGUE_INDEX[n.catalogue]).toBe(n.id);
      expect(rulesById.has(n.id)).toBe(false);
      expect(n.reason.zh.length).toBeGreaterThan(0);
      expect(n.reason.en.length).toBeGreaterThan(0);
    }
  });

  it('implements the rules the first batch requires', () => {
    const required = ['R04', 'R05', 'R06', 'R09', 'R14', 'R16', 'R17', 'R20', 'R25', 'R29', 'R30', 'R31', 'R35', 'R36', 'R37', 'R38', 'R42', 'R46', 'R47', 'R50', 'R52', 'R56', 'R57', 'R58'];
    const implemented = new Set(rules.map((r) => r.meta.catalogue));
    expect(required.filter((n) => !implemented.has(n))).toEqual([]);
  });
});

describe('renamed.json', () => {
  const sources = [
    ...readdirSync(rulesDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(rulesDir, f), 'utf8')),
  ].join('\n');

  it('maps old ids to registered ids', () => {
    for (const [from, to] of Object.entries(RENAMED)) {
      expect(from).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(rulesById.has(to), `${from} -> ${to}`).toBe(true);
      expect(rulesById.has(from), `${from} is still registered`).toBe(false);
    }
  });

  it('old ids appear nowhere else: no file, no registry entry, no reference in a rule', () => {
    for (const from of Object.keys(RENAMED)) {
      expect(existsSync(join(rulesDir, `${from}.ts`))).toBe(false);
      expect(sources.includes(`'${from}'`), `${from} still referenced`).toBe(false);
      expect(NOT_IMPLEMENTED.some((n) => n.id === from)).toBe(false);
    }
  });

  it('never chains renames', () => {
    for (const to of Object.values(RENAMED)) expect(Object.keys(RENAMED)).not.toContain(to);
  });
});

// Prosecutors read these texts; the catalogue's working notes ("疑问 D1", "doubt D14") mean nothing
// to them. Comments in code may name the doubts; nothing a user sees may.
describe('user-visible text', () => {
  const DOUBT = /疑问\s*D\d|目录\s*D\d|doubt\s*D\d|\bD\d{1,2}\b/;
  const texts: [string, string][] = [];
  const add = (where: string, b: { zh: string; en: string } | undefined) => {
    if (b !== undefined) texts.push([`${where}.zh`, b.zh], [`${where}.en`, b.en]);
  };
  for (const [id, m] of Object.entries(RULE_TEXT)) {
    add(`${id}.title`, m.title);
    add(`${id}.description`, m.description);
    add(`${id}.deadline`, m.deadline);
    for (const [k, v] of Object.entries(m.optionDocs ?? {})) add(`${id}.optionDocs.${k}`, v);
    for (const [k, v] of Object.entries(m.messages)) add(`${id}.messages.${k}`, v);
  }
  for (const [id, f] of Object.entries(FIELD_TEXT)) {
    add(`field ${id}.label`, f.label);
    add(`field ${id}.hint`, f.hint);
  }
  for (const n of NOT_IMPLEMENTED) add(`not-implemented ${n.id}`, n.reason);
  for (const k of Object.keys(BUILTIN_MESSAGES)) add(`builtin ${k}`, ENGINE_TEXT.messages[k]);
  for (const [k, v] of Object.entries(ENGINE_TEXT.dates)) add(`date label ${k}`, v);
  for (const n of [...CITATION_REVIEW.corrected, ...CITATION_REVIEW.unconfirmed]) add(`citation ${n.rule}`, n.note);
  const rulePages = readdirSync(join(root, 'docs/rules')).map((f) => `docs/rules/${f}`);
  for (const file of ['docs/rules.md', ...rulePages, 'extension/i18n/overlay-zh.ts', 'extension/i18n/pages.ts', 'companion/dashboard/web/i18n.ts']) {
    texts.push([file, readFileSync(join(root, file), 'utf8')]);
  }

  it('never names a catalogue doubt (D1 …)', () => {
    expect(texts.filter(([, t]) => DOUBT.test(t)).map(([where, t]) => `${where}: ${DOUBT.exec(t)![0]}`)).toEqual([]);
  });
});
