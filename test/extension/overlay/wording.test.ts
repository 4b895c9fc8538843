// Rule and field wording is data (shared/rules/text, shared/case/field-text.ts), kept apart from
// the rules' logic; the content script's bundle never imports it. The background answers
// `rules/text` with the text index's bundle, and the content script describes the engine's
// verdicts with it (extension/models/wording.ts): findings must read exactly as `evaluate` gives them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMessageHandler, type BackgroundDeps } from '../../../extension/background/handlers';
import { mergeSettings, toPublicSettings } from '../../../extension/background/settings';
import { deserializeCalendar } from '../../../shared/calendar/serialized';
import { evaluateWithWording, fieldLabel, NO_WORDING, ruleDeadline, wording, wordingGaps, type TextBundle } from '../../../extension/models/wording';
import { FIELD_IDS, FIELDS, type FieldDef } from '../../../shared/case/fields';
import { VALUE_TEXT } from '../../../shared/case/field-text';
import { readCaseSnapshot } from '../../../shared/case/snapshot';
import { decide, describe as describeVerdict, evaluate } from '../../../shared/engine';
import { rules } from '../../../shared/rules';
import { placeholders } from '../../../shared/rules/lib/meta';
import type { Rule } from '../../../shared/rules/lib/types';
import { ENGINE_TEXT, FIELD_TEXT, RULE_TEXT } from '../../../shared/rules/text';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The calendar as the checker gets it: PublicSettings from the background, through JSON (a browser message). */
function calendarFromBackground() {
  const pub = JSON.parse(JSON.stringify(toPublicSettings(mergeSettings({}, {}), [])));
  return deserializeCalendar(pub.central.calendar ?? pub.calendar);
}

async function textFromBackground(): Promise<TextBundle> {
  const deps = { getPublicSettings: async () => { throw new Error('unused'); } } as unknown as BackgroundDeps;
  const handle = createMessageHandler(deps);
  // Through a structured clone, as runtime messaging delivers it.
  return structuredClone((await handle({ type: 'rules/text' }, { tab: { id: 1 }, frameId: 0 })) as TextBundle);
}

/** Wraps a rule so that it answers every one of its messages, every placeholder filled. */
function everyMessage(rule: Rule): Rule {
  return {
    meta: { ...rule.meta, procedures: 'any', requires: undefined },
    applies: () => true,
    check: () =>
      Object.keys(rule.meta.messages).map((id) => ({
        messageId: id,
        occurrence: id,
        data: Object.fromEntries(placeholders(RULE_TEXT[rule.meta.id].messages[id].zh).map((p) => [p, { zh: `〔${p}〕`, en: `[${p}]` }])),
      })),
  };
}

const SNAPSHOT = {
  procedure: 'prosecution-review', caseNumber: '测检刑诉〔2025〕1号', acceptedOn: '2025-09-01', materialsReceivedOn: '2025-09-01',
  inCustody: true, custodyMeasure: 'arrest', arrestedOn: '2025-08-01', arrestedAt: '2025-08-01T10:00', detainedAt: '2025-07-20T09:00',
  firstInterrogatedAt: '2025-07-21T15:00', pleaAccepted: true, fastTrack: true, likelySentenceMonths: 48, suspectBirthDate: '2009-05-01',
  // Unreadable and contradicting values: data-consistency names fields, whose labels come from the wording.
  decisionOn: '2025-08-15', interrogatedOn: 'not a date',
};

afterEach(() => {
  wording.value = NO_WORDING;
});

describe('rules/text: the background sends the wording, the content script describes its verdicts with it', () => {
  it('covers every rule (title, deadline, basis, message templates) and every field label', async () => {
    const text = await textFromBackground();
    expect(Object.keys(text.rules).sort()).toEqual(rules.map((r) => r.meta.id).sort());
    for (const { meta } of rules) {
      const t = text.rules[meta.id];
      const w = RULE_TEXT[meta.id];
      expect(t.title).toEqual(w.title);
      expect(t.deadline).toEqual(w.deadline);
      expect(t.basis).toEqual(w.basis);
      expect(Object.keys(t.messages).sort()).toEqual(Object.keys(meta.messages).sort());
      for (const [id, m] of Object.entries(w.messages)) expect(t.messages[id]).toEqual({ zh: m.zh, en: m.en });
      // Documentation only stays in the index.
      expect(t).not.toHaveProperty('description');
      expect(t).not.toHaveProperty('optionDocs');
    }
    expect(Object.keys(text.fields)).toEqual([...FIELD_IDS]);
    for (const id of FIELD_IDS) expect(text.fields[id]).toEqual(FIELD_TEXT[id].label);
    expect(text.engine).toEqual(ENGINE_TEXT);
    expect(wordingGaps(text, rules, FIELD_IDS)).toEqual([]);
    expect(wordingGaps(NO_WORDING, rules, FIELD_IDS).length).toBe(rules.length + FIELD_IDS.length + Object.keys(ENGINE_TEXT.messages).length);
  });

  it('describes every message of every rule exactly as evaluate does', async () => {
    wording.value = await textFromBackground();
    const opts = { today: '2025-10-05', now: '2025-10-05T10:00' };
    const all = rules.map(everyMessage);
    const a = evaluate({}, { ...opts, rules: all });
    const b = evaluateWithWording({}, { ...opts, rules: all, calendar: calendarFromBackground() });
    expect(a.length).toBe(rules.reduce((n, r) => n + Object.keys(r.meta.messages).length, 0));
    expect(b).toEqual(a);
    for (const f of b) expect(f.message.zh && f.message.en && f.title.zh && f.title.en && f.basis.length).toBeTruthy();
    for (const f of b) expect(`${f.message.zh}${f.message.en}`).not.toMatch(/\{\{/);
  });

  it('describes the rules’ own verdicts on a case exactly as evaluate does, field labels included', async () => {
    wording.value = await textFromBackground();
    const opts = { today: '2025-10-05', now: '2025-10-05T10:00' };
    const full = evaluate(SNAPSHOT, opts);
    // The content script's calendar is the one the background sends; evaluate's is the bundled one.
    expect(evaluateWithWording(SNAPSHOT, { ...opts, calendar: calendarFromBackground() })).toEqual(full);
    // data-consistency's verdicts name fields; described, they carry the fields' labels.
    const verdicts = decide(SNAPSHOT, opts).filter((v) => v.ruleId === 'data-consistency');
    expect(verdicts.some((v) => Object.values(v.data ?? {}).some((x) => typeof x === 'object' && 'field' in x))).toBe(true);
    const described = full.filter((f) => f.ruleId === 'data-consistency');
    expect(described.length).toBeGreaterThan(0);
    expect(described.some((f) => f.message.zh.includes(FIELD_TEXT.interrogatedOn.label.zh))).toBe(true);
  });

  it('without wording a verdict reads as its ids, never throws', () => {
    const [v] = decide({ procedure: 'prosecution-review', acceptedOn: '2025-09-01', inCustody: true }, { today: '2025-10-05', rules: [rules.find((r) => r.meta.id === 'notice-suspect-counsel-3d')!] });
    const f = describeVerdict(v, NO_WORDING);
    expect(f.title).toEqual({ zh: 'notice-suspect-counsel-3d', en: 'notice-suspect-counsel-3d' });
    expect(f.message).toEqual({ zh: v.messageId, en: v.messageId });
    expect(f.basis).toEqual([]);
  });

  it('components read field labels and deadline formulas from the wording signal', async () => {
    expect(fieldLabel('acceptedOn')).toEqual({ zh: 'acceptedOn', en: 'acceptedOn' });
    wording.value = await textFromBackground();
    expect(fieldLabel('acceptedOn')).toEqual(FIELD_TEXT.acceptedOn.label);
    expect(ruleDeadline('family-notification-24h')).toEqual(RULE_TEXT['family-notification-24h'].deadline);
  });

  it('the rules’ logic carries no wording: no title, description, basis, deadline text, option docs or templates', () => {
    const dir = join(ROOT, 'shared/rules');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
      const source = readFileSync(join(dir, file), 'utf8');
      const meta = source.slice(source.indexOf('meta: {'), source.indexOf('applies:'));
      expect(meta, file).not.toMatch(/\b(title|description|basis|deadline|optionDocs|zh|en):/);
    }
    const fields = readFileSync(join(ROOT, 'shared/case/fields.ts'), 'utf8');
    const registry = fields.slice(fields.indexOf('export const FIELDS'));
    expect(registry).not.toMatch(/\b(label|hint):/);
  });
});

describe('the calendar: sent by the background, the content script bundles no holiday table', () => {
  it('evaluates with the bundled official calendar as PublicSettings carries it across the message boundary', async () => {
    wording.value = await textFromBackground();
    const opts = { today: '2025-10-05', now: '2025-10-05T10:00' };
    // 2025-10-01…08 is National Day: a one-month period from 2025-09-08 moves to 10-09 on the official calendar only.
    const snapshot = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: false };
    const sent = evaluateWithWording(snapshot, { ...opts, calendar: calendarFromBackground() });
    expect(sent).toEqual(evaluate(snapshot, opts));
    expect(sent.some((f) => f.due === '2025-10-09')).toBe(true);
  });

  it('refuses to evaluate without a calendar, or with a config instead of configured rules', () => {
    const opts = { today: '2025-10-05' };
    expect(() => evaluateWithWording(SNAPSHOT, opts)).toThrow(/no calendar/);
    expect(() => evaluateWithWording(SNAPSHOT, { ...opts, calendar: calendarFromBackground(), config: {} })).toThrow(/configured rules/);
  });
});

describe('ui/text: the background sends the overlay’s UI strings, Chinese and English', () => {
  it('answers every overlay and loop key in both languages, and the checker’s catalogue module has none of its own', async () => {
    const deps = { getPublicSettings: async () => { throw new Error('unused'); } } as unknown as BackgroundDeps;
    const answer = structuredClone((await createMessageHandler(deps)({ type: 'ui/text' }, { tab: { id: 1 }, frameId: 0 })) as Record<'zh-CN' | 'en', Record<string, string>>);
    const zhSource = readFileSync(join(ROOT, 'extension/i18n/overlay-zh.ts'), 'utf8');
    const overlayPart = zhSource.slice(zhSource.indexOf('export const OVERLAY_ZH'), zhSource.indexOf('} as const;'));
    const keys = [...overlayPart.matchAll(/^ {2}'([\w.-]+)':/gm)].map((m) => m[1]);
    const loopPart = zhSource.slice(zhSource.indexOf('export const LOOP_ZH'));
    const loopKeys = [...loopPart.slice(0, loopPart.indexOf('} as const;')).matchAll(/^ {2}'([\w.-]+)':/gm)].map((m) => `loop.${m[1]}`);
    expect(keys.length).toBeGreaterThan(50);
    expect(loopKeys.length).toBeGreaterThan(10);
    expect(Object.keys(answer).sort()).toEqual(['en', 'zh-CN']);
    expect(Object.keys(answer.en).sort()).toEqual([...keys, ...loopKeys].sort());
    expect(Object.keys(answer['zh-CN']).sort()).toEqual([...keys, ...loopKeys].sort());
    for (const k of [...keys, ...loopKeys]) {
      expect(answer.en[k]).toMatch(/[A-Za-z]/);
      expect(answer['zh-CN'][k]).toMatch(/[\u4e00-\u9fff]/);
    }
    // The modules the content script bundles carry neither language.
    const catalogue = readFileSync(join(ROOT, 'extension/i18n/catalogue.ts'), 'utf8');
    const loop = readFileSync(join(ROOT, 'extension/loop/i18n.ts'), 'utf8');
    for (const source of [catalogue, loop]) {
      expect(source).not.toContain('Nothing to point out on this page');
      expect(source).not.toContain('Reply in writing by');
      expect(source).not.toContain('本页没有需要提示的事项');
      expect(source).not.toContain('书面回复核查情况');
    }
  });
});

describe('enum value labels: wording sent with rules/text, not in the registry the checker bundles', () => {
  it('labels every enum value of the registry, and the bundle carries them', async () => {
    const text = await textFromBackground();
    const enums = (FIELDS as readonly FieldDef[]).filter((f) => f.type === 'enum');
    expect(enums.length).toBeGreaterThan(4);
    for (const f of enums) {
      expect(Object.keys(text.values[f.id] ?? {}).sort(), f.id).toEqual([...(f.values ?? [])].sort());
      for (const v of f.values ?? []) expect(text.values[f.id][v]).toEqual(VALUE_TEXT[f.id as keyof typeof VALUE_TEXT][v]);
    }
    const fields = readFileSync(join(ROOT, 'shared/case/fields.ts'), 'utf8');
    expect(fields).not.toMatch(/\bzh: '/);
  });

  it('reads a page’s Chinese label as its value id with the labels sent, and only ids without', async () => {
    const text = await textFromBackground();
    expect(readCaseSnapshot({ custodyMeasure: '取保候审' }, text.values).snapshot).toEqual({ custodyMeasure: 'bail' });
    expect(readCaseSnapshot({ custodyMeasure: 'bail' }).snapshot).toEqual({ custodyMeasure: 'bail' });
    expect(readCaseSnapshot({ custodyMeasure: '取保候审' }).issues.map((i) => i.code)).toEqual(['invalid-enum']);
  });
});
