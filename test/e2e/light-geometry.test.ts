// Lights never cover the host page's text: every training scenario at 1366×768, each of its case
// card's tabs, scrolled through; no light's box may intersect a text box of the host page or another
// light. (Boxes in viewport coordinates; a light hidden with its field is not drawn and not counted.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startCompanion, type ExtensionBrowser, type RunningCompanion } from './harness.ts';
import { LIGHT_SELECTOR, overlayQuery, settledLights } from './overlay-helpers.ts';
import { cdpOf } from './pierce.ts';

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

interface Box { x: number; y: number; w: number; h: number; what: string }
const hit = (a: Box, b: Box) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

/** Boxes of the visible lights (pierced: the overlay's shadow root is closed). */
async function lightBoxes(page: Page): Promise<Box[]> {
  const cdp = await cdpOf(page);
  const out: Box[] = [];
  for (const n of await overlayQuery(page, `.cl-group:not([style*="hidden"]) ${LIGHT_SELECTOR}`)) {
    try {
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId: n.nodeId }) as { model: { border: number[] } };
      const xs = [model.border[0], model.border[4]];
      const ys = [model.border[1], model.border[5]];
      const b = { x: Math.min(...xs), y: Math.min(...ys), w: Math.abs(xs[1] - xs[0]), h: Math.abs(ys[1] - ys[0]), what: `${n.attrs['data-rule'] ?? ''}@${n.attrs['data-field'] ?? ''}` };
      if (b.w > 0 && b.h > 0 && b.y + b.h > 0 && b.y < 768) out.push(b);
    } catch { /* not rendered */ }
  }
  return out;
}

/** Boxes of the host page's text (each line of each text node), in the viewport. */
async function textBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const boxes: { x: number; y: number; w: number; h: number; what: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      if (!text) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight) boxes.push({ x: r.left, y: r.top, w: r.width, h: r.height, what: text.slice(0, 20) });
      }
    }
    // Text typed into inputs is text too.
    for (const el of document.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select, textarea')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.bottom > 0 && r.top < innerHeight) boxes.push({ x: r.left, y: r.top, w: r.width, h: r.height, what: `<${el.tagName.toLowerCase()} ${(el as HTMLInputElement).name}>` });
    }
    return boxes;
  });
}

describe('lights never cover host text (every training scenario, 1366×768)', () => {
  it('no light over a text box or another light', async () => {
    const { scenarios } = await (await fetch(`${companion.url}/training/api/scenarios`)).json() as { scenarios: { id: string; url: string; fieldLocations: Record<string, { tab: string }> }[] };
    expect(scenarios.length).toBeGreaterThan(10);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const problems: string[] = [];
    let checked = 0;
    for (const s of scenarios) {
      const tabs = [...new Set(Object.values(s.fieldLocations).map((l) => l.tab).filter((t) => t !== 'header'))];
      await page.goto(`${companion.url}${s.url}`);
      for (const tab of ['akxx', ...tabs.filter((t) => t !== 'akxx')]) {
        if (tab !== 'akxx') {
          const link = page.locator(`a[data-tab="${tab}"]`);
          if ((await link.count()) === 0) continue;
          await link.click();
        }
        await settledLights(page);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y < height; y += 600) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.waitForTimeout(120);
          const lights = await lightBoxes(page);
          const texts = await textBoxes(page);
          checked += lights.length;
          for (const [i, l] of lights.entries()) {
            for (const t of texts) if (hit(l, t)) problems.push(`${s.id}/${tab}@${y}: ${l.what} over 「${t.what}」`);
            for (const o of lights.slice(i + 1)) if (hit(l, o)) problems.push(`${s.id}/${tab}@${y}: ${l.what} over ${o.what}`);
          }
        }
      }
    }
    console.log(`light-geometry: ${scenarios.length} scenarios, ${checked} light placements checked, ${problems.length} overlaps`);
    expect(checked).toBeGreaterThan(50);
    expect([...new Set(problems)].slice(0, 40)).toEqual([]);
    // Every scenario and tab, scrolled through: a long walk, with its own budget.
  }, 300_000);
});
