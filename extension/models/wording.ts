// The wording the overlay shows its findings in: the TextBundle the background answers `rules/text`
// with (built from shared/rules/text, which the content script's bundle does not import). Held in
// one signal, set once per frame; components read field labels and deadline formulas from it, and
// the content script describes the engine's verdicts with it (shared/engine/describe.ts).
import { signal } from '@preact/signals';
import type { Bilingual } from '../../shared/case/fields';
import { EngineOptionsError, NO_CONFIG } from '../../shared/engine/config';
import { createDecider, type EvaluateOptions, type Verdict } from '../../shared/engine/core';
import { describe } from '../../shared/engine/describe';
import type { Finding } from '../../shared/engine/finding';
import { BUILTIN_MESSAGES } from '../../shared/rules/lib/meta';
import type { TextBundle } from '../../shared/rules/lib/types';

export type { TextBundle };

/** No wording at all: what a frame has before the background's answer. */
export const NO_WORDING: TextBundle = { rules: {}, fields: {}, values: {}, laws: {}, engine: { messages: {}, dates: {}, policy: {} as TextBundle['engine']['policy'], phrases: {} } };

/** Empty until the background's answer arrives; nothing is evaluated or drawn before. */
export const wording = signal<TextBundle>(NO_WORDING, { name: 'wording' });

/**
 * The engine as the content script runs it: the verdicts of shared/engine/core.ts, described with
 * the wording from the background — the same findings `evaluate` of shared/engine gives where the
 * whole text index is bundled. The calendar is the one the background sends (PublicSettings
 * `calendar`: the bundled official data with central overrides; the content script bundles no
 * holiday table), and central rule settings come as configured rules (`rules`), not a `config`:
 * without a calendar, or with a config, it refuses (EngineOptionsError, shown by the panel).
 */
export function evaluateWithWording(snapshot: unknown, options: EvaluateOptions): Finding[] {
  const { calendar } = options;
  if (calendar === undefined) throw new EngineOptionsError('no calendar yet: the content script evaluates with the one the background sends');
  if (options.config !== undefined) throw new EngineOptionsError('the content script takes central settings as configured rules, not a config');
  const text = wording.peek();
  if (text !== describedWith) {
    described = new WeakMap();
    describedWith = text;
  }
  // One literal shape, not a spread: the engine reads these on every evaluation (a spread's shapes
  // cost the per-edit path ~50%; shared/engine/index.ts `engineRun`).
  const run = { today: options.today, now: options.now, rules: options.rules, calendar, config: NO_CONFIG, enumLabels: options.enumLabels };
  return decidePage(snapshot, run).map((v) => {
    let f = described.get(v);
    if (f === undefined) described.set(v, (f = describe(v, text)));
    return f;
  });
}

/**
 * This frame's engine: re-runs only the rules whose fields an edit changed (createDecider). A
 * verdict it keeps is the same object, so its finding is described once, not on every edit.
 */
const decidePage = createDecider();
let described = new WeakMap<Verdict, Finding>();
let describedWith: TextBundle | undefined;

/** A field's label (its id when the wording lacks it). */
export function fieldLabel(id: string): Bilingual {
  return wording.value.fields[id] ?? { zh: id, en: id };
}

/** The rule's deadline formula in words, when it has one. */
/** A cited law's English name (its Chinese name when the wording lacks it). */
export function lawEnglish(name: string): string {
  return wording.value.laws[name] ?? name;
}

export function ruleDeadline(ruleId: string): Bilingual | undefined {
  return wording.value.rules[ruleId]?.deadline;
}

/**
 * What the wording lacks for these rules and fields (empty when complete): the content script
 * warns once when the background's answer does not cover its own registry.
 */
export function wordingGaps(text: TextBundle, rules: readonly { meta: { id: string; messages: Readonly<Record<string, unknown>> } }[], fieldIds: readonly string[]): string[] {
  const gaps: string[] = [];
  for (const { meta } of rules) {
    const t = text.rules[meta.id];
    if (t === undefined) {
      gaps.push(meta.id);
      continue;
    }
    for (const id of Object.keys(meta.messages)) if (t.messages[id] === undefined) gaps.push(`${meta.id}.messages.${id}`);
  }
  for (const id of fieldIds) if (text.fields[id] === undefined) gaps.push(`field ${id}`);
  for (const id of Object.keys(BUILTIN_MESSAGES)) if (text.engine.messages[id] === undefined) gaps.push(`engine message ${id}`);
  return gaps;
}
