// The overlay and the host page: it never moves the page's fields, keeps lights beside them as the
// page scrolls, picks up an adapter added while a tab is open, renders page text as text, and
// sets the toolbar badge.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchWithExtension, startCompanion, type ExtensionBrowser, type RunningCompanion } from './harness.ts';
import {
  expandPanel, key, overlayAttr, overlayBox, overlayClick, overlayCount, overlayHover, overlayText, servePages, settledLights,
} from './overlay-helpers.ts';

const FORM = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>外省系统</title>
<style>body{font:14px sans-serif;margin:20px} td{padding:4px 8px} .tall{height:1400px}</style></head>
<body><h1>审查起诉案卡</h1>
<table>
  <tr><td>案号：</td><td><input id="ah" value="&lt;img src=x onerror=alert(1)&gt;"></td></tr>
  <tr><td>案件类别：</td><td><select id="lb"><option>审查逮捕</option><option selected>审查起诉</option></select></td></tr>
  <tr><td>受理日期：</td><td><input id="slrq" value="2025年9月8日"></td></tr>
  <tr><td>是否在押：</td><td><select id="zy"><option>是</option><option>否</option></select></td></tr>
  <tr><td>告知犯罪嫌疑人有权委托辩护人日期：</td><td><input id="gz" value=""></td></tr>
  <tr><td>讯问日期：</td><td><input id="xw" value="&lt;b onmouseover=alert(2)&gt;"></td></tr>
</table><div class="tall"></div>
<input id="corner" aria-label="备注" style="position:fixed;right:24px;bottom:24px;width:160px"></body></html>`;

const ADAPTER = {
  id: 'e2e-province',
  name: '外省统一业务应用系统（测试）',
  version: 1,
  match: ['http://127.0.0.1/province/*'],
  fields: {
    caseNumber: { label: '案号' },
    procedure: { label: '案件类别', map: { 审查逮捕: 'arrest-review', 审查起诉: 'prosecution-review' } },
    acceptedOn: { label: '受理日期' },
    inCustody: { label: '是否在押' },
    suspectCounselNoticeOn: { label: '告知犯罪嫌疑人有权委托辩护人日期' },
    interrogatedOn: { label: '讯问日期' },
  },
};

let browser: ExtensionBrowser;
let companion: RunningCompanion;
let site: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  companion = await startCompanion();
  site = await servePages({ '/province/case': FORM, '/later/case': FORM });
  browser = await launchWithExtension();
  await setAdapters([ADAPTER]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await companion?.close();
});

async function setAdapters(adapters: unknown[]) {
  await browser.serviceWorker.evaluate(async (a) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await c.storage.local.set({ adapters: a });
  }, adapters);
}

function fieldRects(page: Page) {
  return page.evaluate(() => {
    const rects = [...document.querySelectorAll('input, select, textarea, button, a, iframe')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName}#${el.id || (el as HTMLInputElement).name || ''} ${r.x},${r.y},${r.width},${r.height}`;
    });
    return { rects, width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight };
  });
}

describe('the overlay and the host page', () => {
  it('picks up an adapter added through storage on a tab that is already open', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}/later/case`);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
    // No adapter matches yet: only the bootstrap runs here, the checker (and its overlay) stays out.
    await page.waitForTimeout(1_500);
    expect(await page.locator('caselight-root').count()).toBe(0);
    await setAdapters([ADAPTER, { ...ADAPTER, id: 'e2e-later', match: ['http://127.0.0.1/later/*'] }]);
    // The settings push reaches the bootstrap, which has the checker injected: no reload.
    await expect.poll(() => page.locator('caselight-root').count(), { timeout: 15_000 }).toBe(1);
    const lights = await settledLights(page);
    expect(lights.map(key)).toContain('notice-suspect-counsel-3d@suspectCounselNoticeOn=red');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
    await page.close();
  });

  it('renders page text as text: no element made from it, no dialog', async () => {
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${site.url}/province/case`);
    await settledLights(page);
    await expandPanel(page);
    await overlayClick(page, '[data-testid="caselight-diagnostics"] summary');
    expect(await overlayText(page, '[data-testid="caselight-case-number"]')).toBe('<img src=x onerror=alert(1)>');
    expect(await overlayText(page, '[data-testid="caselight-overlay"]')).toContain('<b onmouseover=alert(2)>');
    expect(await overlayCount(page, 'img, b, script, svg, iframe')).toBe(0);
    await overlayHover(page, '[data-field="suspectCounselNoticeOn"]');
    await expect.poll(() => overlayCount(page, '[data-testid="caselight-card"]')).toBe(1);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('never moves the host page: every control sits where it sits without the extension', async () => {
    const url = `${companion.url}/training/cases/clean-prosecution-review`;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(url);
    await settledLights(page);
    const withOverlay = await fieldRects(page);

    const dir = mkdtempSync(join(tmpdir(), 'caselight-plain-'));
    const plain = await chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
    try {
      const p = await plain.newPage();
      await p.setViewportSize({ width: 1280, height: 720 });
      await p.goto(url);
      await p.waitForLoadState('load');
      const without = await fieldRects(p);
      expect(withOverlay.rects.length).toBeGreaterThan(20);
      expect(withOverlay).toEqual(without);
    } finally {
      await plain.close();
      rmSync(dir, { recursive: true, force: true });
    }
    await page.close();
  });

  it('keeps each light beside its field as the page scrolls', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${site.url}/province/case`);
    await settledLights(page);
    const where = async () => {
      const field = await page.evaluate(() => {
        const r = document.getElementById('gz')!.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, height: r.height };
      });
      const light = await overlayBox(page, '[data-field="suspectCounselNoticeOn"]');
      return { dx: Math.round(light.x - field.right), dy: Math.round(light.y + light.height / 2 - (field.top + field.height / 2)), top: field.top };
    };
    const before = await where();
    expect(before.dx).toBeGreaterThanOrEqual(0);
    expect(before.dx).toBeLessThan(12);
    expect(Math.abs(before.dy)).toBeLessThanOrEqual(2);
    await page.mouse.wheel(0, 60);
    await expect.poll(async () => (await where()).top).toBeLessThan(before.top - 30);
    await expect.poll(async () => {
      const after = await where();
      return [after.dx, Math.abs(after.dy) <= 2];
    }).toEqual([before.dx, true]);
    await page.close();
  });

  it('moves the panel off the field being edited', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${site.url}/province/case`);
    await settledLights(page);
    const panel = '[data-testid="caselight-panel"]';
    expect(await overlayAttr(page, panel, 'data-corner')).toBe('bottom-right');
    await page.locator('#corner').focus();
    await expect.poll(() => overlayAttr(page, panel, 'data-corner')).not.toBe('bottom-right');
    const [p, f] = await Promise.all([overlayBox(page, panel), page.locator('#corner').boundingBox()]);
    const apart = p!.x + p!.width <= f!.x || f!.x + f!.width <= p!.x || p!.y + p!.height <= f!.y || f!.y + f!.height <= p!.y;
    expect(apart).toBe(true);
    await page.close();
  });

  it('shows the number of red findings on the toolbar badge, in the colour of the worst', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}/province/case`);
    const lights = await settledLights(page);
    const reds = new Set(lights.filter((l) => l.light === 'red').map(key)).size;
    expect(reds).toBeGreaterThan(0);
    const badge = async () =>
      browser.serviceWorker.evaluate(async (url) => {
        const c = (globalThis as unknown as {
          chrome: {
            tabs: { query(q: object): Promise<{ id: number }[]> };
            action: { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]> };
          };
        }).chrome;
        const [tab] = await c.tabs.query({ url });
        return { text: await c.action.getBadgeText({ tabId: tab.id }), color: await c.action.getBadgeBackgroundColor({ tabId: tab.id }) };
      }, `${site.url}/province/case`);
    await expect.poll(async () => (await badge()).text).toBe(String(reds));
    expect((await badge()).color.slice(0, 3)).toEqual([217, 48, 37]);
    await page.close();
  });
});
