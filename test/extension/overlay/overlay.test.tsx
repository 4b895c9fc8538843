// @vitest-environment happy-dom
// The overlay rendered with a model and no browser: lights carry their data attributes and text,
// page text is rendered as text, and mounting follows the WXT ctx.
import { signal } from '@preact/signals';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import { Overlay } from '../../../extension/components/overlay';
import { createFormCheckModel } from '../../../extension/models/form-check';
import { mountCaseLight } from '../../../extension/overlay/mount';
import { createPositionTracker } from '../../../extension/overlay/positions';
import { checkedAtText, createOverlayModel } from '../../../extension/models/overlay';
import { renderCounts } from '../../../extension/components/lights';
import { addMessages } from '../../../extension/i18n';
import { CHECKER_EN } from '../../../extension/i18n/overlay-en';
import { CHECKER_ZH } from '../../../extension/i18n/overlay-zh';

// The UI strings as the checker has them once the background answered `ui/text`.
addMessages({ 'zh-CN': CHECKER_ZH, en: CHECKER_EN });

const clock = { today: '2025-09-20', now: '2025-09-20T10:00' };

function setup() {
  document.body.innerHTML = '<input id="gz"><input id="ah">';
  const model = createFormCheckModel({ evaluate, clock });
  const ui = createOverlayModel({ adapter: signal({ id: 'x', name: '测试系统', training: false }) });
  ui.panelFrame.value = true;
  ui.collapsed.value = false;
  ui.elements.value = new Map([
    ['suspectCounselNoticeOn', document.getElementById('gz')!],
    ['caseNumber', document.getElementById('ah')!],
  ]);
  const values = { caseNumber: '<img src=x onerror=alert(1)>', procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: true, hasVictim: false };
  model.setRead({ values, fields: [...Object.keys(values), 'suspectCounselNoticeOn'], issues: [], missing: [] });
  const ac = new AbortController();
  const tracker = createPositionTracker(window, ac.signal);
  const container = document.createElement('div');
  document.body.append(container);
  let commits = 0;
  const objected: string[] = [];
  const object = async (_f: unknown, reason: string) => { objected.push(reason); return { ok: true as const }; };
  render(<Overlay model={model} ui={ui} tracker={tracker} actions={{ locate: () => true, object }} onCommit={() => commits++} />, container);
  return { container, model, ui, objected, commits: () => commits, cleanup: () => { render(null, container); ac.abort(); } };
}

let cleanup = () => {};
afterEach(() => cleanup());

describe('Overlay', () => {
  it('draws one light per finding beside a shown field, with data-field, data-rule, data-light and words', () => {
    const s = setup();
    cleanup = s.cleanup;
    const light = s.container.querySelector<HTMLElement>('[data-rule="notice-suspect-counsel-3d"]')!;
    expect(light.dataset.field).toBe('suspectCounselNoticeOn');
    expect(light.dataset.light).toBe('red');
    expect(light.textContent).toMatch(/^红 /);
    expect(light.getAttribute('aria-label')).toContain('告知');
    expect(s.commits()).toBeGreaterThan(0);
  });

  it('renders page text as text', () => {
    const s = setup();
    cleanup = s.cleanup;
    expect(s.container.querySelector('[data-testid="caselight-case-number"]')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(s.container.querySelector('img')).toBeNull();
  });

  it('ignores clicks and submits a script dispatched (isTrusted false): no objection form opens, nothing is filed', async () => {
    const s = setup();
    cleanup = s.cleanup;
    const open = s.container.querySelector<HTMLButtonElement>('[data-finding-light="red"] [data-testid="caselight-object"]')!;
    expect(open).not.toBeNull();
    open.click();
    open.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(s.container.querySelector('[data-testid="caselight-objection-form"]')).toBeNull();
    expect(s.objected).toEqual([]);
  });

  it('an input that changes no light re-renders no light and changes nothing in the overlay; one that flips a light re-renders its group only', async () => {
    const s = setup();
    cleanup = s.cleanup;
    const settle = () => new Promise((r) => setTimeout(r, 0));
    await settle();
    const before = { ...renderCounts };
    const mutations: MutationRecord[] = [];
    const watch = new MutationObserver((list) => mutations.push(...list));
    watch.observe(s.container, { subtree: true, childList: true, attributes: true, characterData: true });
    const byField = s.model.findingsByField.value;
    // A field that is shown and lights nothing (the unit's name) changes: same findings.
    const read = s.model.read.value;
    s.model.setRead({ ...read, values: { ...read.values, unitName: '玄武区院' }, fields: [...read.fields, 'unitName'] });
    expect(s.model.read.value.values.unitName).toBe('玄武区院');
    await settle();
    expect(s.model.findingsByField.value).toBe(byField);
    // (The panel's items render again here: the fields shown changed. Typing alone: the test below.)
    expect([renderCounts.lights, renderCounts.groups]).toEqual([before.lights, before.groups]);
    const lights = mutations.filter((m) => (m.target as Element).closest?.('.cl-lights') ?? m.target.parentElement?.closest('.cl-lights'));
    expect(lights).toEqual([]);
    // The notice date typed in: the red light turns green; only that field's group renders again
    // (its own signal), not the lights of every field: the fields that have lights are the same.
    const lit = s.model.litFields.value;
    s.model.setRead({ ...read, values: { ...read.values, suspectCounselNoticeOn: '2025-09-09' } });
    await settle();
    expect(s.container.querySelector('[data-rule="notice-suspect-counsel-3d"]')?.getAttribute('data-light')).toBe('green');
    expect(s.model.litFields.value).toBe(lit);
    expect(renderCounts.lights).toBe(before.lights);
    expect(renderCounts.groups - before.groups).toBe(1);
    watch.disconnect();
  });

  it('with the panel open, typing that changes no light and the check every second re-render nothing: no light, no group, not the panel', async () => {
    const s = setup();
    cleanup = s.cleanup;
    const settle = () => new Promise((r) => setTimeout(r, 0));
    // The unit's name is a field this frame shows; the panel says when the page was checked.
    const read = s.model.read.value;
    const withUnit = (unitName: string) => ({ ...read, values: { ...read.values, unitName }, fields: [...read.fields, 'unitName'], issues: [], missing: [] });
    s.model.setRead(withUnit('玄武区院'));
    s.ui.checkedAt.value = checkedAtText(new Date('2025-09-20T10:00:05+08:00'));
    await settle();
    const panel = s.container.querySelector('[data-testid="caselight-panel"]')!;
    expect(panel.getAttribute('data-collapsed')).toBe('false');
    expect(panel.textContent).toContain(checkedAtText(new Date('2025-09-20T10:00:05+08:00')));
    const before = { ...renderCounts };
    // Typing in the unit's name: a new read, the same findings.
    expect(s.model.setRead(withUnit('玄武区人民检察院'))).toBe(true);
    await settle();
    expect(renderCounts).toEqual(before);
    // The one-second check: the same read again (new objects) in the same minute.
    expect(s.model.setRead(withUnit('玄武区人民检察院'))).toBe(false);
    s.ui.checkedAt.value = checkedAtText(new Date('2025-09-20T10:00:59+08:00'));
    await settle();
    expect(renderCounts).toEqual(before);
    // The next minute is shown: the panel renders (its items do not), the lights do not.
    const next = checkedAtText(new Date('2025-09-20T10:01:00+08:00'));
    s.ui.checkedAt.value = next;
    await settle();
    expect(renderCounts.panel).toBe(before.panel + 1);
    expect(renderCounts.lights).toBe(before.lights);
    expect(renderCounts.groups).toBe(before.groups);
    expect(panel.textContent).toContain(next);
  });

  it('starts with the panel collapsed to its counts', () => {
    expect(createOverlayModel().collapsed.value).toBe(true);
  });

  it('lists findings worst first in the panel and collapses it', async () => {
    const s = setup();
    cleanup = s.cleanup;
    const items = [...s.container.querySelectorAll<HTMLElement>('[data-finding-light]')].map((e) => e.dataset.findingLight);
    expect(items[0]).toBe('red');
    s.ui.collapsed.value = true;
    await new Promise((r) => setTimeout(r, 0));
    expect(s.container.querySelector('[data-testid="caselight-panel"]')!.getAttribute('data-collapsed')).toBe('true');
    expect(s.container.querySelector('[data-finding-light]')).toBeNull();
  });
});

describe('mountCaseLight', () => {
  it('mounts a closed shadow root at the end of the body (the page sees no shadowRoot) and removes it when the context ends', () => {
    document.body.innerHTML = '<p>host</p>';
    // WXT's ContentScriptContext needs the WxtVitest plugin (import.meta.env), which the shared
    // vitest config does not load; mounting uses only this part of it.
    const ac = new AbortController();
    const ctx = {
      get isValid() {
        return !ac.signal.aborted;
      },
      onInvalidated(cb: () => void) {
        ac.signal.addEventListener('abort', cb);
        return () => ac.signal.removeEventListener('abort', cb);
      },
      abort: () => ac.abort(),
    } as unknown as ContentScriptContext;
    let removed = false;
    const root = mountCaseLight(ctx, (c) => c, () => (removed = true));
    expect(document.body.lastElementChild?.tagName).toBe('CASELIGHT-ROOT');
    expect(root.shadowHost.shadowRoot).toBeNull();
    expect(root.shadow.mode).toBe('closed');
    expect(root.shadow.contains(root.container)).toBe(true);
    root.shadowHost.remove();
    root.ensureAttached();
    expect(root.shadowHost.isConnected).toBe(true);
    ctx.abort();
    expect(removed).toBe(true);
    expect(document.querySelector('caselight-root')).toBeNull();
  });
});
