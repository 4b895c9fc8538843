// Issue 11's reports in Debian's chromium against a real companion: a provincial supervisor signs in,
// opens 领导办案 (a leader's month and trend), 综合评价 (the units below, a rigid negative, the dispute
// route) and 检察长考评 (the chief by tenure, the attribution explained), and downloads each report.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../companion/db/store.ts';
import { addDays } from '../../shared/calendar/index.ts';
import { ensureDashboardBuilt } from './dashboard-build.ts';
import { chromiumPath, startCompanion, type RunningCompanion } from './harness.ts';

const tokens = { province: 'e2e-eval-supervisor-2300', leader: 'e2e-eval-leader-2301', other: 'e2e-eval-prosecutor-2301', east: 'e2e-eval-prosecutor-2302' };

/** Today in Asia/Shanghai, as year, month and YYYY-MM-DD. */
function today() {
  const d = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return { date: d, year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)) };
}

async function post(url: string, token: string, path: string, body: unknown, method = 'POST') {
  const res = await fetch(`${url}/api/v1${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<unknown>;
}

async function seed(store: Store, url: string) {
  await store.units.add({ code: '2300', name: '黑龙江省人民检察院' });
  await store.units.add({ code: '2301', name: '哈尔滨市人民检察院', parentCode: '2300' });
  await store.units.add({ code: '2302', name: '齐齐哈尔市人民检察院', parentCode: '2300' });
  await store.users.add({ name: '省院督察', role: 'supervisor', unitCode: '2300', token: tokens.province });
  const leader = await store.users.add({ name: '赵检察长', role: 'prosecutor', unitCode: '2301', token: tokens.leader, leader: true });
  await store.users.add({ name: '钱检察官', role: 'prosecutor', unitCode: '2301', token: tokens.other });
  await store.users.add({ name: '孙检察官', role: 'prosecutor', unitCode: '2302', token: tokens.east });
  const admin = await store.users.add({ name: '管理员', role: 'admin', unitCode: '2300', token: 'e2e-eval-admin' });
  if (!leader.ok || !admin.ok) throw new Error('seed');
  const { date, year } = today();
  const observedAt = new Date(Date.now() - 60_000).toISOString();
  const first = date.slice(0, 8) + '01';
  const act = (caseNumber: string, extra: object = {}) => ({
    id: randomUUID(), caseNumber, procedure: 'prosecution-review', acceptedOn: first, dueDates: [], inCustody: false, observedAt, ...extra,
  });
  await post(url, tokens.leader, '/case-activity', { activities: [
    act(`黑检刑诉受〔${year}〕1号`, { difficult: true }),
    act(`黑检刑诉受〔${year}〕2号`, { concludedOn: date }),
  ] });
  await post(url, tokens.other, '/case-activity', { activities: [act(`黑检刑诉受〔${year}〕3号`), act(`黑检刑诉受〔${year}〕4号`)] });
  // 齐齐哈尔: a custody case seen a day past its due date — the rigid indicator.
  await post(url, tokens.east, '/case-activity', { activities: [act(`黑检刑诉受〔${year}〕5号`, { inCustody: true, dueDates: [addDays(date, -1)], acceptedOn: `${year}-01-01` })] });
  await post(url, 'e2e-eval-admin', `/users/${leader.user.id}/posts`, { posts: [{ unitCode: '2301', post: 'chief', startOn: `${year - 1}-03-01`, endOn: null }] }, 'PUT');
  return { year };
}

describe('issue 11 reports in the dashboard (chromium)', () => {
  let companion: RunningCompanion;
  let store: Store;
  let storeDir: string;
  let browser: Browser;
  let page: Page;
  let seeded: { year: number };
  const problems: string[] = [];

  beforeAll(async () => {
    await ensureDashboardBuilt();
    storeDir = mkdtempSync(join(tmpdir(), 'caselight-eval-e2e-'));
    store = await openStore({ dataDir: storeDir });
    companion = await startCompanion({ store });
    seeded = await seed(store, companion.url);
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    await page.goto(`${companion.url}/`);
    await page.getByLabel('访问令牌').fill(tokens.province);
    await page.getByLabel('访问令牌').press('Enter');
    await page.getByTestId('sign-out').waitFor({ state: 'visible', timeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await companion?.close();
    await store?.close();
    if (storeDir) rmSync(storeDir, { recursive: true, force: true });
  });

  it('领导办案: the leader’s month, share and 疑难复杂, the trend, and the Excel download', async () => {
    await page.getByRole('navigation').getByRole('button', { name: '报表考评' }).click();
    await page.getByRole('navigation').getByRole('link', { name: '领导办案' }).click();
    const table = page.getByTestId('table-leaders');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBe(1);
    const cells = await table.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(cells).toEqual(['哈尔滨市人民检察院', '赵检察长', '2', '1', '4', '50%', '1', '0']);
    const { month } = today();
    const trendRow = page.getByTestId('table-leaders-trend').locator('tbody tr').nth(month - 1);
    expect(await trendRow.locator('th, td').allTextContents()).toEqual([`${month}月`, '2', '1', '1']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('leaders-download-xlsx').click()]);
    expect(download.suggestedFilename()).toBe(`caselight-leaders-${seeded.year}-${String(month).padStart(2, '0')}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await download.path()) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets[0].getRow(2).getCell(2).value).toBe('赵检察长');
    await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('XLSX');
  });

  it('综合评价: the units below ranked, the rigid negative, the dispute route, and the CSV download', async () => {
    await page.getByRole('navigation').getByRole('button', { name: '报表考评' }).click();
    await page.getByRole('navigation').getByRole('link', { name: '综合评价' }).click();
    const table = page.getByTestId('table-evaluation');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBe(2);
    const rows = table.locator('tbody tr');
    expect(await rows.nth(0).locator('th').textContent()).toBe('哈尔滨市人民检察院');
    const qiqihar = rows.nth(1);
    expect(await qiqihar.locator('th').textContent()).toBe('齐齐哈尔市人民检察院');
    expect(await qiqihar.locator('[data-class="negative"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('objection-route').textContent()).toContain('上级单位');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('evaluation-download-csv').click()]);
    expect(download.suggestedFilename()).toBe(`caselight-evaluation-${seeded.year}-2300.csv`);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toContain('每百件案件瑕疵数');
    expect(text).toContain('齐齐哈尔市人民检察院');
  });

  it('检察长考评: the chief the figures count to, the attribution in words, and the Excel download', async () => {
    await page.getByRole('navigation').getByRole('button', { name: '报表考评' }).click();
    await page.getByRole('navigation').getByRole('link', { name: '检察长考评' }).click();
    const panel = page.getByTestId('chief-2301');
    await expect.poll(() => panel.locator('h2').textContent(), { timeout: 15_000 }).toContain('数据归属：赵检察长');
    expect(await page.getByTestId('chief-explanation-2301').textContent()).toContain('超过考评期的一半');
    const own = page.getByTestId('table-chief-2301').locator('tbody tr', { hasText: '检察长本人办案数' });
    expect(await own.locator('td').nth(1).textContent()).toBe('2');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chiefs-download-xlsx').click()]);
    expect(download.suggestedFilename()).toBe(`caselight-evaluation-${seeded.year}-2300.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await download.path()) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((s) => s.name)).toContain('市分院检察长考评');
    expect(problems).toEqual([]);
  });
});
