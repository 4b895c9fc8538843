import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_TEXT, FIELD_TEXT, RULE_TEXT } from '../../shared/rules/text/index.ts';
import { extensionDir, launchWithExtension, startCompanion, type ExtensionBrowser, type RunningCompanion } from './harness.ts';
import { overlayCount } from './overlay-helpers.ts';

describe('the built extension in chromium', () => {
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

  it('starts its service worker from the built manifest', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await browser.serviceWorker.evaluate(() => {
      const ext = (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string; manifest_version: number } } } }).chrome;
      return ext.runtime.getManifest();
    });
    expect(manifest.name).toContain('CaseLight');
    expect(manifest.manifest_version).toBe(3);
  });

  it('loads only its bootstrap where no adapter matches, and the checker (in a shadow root closed to the page) where one does', async () => {
    const page = await browser.context.newPage();
    // The bootstrap's isolated world shows up in the page's execution contexts.
    const cdp = await page.context().newCDPSession(page);
    const worlds: string[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: { name: string; auxData?: { type?: string } } }) => {
      if (e.context.auxData?.type === 'isolated') worlds.push(e.context.name);
    });
    await cdp.send('Runtime.enable');
    // /healthz: covered host, no adapter. The bootstrap runs and the checker stays out: no overlay.
    await page.goto(`${companion.url}/healthz`);
    await expect.poll(() => worlds.some((n) => n.includes('CaseLight')), { timeout: 15_000 }).toBe(true);
    await page.waitForTimeout(2_000);
    expect(await page.locator('caselight-root').count()).toBe(0);
    // A training case page: the training adapter matches, the background injects the checker.
    const { scenarios } = (await (await fetch(`${companion.url}/training/api/scenarios`)).json()) as { scenarios: { url: string }[] };
    await page.goto(`${companion.url}${scenarios[0]!.url}`);
    const host = page.locator('caselight-root');
    await expect.poll(() => host.count(), { timeout: 15_000 }).toBe(1);
    // The page sees the host element and nothing inside it; DevTools' pierced DOM sees the overlay.
    expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
    await expect.poll(() => overlayCount(page, '[data-testid="caselight-overlay"]'), { timeout: 15_000 }).toBe(1);
    // An about:blank sub-form the page writes itself belongs to the page's URL: its bootstrap asks,
    // and scripting.executeScript reaches the frame (by frame id) with the checker too.
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.name = 'blank-subform';
      document.body.append(f);
      f.contentDocument!.body.innerHTML = '<input name="x">';
    });
    const blank = () => page.frames().find((f) => f.name() === 'blank-subform');
    await expect.poll(() => blank()?.locator('caselight-root').count() ?? 0, { timeout: 15_000 }).toBe(1);
    await cdp.detach();
    await page.close();
  });

  it('ships no rule or field wording in its content script: the background sends it', () => {
    // The bootstrap (content-scripts/) and the checker the background injects (checker.js).
    const dir = join(extensionDir, 'content-scripts');
    const code = [...readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => join(dir, f)), join(extensionDir, 'checker.js')]
      .map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(code.length).toBeGreaterThan(10_000);
    // A few rules still name a ground or a measure in their logic, as placeholder data ('可能判处无期徒刑、死刑'
    // among a finding's grounds), in the words of a field's label: those stay with the logic.
    const rulesDir = join(import.meta.dirname, '../../shared/rules');
    const logic = readdirSync(rulesDir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(rulesDir, f), 'utf8')).join('\n');
    const ui = readFileSync(join(import.meta.dirname, '../../extension/i18n/catalogue.ts'), 'utf8');
    const wording = [
      ...Object.values(RULE_TEXT).flatMap((t) => [t.title.zh, t.title.en, t.description.zh, ...Object.values(t.messages).map((m) => m.zh)]),
      // The engine's own: built-in messages, date labels, policy notes (a date label that is also a
      // word of the overlay's UI catalogue, 届满日, stays there as UI).
      ...[...Object.values(ENGINE_TEXT.messages), ...Object.values(ENGINE_TEXT.policy)].map((m) => m.zh),
      ...Object.values(ENGINE_TEXT.dates).map((m) => m.zh).filter((l) => !ui.includes(`'${l}'`)),
      // Labels long enough not to be a UI word of their own.
      ...Object.values(FIELD_TEXT).map((f) => f.label.zh).filter((l) => l.length >= 8 && !logic.includes(`'${l}'`)),
    ];
    expect(wording.length).toBeGreaterThan(300);
    expect(wording.filter((w) => code.includes(w))).toEqual([]);
    // …while the background, which answers `rules/text`, has it.
    const background = readFileSync(join(extensionDir, 'background.js'), 'utf8');
    expect(background).toContain(RULE_TEXT['family-notification-24h'].title.zh);
  });
});
