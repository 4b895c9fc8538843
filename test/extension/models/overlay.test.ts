// The overlay model (models/overlay.ts createCaseLightModel): settings, adapter, central config and
// findings as computed values over the inputs the content script sets; no page, no browser.
import { effect } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { Adapter } from '../../../shared/adapters/schema';
import { trainingSystemAdapter } from '../../../shared/adapters/training-system';
import { createCalendar } from '../../../shared/calendar';
import { serializeCalendar } from '../../../shared/calendar/serialized';
import { evaluate, type Finding } from '../../../shared/engine';
import { rules } from '../../../shared/rules';
import { resolveRuleSettings } from '../../../shared/engine/config';
import { createCaseLightModel, sameData, stableComputed } from '../../../extension/models/overlay';
import type { PublicSettings } from '../../../extension/settings';
import { signal } from '@preact/signals';

const clock = { today: '2025-09-10', now: '2025-09-10T10:00' };
const training = trainingSystemAdapter as unknown as Adapter;
const other: Adapter = { ...training, id: 'host-a', name: '业务系统', training: false, match: ['http://host.example/*'] } as Adapter;

function settings(over: Partial<PublicSettings> = {}): PublicSettings {
  return {
    companionUrl: '', hasToken: false, trainingMode: false, locale: 'zh-CN', locked: [],
    adapters: [{ source: 'built-in', adapter: other }, { source: 'built-in', adapter: training }],
    rejectedAdapters: [],
    central: { fetchedAt: null, error: null, rules: {}, configured: {}, calendar: null, problems: [], counts: { rules: 0, adapters: 0, calendarOverrides: 0 } },
    calendar: serializeCalendar(createCalendar()),
    ...over,
  };
}

/** Central rule settings as the background sends them: as given, and resolved (toCentralPublic's `configured`). */
function centralWith(central: Record<string, { enabled?: boolean; adopted?: boolean }>): PublicSettings['central'] {
  return { ...settings().central, rules: central, configured: resolveRuleSettings(rules, central) };
}

const model = (url = 'http://127.0.0.1/training/cases/1') => createCaseLightModel({ evaluate, clock, rules, url, topFrame: true });
/** A fresh copy, as every push from the background is (structured clone). */
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('createCaseLightModel', () => {
  it('chooses no adapter before the rule text is in place, then the first whose patterns cover the URL', () => {
    const m = model();
    m.setSettings(settings());
    expect(m.adapter.value).toBeNull();
    expect(m.ui.adapter.value).toBeNull();
    m.setTextReady();
    expect(m.adapter.value?.id).toBe('training-system');
    expect(m.ui.adapter.value).toMatchObject({ id: 'training-system', training: true });
    expect(m.training.value).toBe(true);
    m.setUrl('http://host.example/case/9');
    expect(m.adapter.value?.id).toBe('host-a');
    expect(m.training.value).toBe(false);
    m.setSettings(settings({ trainingMode: true }));
    expect(m.training.value).toBe(true);
    expect(m.ui.trainingMode.value).toBe(true);
    m.setUrl('http://elsewhere.example/');
    expect(m.adapter.value).toBeNull();
  });

  it('keeps the same adapter, central rules and calendar objects when a push repeats the same settings', () => {
    const m = model();
    m.setTextReady();
    const calendar = serializeCalendar(createCalendar({ holidays: ['2025-09-12'] }));
    const s = settings({ central: { ...centralWith({ 'intake-register-and-assign': { enabled: true, adopted: true } }), calendar } });
    m.setSettings(s);
    const first = { adapter: m.adapter.value, rules: m.centralRules.value, calendar: m.centralCalendar.value, engine: m.engine.value };
    expect(first.rules).toBeDefined();
    expect(first.calendar?.coveredYears).toEqual(createCalendar().coveredYears);
    let reruns = 0;
    const stop = effect(() => { void m.engine.value; reruns++; });
    m.setSettings(clone(s));
    m.setSettings(clone({ ...s, locale: 'en' }));
    expect(m.adapter.value).toBe(first.adapter);
    expect(m.centralRules.value).toBe(first.rules);
    expect(m.centralCalendar.value).toBe(first.calendar);
    expect(m.engine.value).toBe(first.engine);
    expect(reruns).toBe(1);
    // A change of the rules alone rebuilds the rules, not the calendar.
    m.setSettings(clone({ ...s, central: { ...s.central, rules: {}, configured: {} } }));
    expect(m.centralRules.value).toBeUndefined();
    expect(m.centralCalendar.value).toBe(first.calendar);
    expect(reruns).toBe(2);
    stop();
  });

  it("re-evaluates the findings when the unit adopts a policy limit centrally (configureRules of shared/engine/config)", () => {
    const m = model();
    m.setTextReady();
    m.setSettings(settings());
    m.check.setRead({ values: { procedure: 'intake', acceptedOn: '2025-09-08', assignedToHandlerOn: '2025-09-10' }, fields: ['procedure', 'acceptedOn', 'assignedToHandlerOn'], issues: [], missing: [] });
    const intake = () => m.check.findings.value.find((f: Finding) => f.ruleId === 'intake-register-and-assign');
    expect(intake()).toMatchObject({ light: 'yellow' });
    m.setSettings(settings({ central: centralWith({ 'intake-register-and-assign': { enabled: true, adopted: true } }) }));
    expect(intake()).toMatchObject({ light: 'red', points: 1 });
  });

  it("counts the tab's findings: this frame's, then other frames' by occurrence (the counter matches the side panel)", () => {
    const m = model();
    m.setTextReady();
    m.setSettings(settings());
    m.check.setRead({ values: { procedure: 'intake', acceptedOn: '2025-09-08', assignedToHandlerOn: '2025-09-10' }, fields: ['procedure', 'acceptedOn', 'assignedToHandlerOn'], issues: [], missing: [] });
    const own = m.check.summary.value.counts;
    const mine = m.check.findings.value[0];
    m.applyMerge({ remote: {}, panel: true, frames: 2, others: [{ occurrenceKey: mine.occurrenceKey, light: mine.light }, { occurrenceKey: 'x:1', light: 'red' }, { occurrenceKey: 'x:2', light: 'grey' }] });
    expect(m.check.tabCounts.value).toEqual({ ...own, red: own.red + 1, grey: own.grey + 1 });
    expect(m.ui.frames.value).toBe(2);
    const before = m.check.tabCounts.value;
    m.applyMerge({ remote: {}, panel: true, frames: 2, others: [{ occurrenceKey: mine.occurrenceKey, light: mine.light }, { occurrenceKey: 'x:1', light: 'red' }, { occurrenceKey: 'x:2', light: 'grey' }] });
    expect(m.check.tabCounts.value).toBe(before);
  });
});

describe('stableComputed and sameData', () => {
  it('keep the previous value while the next one is structurally equal', () => {
    const s = signal<unknown>({ a: [1, { b: 2 }] });
    const c = stableComputed(() => s.value, sameData);
    const first = c.value;
    s.value = { a: [1, { b: 2 }] };
    expect(c.value).toBe(first);
    s.value = { a: [1, { b: 3 }] };
    expect(c.value).not.toBe(first);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
});
