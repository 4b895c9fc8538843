// The content-script build strips rule and field text (extension/build/strip-docs.ts); the
// background answers `rules/text` from the full registry and the content script hydrates it back
// (extension/rule-text.ts). Findings must read exactly as with the full registry.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { createMessageHandler, type BackgroundDeps } from '../../../extension/background/handlers';
import { stripSource } from '../../../extension/build/strip-docs';
import { hydrateText, type TextBundle } from '../../../extension/rule-text';
import { FIELDS, type FieldDef } from '../../../shared/case/fields';
import { evaluate } from '../../../shared/engine';
import { rules } from '../../../shared/rules';
import { placeholders } from '../../../shared/rules/lib/meta';
import type { Rule, RuleMeta } from '../../../shared/rules/lib/types';

const ROOT = resolve(import.meta.dirname, '../../..');

async function textFromBackground(): Promise<TextBundle> {
  const deps = { getPublicSettings: async () => { throw new Error('unused'); } } as unknown as BackgroundDeps;
  const handle = createMessageHandler(deps);
  // Through a structured clone, as runtime messaging delivers it.
  return structuredClone((await handle({ type: 'rules/text' }, { tab: { id: 1 }, frameId: 0 })) as TextBundle);
}

/** A rule as the content-script build has it: no title, deadline, basis or message text. */
function stripRule(rule: Rule): Rule {
  const { title: _t, deadline: _d, basis: _b, description: _x, optionDocs: _o, messages, ...rest } = rule.meta;
  // The build removes each message's zh/en only: its light and policy mark stay.
  const meta = { ...rest, messages: Object.fromEntries(Object.entries(messages).map(([id, { zh: _zh, en: _en, ...kept }]) => [id, kept])) };
  return { ...rule, meta: meta as unknown as RuleMeta };
}

function stripField(f: FieldDef): { id: string; label?: FieldDef['label'] } {
  const { label: _l, hint: _h, ...rest } = f;
  return rest;
}

/** Wraps a rule so that it answers every one of its messages, every placeholder filled. */
function everyMessage(rule: Rule): Rule {
  return {
    meta: { ...rule.meta, procedures: 'any', requires: undefined },
    applies: () => true,
    check: () =>
      Object.entries(rule.meta.messages).map(([id, m]) => ({
        messageId: id,
        occurrence: id,
        data: Object.fromEntries(placeholders(m.zh).map((p) => [p, { zh: `〔${p}〕`, en: `[${p}]` }])),
      })),
  };
}

const SNAPSHOT = {
  procedure: 'prosecution-review', caseNumber: '测检刑诉〔2025〕1号', acceptedOn: '2025-09-01', materialsReceivedOn: '2025-09-01',
  inCustody: true, custodyMeasure: 'arrest', arrestedOn: '2025-08-01', arrestedAt: '2025-08-01T10:00', detainedAt: '2025-07-20T09:00',
  firstInterrogatedAt: '2025-07-21T15:00', pleaAccepted: true, fastTrack: true, likelySentenceMonths: 48, suspectBirthDate: '2009-05-01',
};

describe('rules/text: the background sends every rule and field text, the content script hydrates it', () => {
  it('covers every rule (title, deadline, basis, message templates) and every field label', async () => {
    const text = await textFromBackground();
    expect(Object.keys(text.rules).sort()).toEqual(rules.map((r) => r.meta.id).sort());
    for (const { meta } of rules) {
      const t = text.rules[meta.id];
      expect(t.title).toEqual(meta.title);
      expect(t.deadline).toEqual(meta.deadline);
      expect(t.basis).toEqual(meta.basis);
      expect(Object.keys(t.messages).sort()).toEqual(Object.keys(meta.messages).sort());
      for (const [id, m] of Object.entries(meta.messages)) expect(t.messages[id]).toEqual({ zh: m.zh, en: m.en });
    }
    expect(Object.keys(text.fields)).toEqual(FIELDS.map((f) => f.id));
    for (const f of FIELDS) expect(text.fields[f.id]).toEqual(f.label);
  });

  it('hydrates stripped rules and fields back to the full text, with nothing missing', async () => {
    const stripped = rules.map(stripRule);
    const fields = FIELDS.map(stripField);
    expect(hydrateText({ rules: {}, fields: {} }, stripped, fields).length).toBeGreaterThan(rules.length + FIELDS.length);
    expect(hydrateText(await textFromBackground(), stripped, fields)).toEqual([]);
    for (const [i, { meta }] of rules.entries()) {
      const h = stripped[i].meta;
      expect(h.title).toEqual(meta.title);
      expect(h.deadline).toEqual(meta.deadline);
      expect(h.basis).toEqual(meta.basis);
      expect(h.messages).toEqual(meta.messages);
    }
    expect(fields.map((f) => f.label)).toEqual(FIELDS.map((f) => f.label));
  });

  it('a hydrated stripped rule renders every message exactly as the full one', async () => {
    const text = await textFromBackground();
    const full = rules.map(everyMessage);
    const hydrated = rules.map(stripRule);
    hydrateText(text, hydrated, []);
    const opts = { today: '2025-10-05', now: '2025-10-05T10:00' };
    const a = evaluate({}, { ...opts, rules: full });
    const b = evaluate({}, { ...opts, rules: hydrated.map(everyMessage) });
    expect(a.length).toBe(rules.reduce((n, r) => n + Object.keys(r.meta.messages).length, 0));
    expect(b).toEqual(a);
    for (const f of b) expect(f.message.zh && f.message.en && f.title.zh && f.title.en).toBeTruthy();
    // And with the rules' own logic on a case.
    expect(evaluate(SNAPSHOT, { ...opts, rules: hydrated })).toEqual(evaluate(SNAPSHOT, { ...opts, rules }));
  });

  it('the build strips exactly what the background sends, and leaves parseable code', async () => {
    const text = await textFromBackground();
    const dir = join(ROOT, 'shared/rules');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(files.length).toBe(rules.length);
    const quoted = (s: string) => [`'${s.replace(/'/g, "\\'")}'`, JSON.stringify(s)];
    for (const file of files) {
      const id = join(dir, file);
      const source = readFileSync(id, 'utf8');
      const out = stripSource(source, id);
      expect(() => parseAst(out, { lang: 'ts' })).not.toThrow();
      const t = text.rules[file.replace(/\.ts$/, '')];
      const strings = [t.title.zh, t.title.en, t.deadline?.zh, t.deadline?.en, ...Object.values(t.messages).flatMap((m) => [m.zh, m.en])];
      for (const s of strings) if (s) for (const q of quoted(s)) expect(out, `${file}: ${s}`).not.toContain(q);
      expect(out, file).not.toMatch(/\bbasis:\s*\[/);
      // Lights stay: the content script needs them before any text arrives.
      expect((out.match(/light: '/g) ?? []).length).toBe((source.match(/light: '/g) ?? []).length);
      // So do unit-policy marks: without them a stripped rule would light red what the companion books at 0.
      expect((out.match(/policy: true/g) ?? []).length).toBe((source.match(/policy: true/g) ?? []).length);
    }
    const fieldsId = join(ROOT, 'shared/case/fields.ts');
    const fieldsOut = stripSource(readFileSync(fieldsId, 'utf8'), fieldsId);
    expect(() => parseAst(fieldsOut, { lang: 'ts' })).not.toThrow();
    for (const label of Object.values(text.fields)) for (const q of quoted(label.zh)) expect(fieldsOut).not.toContain(`label: { zh: ${q}`);
    expect(fieldsOut).not.toMatch(/\blabel: \{ zh:/);
    // Enum value labels stay (adapters read values by them).
    expect(fieldsOut).toContain("'prosecution-review': { zh: '审查起诉'");
  });
});
