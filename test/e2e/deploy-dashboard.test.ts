// The dashboard's 扩展部署 page in chromium: an administrator sees the packaged release and the
// policy files with the real id; a supervisor gets no such entry and the files stay closed to them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDashboardBuilt } from './dashboard-build.ts';
import { launchChromium, watchedPage, startCompanion, type RunningCompanion } from './harness.ts';
import { packageForCompanion } from './policy-browser.ts';

describe('扩展部署 page', () => {
  let companion: RunningCompanion;
  let browser: Browser;
  let extensionId: string;
  const tokens: Record<string, string> = {};
  const problems: string[] = [];

  beforeAll(async () => {
    await ensureDashboardBuilt();
    companion = await startCompanion();
    extensionId = (await packageForCompanion(companion.dataDir, companion.url, '1.0.0')).key.extensionId;
    await companion.store.units.add({ code: '990019', name: '部署测试院（虚构）' });
    for (const [name, role] of [['admin', 'admin'], ['supervisor', 'supervisor']] as const) {
      const r = await companion.store.users.add({ name, role, unitCode: '990019' });
      if (!r.ok) throw new Error(name);
      tokens[name] = r.token;
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await companion?.close();
  });

  async function signIn(token: string): Promise<Page> {
    const page = await watchedPage(browser, problems, null);
    await page.goto(`${companion.url}/`);
    await page.getByLabel('访问令牌').fill(token);
    await page.getByLabel('访问令牌').press('Enter');
    await expect.poll(() => page.getByRole('button', { name: '退出' }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    return page;
  }

  it('shows an administrator the release and every policy file with the real id', async () => {
    const page = await signIn(tokens.admin);
    await page.getByRole('button', { name: '管理' }).click();
    await page.getByRole('link', { name: '扩展部署' }).click();
    await expect.poll(() => page.getByTestId('deploy-id').textContent(), { timeout: 15_000 }).toBe(extensionId);
    expect(await page.getByTestId('deploy-release').textContent()).toContain(`${companion.url}/extension/update.xml`);
    const linux = await page.getByTestId('deploy-file-linux-policy.json').locator('pre').textContent();
    expect(JSON.parse(linux ?? '').ExtensionInstallForcelist).toEqual([`${extensionId};${companion.url}/extension/update.xml`]);
    expect(await page.getByTestId('deploy-file-chrome.reg').locator('pre').textContent()).toContain(`3rdparty\\extensions\\${extensionId}\\policy`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('deploy-download-edge.reg').click()]);
    expect(download.suggestedFilename()).toBe('edge.reg');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives a supervisor no entry, and the page says it is for administrators', async () => {
    const page = await signIn(tokens.supervisor);
    await page.getByRole('button', { name: '管理' }).click();
    expect(await page.getByRole('link', { name: '节假日安排' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: '扩展部署' }).count()).toBe(0);
    await page.goto(`${companion.url}/deploy`);
    await expect.poll(() => page.getByTestId('deploy-admin-only').count(), { timeout: 15_000 }).toBe(1);
    expect((await fetch(`${companion.url}/extension/policies`, { headers: { authorization: `Bearer ${tokens.supervisor}` } })).status).toBe(403);
    await page.close();
  });
});
