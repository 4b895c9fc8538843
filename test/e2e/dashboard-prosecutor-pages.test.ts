// The overview's full prosecutor table in chromium against a real companion with 120 prosecutors:
// "显示全部（120）" counts them from the first page, the table shows 50 at a time in the server's
// order with 上一页/下一页 and the range, and the prosecutor page shows the rank among all of them
// (from GET /tallies?user=, not the whole list).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DefectEvent } from '../../shared/api/index.ts';
import { openStore, type Store } from '../../companion/db/store.ts';
import { ensureDashboardBuilt } from './dashboard-build.ts';
import { launchChromium, watchedPage, screenshotDir, startCompanion, type RunningCompanion } from './harness.ts';

const PROSECUTORS = 120;
const supervisorToken = 'e2e-pages-supervisor-token-320100';

/** An instant in the current ledger year (Asia/Shanghai) that is never in the future. */
function instantThisYear(now = new Date()) {
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
  return { year, at: Math.max(now.getTime() - 2 * 86_400_000, Date.parse(`${year}-01-01T00:00:10+08:00`)) };
}

describe('the overview pages the prosecutor table (chromium)', () => {
  let companion: RunningCompanion;
  let store: Store;
  let storeDir: string;
  let browser: Browser;
  let page: Page;
  let top: { id: string; name: string };
  const problems: string[] = [];

  beforeAll(async () => {
    await ensureDashboardBuilt();
    storeDir = mkdtempSync(join(tmpdir(), 'caselight-pages-e2e-'));
    store = await openStore({ dataDir: storeDir });
    companion = await startCompanion({ store });
    await store.units.add({ code: '320100', name: '南京市人民检察院' });
    await store.units.add({ code: '320102', name: '玄武区人民检察院', parentCode: '320100' });
    await store.users.add({ name: '周主任', role: 'supervisor', unitCode: '320100', token: supervisorToken });
    const { year, at } = instantThisYear();
    const observedAt = new Date(at).toISOString();
    const occurrenceKey = new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
    for (let i = 0; i < PROSECUTORS; i++) {
      const name = `检察官${String(i).padStart(3, '0')}`;
      const added = await store.users.add({ name, role: 'prosecutor', unitCode: '320102' });
      if (!added.ok) throw new Error(added.code);
      // One defect each; the first has three, so it leads the list.
      const rules = i === 0 ? ['notice-suspect-counsel-3d', 'notice-victim-agent-3d', 'prosecution-review-1m'] : ['notice-suspect-counsel-3d'];
      const events: DefectEvent[] = rules.map((ruleId) => ({
        id: randomUUID(), kind: 'observed', caseNumber: `苏检刑诉受〔${year}〕320102${String(i).padStart(6, '0')}号`, ruleId, ruleVersion: 1,
        occurrenceKey, light: 'red', points: 6, observedAt, procedure: 'prosecution-review', training: false,
      }));
      const ingested = await store.events.ingest({ id: added.user.id, unitCode: '320102' }, events, { now: new Date() });
      expect(ingested.accepted).toBe(events.length);
      if (i === 0) top = { id: added.user.id, name };
    }
    browser = await launchChromium();
    page = await watchedPage(browser, problems, { width: 1366, height: 900 });
  });

  afterAll(async () => {
    await browser?.close();
    await companion?.close();
    await store?.close();
    if (storeDir) rmSync(storeDir, { recursive: true, force: true });
  });

  it('shows the top ten, then every prosecutor 50 at a time, with the range and the pager', async () => {
    const tallyUrls: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/v1/tallies')) tallyUrls.push(r.url()); });
    await page.goto(`${companion.url}/`);
    await page.getByLabel('访问令牌').fill(supervisorToken);
    await page.getByLabel('访问令牌').press('Enter');
    const table = page.getByTestId('table-prosecutors');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBe(10);
    expect(await table.locator('tbody tr').first().textContent()).toContain(top.name);
    const showAll = page.getByRole('button', { name: `显示全部（${PROSECUTORS}）` });
    await expect.poll(() => showAll.isVisible(), { timeout: 15_000 }).toBe(true);
    await showAll.click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(50);
    expect(await page.getByTestId('prosecutors-range').textContent()).toBe(`按积分第 1–50 名，共 ${PROSECUTORS} 名`);
    const pager = page.getByTestId('prosecutors-pager');
    expect(await pager.getByRole('button', { name: '上一页' }).isDisabled()).toBe(true);
    const firstPage = await table.locator('tbody tr th').allTextContents();
    await pager.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => page.getByTestId('prosecutors-range').textContent()).toBe(`按积分第 51–100 名，共 ${PROSECUTORS} 名`);
    await pager.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => page.getByTestId('prosecutors-range').textContent()).toBe(`按积分第 101–120 名，共 ${PROSECUTORS} 名`);
    expect(await table.locator('tbody tr').count()).toBe(20);
    expect(await pager.getByRole('button', { name: '下一页' }).isDisabled()).toBe(true);
    const lastPage = await table.locator('tbody tr th').allTextContents();
    expect(new Set([...firstPage, ...lastPage]).size).toBe(70);
    // Geometry at 1366 wide: the pager sits below the table's last row, on the page, and nothing scrolls sideways.
    await pager.scrollIntoViewIfNeeded();
    const lastRow = await table.locator('tbody tr').last().boundingBox();
    const pagerBox = await pager.boundingBox();
    expect(lastRow && pagerBox && pagerBox.y >= lastRow.y + lastRow.height).toBe(true);
    expect(pagerBox && pagerBox.x >= 0 && pagerBox.x + pagerBox.width <= 1366).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: join(screenshotDir(), 'dashboard-prosecutors-pager.png') });
    // Never the whole list: every prosecutor request asked for a page.
    const prosecutorRequests = tallyUrls.filter((u) => u.includes('groupBy=prosecutor'));
    expect(prosecutorRequests.length).toBeGreaterThan(0);
    for (const u of prosecutorRequests) expect(Number(new URL(u).searchParams.get('limit'))).toBeLessThanOrEqual(50);
  });

  it("shows a prosecutor's rank among all of them", async () => {
    await page.goto(`${companion.url}/prosecutors/${top.id}`);
    await expect.poll(() => page.getByText(`第 1 / ${PROSECUTORS} 名`).isVisible(), { timeout: 15_000 }).toBe(true);
  });

  it('ran without script errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
