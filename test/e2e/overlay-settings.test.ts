// Settings reach open tabs without a reload (language), and the options page validates adapters
// with zh/en errors before storing them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startCompanion, type ExtensionBrowser, type RunningCompanion } from './harness.ts';
import { key, overlayText, readLights, settledLights } from './overlay-helpers.ts';

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

async function storageSet(items: object) {
  await browser.serviceWorker.evaluate(async (v) => {
    await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(v);
  }, items);
}

describe('settings', () => {
  it('switches the overlay language on an open tab without a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${companion.url}/training/cases/prosecution-review-overdue`);
    await settledLights(page);
    const light = () => overlayText(page, '[data-rule="prosecution-review-1m"][data-field="decisionOn"]');
    await expect.poll(light).toMatch(/^红 /);
    await storageSet({ locale: 'en' });
    await expect.poll(light).toMatch(/^Red: /);
    await expect.poll(() => overlayText(page, '[data-testid="caselight-panel"] header strong')).toBe('CaseLight');
    await storageSet({ locale: 'zh-CN' });
    await expect.poll(light).toMatch(/^红 /);
    await page.close();
  });

  it('options page: refuses an invalid adapter with zh/en errors, imports a valid one that then works', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const textarea = options.locator('textarea[name="adapterJson"]');
    await textarea.fill('{"id":"Bad","name":"x","version":1,"match":["10.0.0.1"],"fields":{"acceptDate":{"label":"受理日期"}}}');
    await options.getByRole('button', { name: '导入', exact: true }).click();
    const errors = options.locator('[data-testid="adapter-errors"]');
    await expect.poll(() => errors.textContent()).toContain('未知的案件字段');
    expect(await errors.textContent()).toContain('unknown case field');
    expect(await errors.textContent()).toContain('match.0');

    const adapter = {
      id: 'options-e2e', name: '选项页导入的适配器', version: 1, match: ['http://127.0.0.1/training/cases/prosecution-review-overdue*'],
      fields: { procedure: { name: 'ajlb', map: { 审查起诉: 'prosecution-review' } }, acceptedOn: { label: '受理日期' }, decisionOn: { name: 'jdrq' } },
    };
    await textarea.fill(JSON.stringify(adapter));
    await options.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => options.locator('[data-testid="adapter-list"]').textContent()).toContain('选项页导入的适配器');

    const page = await browser.context.newPage();
    await page.goto(`${companion.url}/training/cases/prosecution-review-overdue`);
    await settledLights(page);
    // The user's adapter comes before the built-in one, and maps fewer fields.
    await expect.poll(async () => (await readLights(page)).map(key)).toContain('prosecution-review-1m@decisionOn=grey');
    await storageSet({ adapters: [] });
    await expect.poll(async () => (await readLights(page)).map(key)).toContain('prosecution-review-1m@decisionOn=red');
    await page.close();
    await options.close();
  });
});
