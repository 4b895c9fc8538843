// The findings list in the browser's side panel, at 1366×768 in chromium with the built extension.
// The in-page panel is a small counter that covers no host text and leaves every control of the
// form clickable; it moves when dragged, and its 侧边栏 button opens chrome.sidePanel (checked with
// chrome.runtime.getContexts). The side panel's own page is then driven in a tab of its own,
// `chrome-extension://<id>/sidepanel.html?tabId=<host tab>` (the real side panel cannot be scripted
// headless): it lists the host tab's findings by light; 定位 on a field of a tab not open says which
// tab to open, and once it is open scrolls to the field inside the 认罪认罚 iframe and flashes its
// light; 提出异议 files an objection (a person's click only) that the host page's light then shows.
// Screenshot: sidepanel-1366.png (the form beside the side panel, as a 1366×768 window), into
// docs/images/ only with CASELIGHT_UPDATE_DOC_IMAGES=1 (harness.ts: screenshotDir).
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshotDir, startCompanion, type ExtensionBrowser, type RunningCompanion } from './harness.ts';
import { overlayText } from './pierce.ts';
import { expandPanel, overlayAttr, overlayBox, overlayClick, overlayCount, overlayQuery, readLights, settledLights, type ScenarioRef } from './overlay-helpers.ts';

/** The few extension APIs the test calls in the service worker and the side panel's page. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { getContexts(f: { contextTypes: string[] }): Promise<unknown[]>; sendMessage(m: object): Promise<unknown> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>> }; session: { get(k: string): Promise<Record<string, unknown>> } };
};

const COUNTER = '[data-testid="caselight-panel"]';
let browser: ExtensionBrowser;
let companion: RunningCompanion;

beforeAll(async () => {
  companion = await startCompanion();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await companion?.close();
});

async function scenario(id: string): Promise<ScenarioRef> {
  const body = (await (await fetch(`${companion.url}/training/api/scenarios/${id}`)).json()) as ScenarioRef | { scenario: ScenarioRef };
  return 'scenario' in body ? body.scenario : body;
}

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Boxes of the host page's text nodes (each line) in the viewport. */
function textBoxes(page: Page): Promise<(Box & { what: string })[]> {
  return page.evaluate(() => {
    const out: { x: number; y: number; width: number; height: number; what: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      if (!text) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight) out.push({ x: r.left, y: r.top, width: r.width, height: r.height, what: text.slice(0, 20) });
    }
    return out;
  });
}

/** Controls of the form in the viewport whose middle is not the control itself (something covers it). */
function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const covered: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) continue;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const label = el.closest('label');
      if (!hit || !(hit === el || el.contains(hit) || (label !== null && label.contains(hit)))) covered.push(`${el.tagName.toLowerCase()}[name=${el.getAttribute('name') ?? ''}] under ${hit?.tagName.toLowerCase() ?? 'nothing'}`);
    }
    return covered;
  });
}

async function hostTabId(url: string): Promise<number> {
  const id = await browser.serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))?.id, url);
  if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
  return id;
}

async function openTab(page: Page, tab: string) {
  await page.locator(`a[data-tab="${tab}"]`).click();
  await expect.poll(() => page.locator(`#tab-panel[data-tab="${tab}"]`).count()).toBe(1);
}

function pleaFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => /\/training\/frame\/.*\/plea/.test(f.url()));
}

describe('findings in the browser side panel', () => {
  it('the counter covers no host text, leaves the form clickable, moves, and opens the side panel', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const s = await scenario('plea-agreement-without-counsel');
    await page.goto(`${companion.url}${s.url}`);
    await expect.poll(() => overlayCount(page, COUNTER), { timeout: 20_000 }).toBe(1);
    expect(await overlayAttr(page, COUNTER, 'data-collapsed')).toBe('true');
    await page.waitForTimeout(500);

    for (const y of [0, 600, 1200]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(150);
      const counter = await overlayBox(page, COUNTER);
      expect(counter.width).toBeLessThan(520);
      expect(counter.height).toBeLessThan(48);
      const under = (await textBoxes(page)).filter((t) => intersects(counter, t)).map((t) => t.what);
      expect(under).toEqual([]);
      expect(await coveredControls(page)).toEqual([]);
    }

    // Dragged by its header, the counter stays where it was put (and inside the window).
    const before = await overlayBox(page, COUNTER);
    const grip = { x: before.x + 20, y: before.y + before.height / 2 };
    await page.mouse.move(grip.x, grip.y);
    await page.mouse.down();
    await page.mouse.move(grip.x - 320, grip.y - 200, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => overlayAttr(page, COUNTER, 'data-moved')).toBe('true');
    const after = await overlayBox(page, COUNTER);
    expect(Math.round(after.x - before.x)).toBe(-320);
    expect(Math.round(after.y - before.y)).toBe(-200);

    // A person's click on 侧边栏 opens the browser's side panel on this tab.
    const contexts = () => browser.serviceWorker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length);
    expect(await contexts()).toBe(0);
    await overlayClick(page, '[data-testid="caselight-open-sidepanel"]');
    await expect.poll(contexts, { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('lists the tab’s findings by light, locates a field (naming the tab to open, then inside the iframe) and files objections', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const s = await scenario('plea-agreement-without-counsel');
    await page.goto(`${companion.url}${s.url}`);
    await expect.poll(() => overlayCount(page, COUNTER), { timeout: 20_000 }).toBe(1);
    // The 认罪认罚 tab once (its iframe reports the signing), then back to the case card.
    await openTab(page, 'rzrf');
    await expect.poll(async () => { const f = pleaFrame(page); return f ? (await readLights(f)).some((l) => l.rule === 'plea-agreement-counsel-present' && l.light === 'red') : false; }, { timeout: 20_000 }).toBe(true);
    // …and the background has its report (sent a moment after the lights) before the iframe goes.
    await expect.poll(() => browser.serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.session.get('caselight:tabs')).includes('"counselPresentAtSigning":false'))).toBe(true);
    await openTab(page, 'akxx');
    await expect.poll(() => pleaFrame(page)).toBeUndefined();

    const tabId = await hostTabId(`${companion.url}${s.url}`);
    const side = await browser.context.newPage();
    await side.setViewportSize({ width: 360, height: 768 });
    await side.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    const red = side.locator('[data-light-group="red"] [data-finding="plea-agreement-counsel-present"][data-finding-field="counselPresentAtSigning"]');
    await expect.poll(() => red.count(), { timeout: 15_000 }).toBe(1);
    expect(await side.locator('[data-testid="sidepanel-case"]').textContent()).toContain(s.snapshot.caseNumber);
    // Groups come worst first, and each item sits in the group of its own light.
    expect(await side.locator('[data-light-group]').evaluateAll((els) => els.map((e) => e.getAttribute('data-light-group')))).toEqual(['red', 'yellow', 'grey', 'green']);
    for (const l of ['red', 'yellow', 'grey', 'green']) {
      const lights = await side.locator(`[data-light-group="${l}"] [data-finding-light]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-finding-light')));
      expect(lights.every((x) => x === l)).toBe(true);
    }

    // The field is on the 认罪认罚 tab, which is not open: the side panel says so.
    await red.locator('[data-testid="sidepanel-locate"]').click();
    const located = red.locator('[data-testid="sidepanel-located"]');
    await expect.poll(() => located.getAttribute('data-state')).toBe('tab');
    expect(await located.textContent()).toContain('「认罪认罚」');

    // Open it: 定位 now scrolls the host page to the field inside the iframe and flashes its light.
    await page.evaluate(() => window.scrollTo(0, 0));
    await openTab(page, 'rzrf');
    await expect.poll(async () => { const f = pleaFrame(page); return f ? (await readLights(f)).length > 0 : false; }, { timeout: 20_000 }).toBe(true);
    // (The iframe reports its fields to the background a moment after its lights: click until it has.)
    await expect.poll(async () => {
      await red.locator('[data-testid="sidepanel-locate"]').click();
      await side.waitForTimeout(300);
      return located.getAttribute('data-state');
    }, { timeout: 10_000 }).toBe('found');
    const frame = pleaFrame(page)!;
    await expect.poll(() => overlayAttr(frame, '[data-flash="true"] [data-field="counselPresentAtSigning"]', 'data-rule')).toBe('plea-agreement-counsel-present');
    const field = await frame.evaluate(() => {
      const el = [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('签署时辩护人或值班律师在场'));
      const r = el!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight };
    });
    expect(field.top).toBeGreaterThanOrEqual(0);
    expect(field.bottom).toBeLessThanOrEqual(field.height);
    const iframeBox = await page.locator('iframe').first().boundingBox();
    expect(iframeBox!.y + field.top).toBeGreaterThanOrEqual(0);
    expect(iframeBox!.y + field.top).toBeLessThan(768);

    // The in-page counter counts the tab's findings as the side panel does (every frame, once each).
    const counts = async () => {
      const counter: string[] = [];
      for (const l of ['red', 'yellow', 'grey', 'green']) counter.push((await overlayText(page, `${COUNTER} [data-count="${l}"]`))?.replace(/\D/g, '') ?? '');
      const panel = await side.locator('[data-testid="sidepanel-counts"] [data-count]').evaluateAll((els) => els.map((e) => e.textContent?.replace(/\D/g, '') ?? ''));
      return counter.join() === panel.join() && counter.length === 4 ? 'same' : JSON.stringify({ counter, panel });
    };
    await expect.poll(counts, { timeout: 10_000 }).toBe('same');

    // The screenshot: the form (1366 − 360 wide, as beside the side panel) and the side panel, one 1366×768 window.
    await page.setViewportSize({ width: 1006, height: 768 });
    await page.waitForTimeout(400);
    const form = await page.screenshot();
    const panel = await side.screenshot();
    const sheet = await browser.context.newPage();
    await sheet.setViewportSize({ width: 1366, height: 768 });
    await sheet.setContent(`<body style="margin:0;display:flex"><img style="width:1006px;height:768px;border-right:1px solid #999;box-sizing:border-box" src="data:image/png;base64,${form.toString('base64')}"><img style="width:360px;height:768px" src="data:image/png;base64,${panel.toString('base64')}"></body>`);
    await sheet.screenshot({ path: `${screenshotDir()}/sidepanel-1366.png` });
    await sheet.close();
    await page.setViewportSize({ width: 1366, height: 768 });

    // A script's click opens no objection form; a person's click and typing file one.
    await asPageScriptOn(side, '[data-finding="plea-agreement-counsel-present"] [data-testid="sidepanel-object"]');
    await side.waitForTimeout(200);
    expect(await red.locator('[data-testid="sidepanel-objection-form"]').count()).toBe(0);
    await red.locator('[data-testid="sidepanel-object"]').click();
    await red.locator('textarea').click();
    await side.keyboard.insertText('具结书签署时值班律师在场，系统漏勾');
    await red.locator('[data-testid="sidepanel-objection-submit"]').click();
    await expect.poll(() => red.locator('[data-testid="sidepanel-objection"]').textContent()).toContain('值班律师在场');
    // The host page's light shows it as objected.
    await expect.poll(async () => (await overlayAttr(frame, '[data-rule="plea-agreement-counsel-present"][data-field="counselPresentAtSigning"]', 'class')) ?? '', { timeout: 10_000 }).toContain('cl-objected');
    const stored = await browser.serviceWorker.evaluate(async () => (await chrome.storage.local.get('objections')).objections as Record<string, { reason: string; training: boolean }>);
    const mine = Object.values(stored).find((o) => o.reason.includes('值班律师在场'));
    expect(mine?.training).toBe(true);
    await side.close();
    await page.close();
  });

  it('names the tab of the form to open for findings whose fields are on a tab not yet open (在「权利告知」页填写…)', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const s = await scenario('plea-agreement-without-counsel');
    await page.goto(`${companion.url}${s.url}`);
    await settledLights(page);
    await expandPanel(page);
    const where = (await overlayQuery(page, '[data-testid="caselight-unverified"] [data-testid="caselight-fill-on-tab"]')).map((n) => n.text);
    expect(where).toContain('在「权利告知」页填写：告知犯罪嫌疑人有权委托辩护人日期');
    await page.close();
  });
});

/** A script of the side panel's own page clicking a button: untrusted, like a host script's. */
async function asPageScriptOn(page: Page, selector: string) {
  await page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).click(), selector);
}
