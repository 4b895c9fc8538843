import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startCompanion, type ExtensionBrowser, type RunningCompanion } from './harness.ts';
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

  it('runs its content script on a page served by the companion, in a shadow root closed to the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${companion.url}/healthz`);
    const host = page.locator('caselight-root');
    await expect.poll(() => host.count(), { timeout: 15_000 }).toBe(1);
    // The page sees the host element and nothing inside it; DevTools' pierced DOM sees the overlay.
    expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
    await expect.poll(() => overlayCount(page, '[data-testid="caselight-overlay"]'), { timeout: 15_000 }).toBe(1);
    await page.close();
  });
});
