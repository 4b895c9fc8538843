// The content script's wiring in one frame: the state lives in the overlay model
// (models/overlay.ts `createCaseLightModel`: settings, adapter, central config, findings as
// computed); this file connects the page's and the browser's events to the model's setters, reads
// the page when it changes, draws, and reports to the background. Everything stops with the WXT ctx.
import { effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FIELD_IDS } from '../../shared/case/fields';
import type { Finding } from '../../shared/engine';
import { Overlay } from '../components/overlay';
import type { Notice } from '../../shared/api/index';
import type { ReplyOutcome } from '../loop/notices';
import { addMessages, locale } from '../i18n';
import { isPush, request as sendRequest, type FrameMerge, type FrameReport, type MessageOf, type MessageType, type ResponseOf } from '../protocol';
import type { PublicSettings } from '../settings';
import { toFrameFindingRef } from '../finding-ref';
import { shanghaiClock, type Evaluate } from '../models/form-check';
import { frameUrl } from '../page/adapters';
import { evaluateWithWording, wording, wordingGaps } from '../models/wording';
import { rules } from '../../shared/rules';
import { createPageReader, type PageRead, type PageReader } from '../page/snapshot';
import { mountCaseLight } from './mount';
import { createPositionTracker } from './positions';
import { checkedAtText, createCaseLightModel, placePanel } from '../models/overlay';

export interface CaseLightDeps {
  request?: <K extends MessageType>(message: MessageOf<K>) => Promise<ResponseOf<K>>;
  evaluate?: Evaluate;
}

/** Marks read back by bench/overlay.ts: an input event (set by the page) → lights updated. */
export const RENDERED_MARK = 'caselight:rendered';
const REPORT_DELAY_MS = 100;
const RESOLVE_DELAY_MS = 50;
const POLL_MS = 1000;

async function withRetry<T>(fn: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      // The service worker may still be starting ("Receiving end does not exist").
      if (i >= attempts) throw e;
      await new Promise((r) => setTimeout(r, 100 * i));
    }
  }
}

export async function startCaseLight(ctx: ContentScriptContext, deps: CaseLightDeps = {}) {
  const g = globalThis as { __caselightStarted?: boolean };
  if (g.__caselightStarted) return; // injected twice (static and dynamic registration)
  g.__caselightStarted = true;
  ctx.onInvalidated(() => {
    g.__caselightStarted = false;
  });

  const request = deps.request ?? sendRequest;
  const evaluate = deps.evaluate ?? evaluateWithWording;
  const signal = ctx.signal;
  const caselight = createCaseLightModel({ evaluate, clock: shanghaiClock(), rules, url: frameUrl() });
  const { check: model, ui } = caselight;
  const tracker = createPositionTracker(window, signal);

  /** The page reader of the current adapter (an effect below replaces it when the adapter changes). */
  let reader: PageReader | null = null;
  let pendingMark = false;

  // A zero-delay task queue without timer clamping: one check per burst of events.
  const channel = new MessageChannel();
  const tasks: (() => void)[] = [];
  channel.port1.onmessage = () => {
    const run = tasks.splice(0);
    for (const t of run) t();
  };
  const nextTask = (fn: () => void) => {
    tasks.push(fn);
    if (tasks.length === 1) channel.port2.postMessage(0);
  };
  ctx.onInvalidated(() => channel.port1.close());

  function markRendered() {
    if (!pendingMark) return;
    pendingMark = false;
    performance.clearMarks(RENDERED_MARK);
    performance.mark(RENDERED_MARK);
  }

  const actions = {
    locate(field: string) {
      const el = ui.elements.peek().get(field);
      if (!el) return false;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      (el as HTMLElement).focus?.({ preventScroll: true });
      return true;
    },
    async object(finding: Finding, reason: string) {
      const caseNumber = model.caseNumber.peek();
      if (caseNumber === undefined) return { ok: false as const, error: 'no case number' };
      try {
        const res = await request({
          type: 'objection/add',
          objection: {
            caseNumber, ruleId: finding.ruleId, occurrenceKey: finding.occurrenceKey, anchor: finding.anchor,
            light: finding.light, reason, training: caselight.training.peek(),
          },
        });
        if (!res.ok) return res;
        model.addObjection(res.objection);
        return { ok: true as const };
      } catch (e) {
        return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
      }
    },
    // Open notices of the case (the background holds the token and the last pulled copy).
    notices: {
      list: async (caseNumber?: string) => (await browser.runtime.sendMessage({ type: 'loop/notices', caseNumber })) as Notice[],
      reply: async (id: string, text: string) => (await browser.runtime.sendMessage({ type: 'loop/reply', id, text })) as ReplyOutcome,
    },
  };

  const host = mountCaseLight(
    ctx,
    (container) => {
      render(<Overlay model={model} ui={ui} tracker={tracker} actions={actions} onCommit={markRendered} />, container);
      return container;
    },
    (container) => render(null, container),
  );

  // ── reading and checking ────────────────────────────────────────────────────────────────────
  let scheduled = false;
  /**
   * One check per burst of events, after the page's own listeners have run: in the next task or
   * at the next animation frame, whichever comes first. After a person's keystroke the browser
   * renders the frame before it runs ordinary tasks, so the frame callback is what puts the lights
   * in the same frame as the typed character; an idle or hidden page gets the task.
   */
  let checkFrame = 0;
  /**
   * What the scheduled check reads: the one element the burst's input events came from (its fields
   * only), or null: every field (a `change`, an IME's end, inputs on two elements, the poll).
   */
  let target: EventTarget | null = null;
  function checkSoon(from: EventTarget | null = null) {
    if (!reader) return;
    if (scheduled) {
      if (from !== target) target = null;
      return;
    }
    scheduled = true;
    target = from;
    const run = () => {
      if (!scheduled) return;
      scheduled = false;
      if (checkFrame) cancelAnimationFrame(checkFrame);
      checkFrame = 0;
      check(target);
    };
    nextTask(run);
    // The window's own timers on these per-keystroke paths, not ctx's: each ctx timer adds a listener
    // to ctx.signal that stays until the context ends (thousands over a working day, each added in
    // time that grows with their number). What they call checks signal.aborted instead.
    checkFrame = requestAnimationFrame(run);
  }

  /** The reader's last read: the same object while nothing changed (its elements too, until the fields are located again). */
  let lastRead: PageRead | null = null;
  function check(from: EventTarget | null = null) {
    if (!reader || signal.aborted) return;
    const read = reader.read(from);
    model.setClock(shanghaiClock());
    ui.elements.value = read.elements;
    const changed = read !== lastRead && model.setRead({ values: read.values, fields: [...read.elements.keys()], issues: read.issues, missing: read.missing, read: read.read });
    lastRead = read;
    ui.checkedAt.value = checkedAtText(new Date());
    if (changed) reportSoon();
    // Lights re-render in a microtask when their signals changed (Preact's queue, queued by the
    // signal writes above, so before this one); mark once that has happened — in this frame.
    pendingMark = true;
    queueMicrotask(markRendered);
  }

  let resolveTimer = 0;
  function resolveSoon() {
    if (resolveTimer || !reader) return;
    resolveTimer = window.setTimeout(() => {
      resolveTimer = 0;
      if (signal.aborted) return;
      reader?.resolve();
      // The page's DOM changed: its layout may have moved fields; place every group next frame.
      tracker.invalidate();
      tracker.schedule();
      check();
    }, RESOLVE_DELAY_MS);
  }

  // ── reporting to the background (badge, other frames, sync) ─────────────────────────────────
  let reportTimer = 0;
  let lastCase: string | undefined;
  let reports = 0;
  function reportSoon() {
    if (reportTimer) return;
    // Sent when the page is idle after that (a report serialises every value and finding): never
    // between a keystroke and the frame that shows it.
    reportTimer = window.setTimeout(() => requestIdleCallback(() => {
      reportTimer = 0;
      void report();
    }, { timeout: REPORT_DELAY_MS }), REPORT_DELAY_MS);
  }

  const applyMerge = (merge: FrameMerge) => caselight.applyMerge(merge);

  async function report() {
    const adapter = caselight.adapter.peek();
    if (signal.aborted || !adapter) return;
    const view = model.caseView.peek();
    const values: Record<string, unknown> = {};
    for (const f of model.read.peek().fields) values[f] = model.read.peek().values[f] ?? null;
    const r: FrameReport = {
      url: location.href,
      adapterId: adapter.id,
      adapterName: adapter.name,
      training: caselight.training.peek(),
      values,
      findings: model.findings.peek().map(toFrameFindingRef),
      checkedAt: new Date().toISOString(),
    };
    if (typeof view.caseNumber === 'string') r.caseNumber = view.caseNumber;
    if (typeof view.procedure === 'string') r.procedure = view.procedure;
    try {
      applyMerge(await request({ type: 'frame/report', report: r, first: reports++ === 0 }));
    } catch {
      // The extension was reloaded or the worker is gone; the next change reports again.
    }
    const cn = model.caseNumber.peek();
    if (cn !== lastCase) {
      lastCase = cn;
      if (cn !== undefined) void loadObjections(cn);
    }
  }

  async function loadObjections(caseNumber: string) {
    try {
      model.setObjections(await request({ type: 'objection/list', caseNumber }));
    } catch {
      /* shown again on the next case change */
    }
  }

  // ── adapter choice: the model derives it from the settings and the URL; a new one gets a reader ──
  let had = false;
  const disposeAdapter = effect(() => {
    const next = caselight.adapter.value;
    lastRead = null;
    if (!next) {
      reader = null;
      model.setRead({ values: {}, fields: [], issues: [], missing: [] });
      ui.elements.value = new Map();
      if (had) void request({ type: 'frame/gone' }).catch(() => undefined);
      had = false;
      return;
    }
    had = true;
    reader = createPageReader(document, next, wording.peek().values);
    check();
    reportSoon();
  });
  // Points and lights follow central settings: the badge and the sync hear of it now, not at the next edit.
  let engineSeen = caselight.engine.peek();
  const disposeEngine = effect(() => {
    const engine = caselight.engine.value;
    if (engine === engineSeen) return;
    engineSeen = engine;
    if (caselight.adapter.peek()) reportSoon();
  });
  // The background's view of this frame (badge, side panel, the other frames' counters, sync)
  // follows the findings whatever changed them: a read, another frame's values merged in, a field
  // seen for the first time, the date. Reporting only on a changed read left the side panel behind
  // the counter after a tab switch.
  let findingsSeen = model.findings.peek();
  const disposeFindings = effect(() => {
    const findings = model.findings.value;
    if (findings === findingsSeen) return;
    findingsSeen = findings;
    if (caselight.adapter.peek()) reportSoon();
  });
  ctx.onInvalidated(() => { disposeAdapter(); disposeEngine(); disposeFindings(); });

  /** A navigation (or a settings push): the same adapter re-resolves its fields and checks again. */
  function choose() {
    const before = caselight.adapter.peek();
    caselight.setUrl(frameUrl());
    if (before && caselight.adapter.peek() === before) {
      reader?.resolve();
      checkSoon();
    }
  }

  function applySettings(s: PublicSettings) {
    locale.value = s.locale;
    caselight.setSettings(s);
    choose();
  }

  // ── wiring (every listener ends with ctx) ───────────────────────────────────────────────────
  const onInput = (e: Event) => {
    // Wait for the IME to commit: mid-composition values are not what the user means.
    if ((e as InputEvent).isComposing) return;
    checkSoon(e.target);
  };
  ctx.addEventListener(document, 'input', onInput, { capture: true });
  ctx.addEventListener(document, 'change', () => checkSoon(), { capture: true });
  ctx.addEventListener(document, 'compositionend', () => checkSoon(), { capture: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => choose());
  ctx.addEventListener(window, 'popstate', () => choose());
  ctx.addEventListener(window, 'pagehide', () => {
    if (caselight.adapter.peek()) void request({ type: 'frame/gone' }).catch(() => undefined);
  });
  ctx.addEventListener(document, 'focusin', () => placeSoon(), { capture: true });
  ctx.addEventListener(window, 'resize', () => placeSoon());
  ctx.addEventListener(window, 'scroll', () => placeSoon(), { capture: true, passive: true });
  // Hover-card closes on Escape.
  ctx.addEventListener(document, 'keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') ui.card.value = null;
  });

  const observer = new MutationObserver((records) => {
    const hostEl = host.shadowHost;
    if (records.every((r) => r.target === hostEl || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n === hostEl)))) {
      host.ensureAttached();
      return;
    }
    host.ensureAttached();
    if (/* a location change without an event */ frameUrl() !== lastUrl) {
      lastUrl = frameUrl();
      choose();
    }
    resolveSoon();
  });
  let lastUrl = frameUrl();
  observer.observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'checked', 'selected'],
  });
  ctx.onInvalidated(() => observer.disconnect());

  // Values set by page scripts fire no events (datepickers); poll cheaply while visible.
  ctx.setInterval(() => {
    if (document.visibilityState !== 'visible') return;
    if (reader) check();
    tracker.schedule();
  }, POLL_MS);

  let flashTimer = 0;
  const onMessage = (message: unknown) => {
    if (!isPush(message)) return undefined;
    if (message.type === 'push/locate') {
      // The side panel's 定位: scroll the field into view and flash its light for a moment.
      const found = actions.locate(message.field);
      if (found) {
        ui.flash.value = message.field;
        clearTimeout(flashTimer);
        flashTimer = ctx.setTimeout(() => (ui.flash.value = null), 2000);
      }
      return Promise.resolve(found);
    }
    if (message.type === 'push/settings') applySettings(message.settings);
    else if (message.type === 'push/frames') applyMerge(message.merge);
    else if (message.type === 'push/objections' && message.caseNumber === model.caseNumber.peek()) void loadObjections(message.caseNumber);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // ── the panel keeps clear of the field being edited ─────────────────────────────────────────
  let placeFrame = 0;
  let fullSize = { width: 380, height: 240 };
  function placeSoon() {
    if (placeFrame) return;
    // Measured after the next frame is drawn (a task from its animation frame): the layout is clean
    // then, so the panel's placement forces none inside the frame that shows the typed character.
    placeFrame = requestAnimationFrame(() => nextTask(() => {
      placeFrame = 0;
      const panel = host.shadow.querySelector<HTMLElement>('[data-testid="caselight-panel"]');
      if (!panel) return;
      const active = document.activeElement;
      const focus = active && active !== document.body && active !== host.shadowHost ? active.getBoundingClientRect() : null;
      const cur = ui.placement.peek();
      const collapsed = ui.collapsed.peek();
      if (!cur.shrink && !collapsed) fullSize = { width: panel.offsetWidth, height: panel.offsetHeight };
      const size = collapsed ? { width: panel.offsetWidth, height: panel.offsetHeight } : fullSize;
      const next = placePanel(cur.corner, focus, size, { width: window.innerWidth, height: window.innerHeight });
      if (cur.corner !== next.corner || cur.shrink !== next.shrink) ui.placement.value = next;
    }));
  }

  const [first, text, uiText] = await Promise.all([
    withRetry(() => request({ type: 'settings/get' })),
    withRetry(() => request({ type: 'rules/text' })),
    withRetry(() => request({ type: 'ui/text' })),
  ]);
  addMessages(uiText);
  wording.value = text;
  const gaps = wordingGaps(text, rules, FIELD_IDS);
  if (gaps.length > 0) console.warn('CaseLight: text missing for', gaps.join(', '));
  // A push while the two requests were under way is newer than the first answer.
  if (!caselight.settings.peek()) applySettings(first);
  caselight.setTextReady();
  choose();
}
