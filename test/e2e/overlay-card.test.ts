// Cards behave like every popover, at 1366×768 in chromium with the built extension: hover shows,
// a click pins, a click outside, Escape or the card's × closes; Tab reaches the lights and Enter
// opens; a pinned card never covers the panel. No counter or panel on a page that holds no case
// (the training system's scenario list). Screenshot: docs/images/card-1366.png.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startCompanion, type ExtensionBrowser, type RunningCompanion, screenshotDir } from './harness.ts';
import { expandPanel, openRedFinding, overlayAttr, overlayBox, overlayClick, overlayCount, overlayHover, type ScenarioRef } from './overlay-helpers.ts';

const IMAGES = screenshotDir();
let browser: ExtensionBrowser;
let companion: RunningCompanion;

beforeAll(async () => {
  mkdirSync(IMAGES, { recursive: true });
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

const CARD = '[data-testid="caselight-card"]';

/** Scrolls the host page until the light's field (and so the light) is in the middle of the window. */
async function reveal(page: Page, light: string, below = 500) {
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(80);
    // A light beside a field out of view is not rendered (display: none): it has no box yet.
    const b = await overlayBox(page, light).catch(() => null);
    if (b && b.y > 60 && b.y < below) return;
    await page.evaluate(() => window.scrollBy(0, 150));
  }
  throw new Error(`light ${light} never came into view`);
}
const cardOpen = (page: Page) => overlayCount(page, CARD);
const intersects = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('cards that behave', () => {
  it('hover shows, click pins, a click outside / Escape / × close; a pinned card keeps off the panel', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const red = await openRedFinding(page, companion.url, await scenario('prosecution-review-overdue'));
    const light = `[data-rule="${red.rule}"][data-field="${red.field}"]`;
    await reveal(page, light);

    await overlayHover(page, light);
    await expect.poll(() => cardOpen(page)).toBe(1);
    expect(await overlayAttr(page, CARD, 'data-pinned')).toBe('false');
    await page.mouse.move(5, 5);
    await expect.poll(() => cardOpen(page)).toBe(0);

    // Click pins; the card stays when the pointer leaves; a click on the host page closes it.
    await overlayClick(page, light);
    await expect.poll(() => overlayAttr(page, CARD, 'data-pinned')).toBe('true');
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    expect(await cardOpen(page)).toBe(1);
    await page.mouse.click(700, 20);
    await expect.poll(() => cardOpen(page)).toBe(0);

    // The × closes it.
    await overlayClick(page, light);
    await expect.poll(() => cardOpen(page)).toBe(1);
    await page.screenshot({ path: `${IMAGES}/card-1366.png` });
    await overlayClick(page, '[data-testid="caselight-card-close"]');
    await expect.poll(() => cardOpen(page)).toBe(0);

    // A pinned card never covers the panel, also once the panel opens.
    await overlayClick(page, light);
    await expect.poll(() => overlayAttr(page, CARD, 'data-pinned')).toBe('true');
    await expandPanel(page);
    await page.waitForTimeout(200);
    expect(await cardOpen(page)).toBe(1);
    const card = await overlayBox(page, CARD);
    const panel = await overlayBox(page, '[data-testid="caselight-panel"]');
    expect(intersects(card, panel)).toBe(false);
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(1366);

    // Escape closes it wherever the focus is (here: a field of the host page).
    await page.locator('input').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(0);
    await page.close();
  });

  it('keyboard: Tab reaches the lights, Enter opens the card, Escape closes it; screen readers get the light’s words', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const red = await openRedFinding(page, companion.url, await scenario('prosecution-review-overdue'));
    const light = `[data-rule="${red.rule}"][data-field="${red.field}"]`;
    expect(await overlayAttr(page, light, 'aria-label')).toMatch(/^红 .+：/);
    // Tab from the page's start until a CaseLight light has the focus (the shadow host is the document's active element).
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    let reached = false;
    for (let i = 0; i < 200 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.tagName.toLowerCase().startsWith('caselight') ?? false);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => cardOpen(page)).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(0);
    await page.close();
  });

  it('no counter and no panel on a page that holds no case (the scenario list)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${companion.url}/training/scenarios`);
    await page.waitForTimeout(1500);
    expect(await overlayCount(page, '[data-testid="caselight-panel"]')).toBe(0);
    // The case card itself still has its counter.
    const s = await scenario('prosecution-review-overdue');
    await page.goto(`${companion.url}${s.url}`);
    await expect.poll(() => overlayCount(page, '[data-testid="caselight-panel"]'), { timeout: 15_000 }).toBe(1);
    await page.close();
  });
});
