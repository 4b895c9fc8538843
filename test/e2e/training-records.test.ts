// 训练记录 in chromium: a trainer signs in to the dashboard with their token and sees what they found
// and objected to in the training system (and nothing of the ledger); a supervisor finds the page in
// the navigation too. At 1366×768 the table fits the page. Screenshot: docs/images/dashboard-training-records.png.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDashboardBuilt } from './dashboard-build.ts';
import { chromiumPath, startCompanion, type RunningCompanion, screenshotDir } from './harness.ts';

const IMAGES = screenshotDir();
let companion: RunningCompanion;
let browser: Browser;
const tokens = { trainer: '', supervisor: '' };

beforeAll(async () => {
  mkdirSync(IMAGES, { recursive: true });
  await ensureDashboardBuilt();
  companion = await startCompanion();
  await companion.store.units.add({ code: '620500', name: '天水市人民检察院' });
  await companion.store.units.add({ code: '620502', name: '秦州区人民检察院', parentCode: '620500' });
  for (const [key, role, name, unitCode] of [['trainer', 'trainer', '孙老师', '620502'], ['supervisor', 'supervisor', '周主任', '620500']] as const) {
    const r = await companion.store.users.add({ name, role, unitCode });
    if (!r.ok) throw new Error(r.code);
    tokens[key] = r.token;
  }
  const at = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
  const e = (caseNumber: string, ruleId: string, observedAt: string, extra: object = {}) => ({
    id: randomUUID(), kind: 'observed', caseNumber, ruleId, ruleVersion: 1, occurrenceKey: '2026-01-05', light: 'red', points: 6,
    observedAt, procedure: 'prosecution-review', training: true, ...extra,
  });
  const res = await fetch(`${companion.url}/api/v1/events`, {
    method: 'POST', headers: { Authorization: `Bearer ${tokens.trainer}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ events: [
      e('培训案例〔2026〕1号', 'notice-suspect-counsel-3d', at(5)),
      e('培训案例〔2026〕1号', 'notice-suspect-counsel-3d', at(4), { kind: 'objected', objectionReason: '课堂演示：告知笔录在卷，系统未录入' }),
      e('培训案例〔2026〕2号', 'notice-victim-agent-3d', at(3)),
    ] }),
  });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});
afterAll(async () => {
  await browser?.close();
  await companion?.close();
});

async function signIn(token: string) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  await page.goto(`${companion.url}/`);
  await page.getByLabel('访问令牌').fill(token);
  await page.getByLabel('访问令牌').press('Enter');
  return page;
}

describe('训练记录', () => {
  it('a trainer signs in and sees their training, newest first, and only that', async () => {
    const page = await signIn(tokens.trainer);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('训练记录');
    const rows = page.getByTestId('table-training').locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);
    expect(await rows.first().textContent()).toContain('培训案例〔2026〕2号');
    expect(await rows.nth(1).textContent()).toContain('课堂演示：告知笔录在卷');
    expect(await rows.nth(1).textContent()).toContain('异议');
    expect(await page.getByTestId('training-count').textContent()).toBe('第 1–3 条，共 3 条');
    // Nothing of the ledger: one tab, no overview figures.
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual(['训练记录']);
    expect(await page.getByTestId('kpi-points').count()).toBe(0);
    // The table fits the page at 1366: no sideways scrolling, every row inside the panel.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    const table = (await page.getByTestId('table-training').boundingBox())!;
    expect(table.x + table.width).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: `${IMAGES}/dashboard-training-records.png` });
    await page.close();
  });

  it('a supervisor finds 训练记录 in the navigation, with their units’ training', async () => {
    const page = await signIn(tokens.supervisor);
    await expect.poll(() => page.getByRole('navigation').getByRole('link', { name: '训练记录' }).count(), { timeout: 15_000 }).toBe(1);
    await page.getByRole('navigation').getByRole('link', { name: '训练记录' }).click();
    await expect.poll(() => page.getByTestId('table-training').locator('tbody tr').count(), { timeout: 15_000 }).toBe(3);
    expect(await page.getByTestId('table-training').textContent()).toContain('孙老师');
    await page.close();
  });
});
