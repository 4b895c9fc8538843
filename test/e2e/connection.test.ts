// A connection you can see, in chromium with the built extension and a real companion: the options
// page's 测试连接 names the person, role and unit, the 伴随服务's version and the last sync; a wrong
// token is said once, right beside the token field; the popup carries the same line.
// Screenshots: docs/images/options-connection.png, docs/images/options-wrong-token.png, docs/images/popup-connection.png.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPANION_VERSION } from '../../companion/app.ts';
import { launchWithExtension, startCompanion, type ExtensionBrowser, type RunningCompanion, screenshotDir } from './harness.ts';

const IMAGES = screenshotDir();
let browser: ExtensionBrowser;
let companion: RunningCompanion;
let token: string;

beforeAll(async () => {
  mkdirSync(IMAGES, { recursive: true });
  companion = await startCompanion();
  await companion.store.units.add({ code: '620502', name: '秦州区院' });
  const added = await companion.store.users.add({ name: '张三', role: 'prosecutor', unitCode: '620502' });
  if (!added.ok) throw new Error(added.code);
  token = added.token;
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await companion?.close();
});

async function options(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('input[name="companionUrl"]').waitFor();
  return page;
}

describe('the connection you can see', () => {
  it('a wrong token: said at once, once, right beside the token field', async () => {
    const page = await options();
    await page.locator('input[name="companionUrl"]').fill(companion.url);
    await page.locator('input[name="token"]').fill('wrong-token-for-e2e-0000');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const error = page.getByTestId('token-error');
    await expect.poll(() => error.textContent(), { timeout: 15_000 }).toContain('访问令牌无效');
    // Once: the words appear in one place only (the central-configuration line does not repeat the cause).
    await expect.poll(() => page.getByTestId('central-status').textContent()).not.toContain('令牌');
    expect(await page.getByText(/令牌(无效|被拒绝)/).count()).toBe(1);
    expect(await page.getByTestId('connection-result').count()).toBe(0);
    // Beside the field: directly under the token input, inside its column, before the next control.
    const input = (await page.locator('input[name="token"]').boundingBox())!;
    const box = (await error.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(input.y + input.height - 1);
    expect(box.y - (input.y + input.height)).toBeLessThan(12);
    expect(box.x).toBeGreaterThanOrEqual(input.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(input.x + input.width + 1);
    const next = (await page.locator('input[name="trainingMode"]').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(next.y);
    expect(await page.locator('input[name="token"]').getAttribute('aria-describedby')).toBe('token-error');
    await page.screenshot({ path: `${IMAGES}/options-wrong-token.png` });
    await page.close();
  });

  it('测试连接 names the person, role, unit, the companion version and the last sync; the popup says the same', async () => {
    const page = await options();
    await page.locator('input[name="companionUrl"]').fill(companion.url);
    await page.locator('input[name="token"]').fill(token);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => page.getByTestId('token-error').count(), { timeout: 15_000 }).toBe(0);
    await page.getByTestId('test-connection').click();
    const result = page.getByTestId('connection-result');
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('已连接：张三 · 检察官 · 秦州区院');
    expect(await result.textContent()).toContain(`伴随服务版本 ${COMPANION_VERSION}`);
    expect(await result.textContent()).toMatch(/尚未同步|上次同步/);
    // The result sits under the buttons, on screen at 1366×768.
    const button = (await page.getByTestId('test-connection').boundingBox())!;
    const box = (await result.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(button.y + button.height);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    await page.screenshot({ path: `${IMAGES}/options-connection.png` });
    await page.close();

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 300 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const line = popup.getByTestId('connection-line');
    await expect.poll(() => line.textContent(), { timeout: 15_000 }).toMatch(/^已连接：张三 · 检察官 · 秦州区院 · (尚未同步|刚刚同步|\d+分钟前同步)$/);
    // One line across the popup, under the title, not clipped.
    const l = (await line.boundingBox())!;
    const h1 = (await popup.locator('h1').boundingBox())!;
    expect(l.y).toBeGreaterThanOrEqual(h1.y + h1.height);
    expect(l.x + l.width).toBeLessThanOrEqual(380);
    await popup.screenshot({ path: `${IMAGES}/popup-connection.png` });
    await popup.close();
  });
});
