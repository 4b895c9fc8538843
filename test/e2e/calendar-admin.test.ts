// The holiday calendar on the dashboard, in chromium against a real companion, with the browser's
// clock fixed at 20 November 2026 (never the real date): everyone is warned that 2027 is not loaded,
// the administrator also gets the steps, enters the State Council arrangement as ranges, previews
// its effect on due dates and saves it; then the warning is gone for everyone, and the change is on
// the administrator's 审计记录 page (a supervisor gets the server's 403 reason there).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../companion/db/store.ts';
import { ensureDashboardBuilt } from './dashboard-build.ts';
import { launchChromium, watchedPage, screenshotDir, startCompanion, type RunningCompanion } from './harness.ts';

const FIXED_NOW = new Date('2026-11-20T09:30:00+08:00');
const tokens = { admin: 'e2e-calendar-admin-token-320100', supervisor: 'e2e-calendar-supervisor-token-320100' };

describe('the holiday calendar page', () => {
  let companion: RunningCompanion;
  let store: Store;
  let storeDir: string;
  let browser: Browser;
  const problems: string[] = [];

  async function signedIn(token: string): Promise<Page> {
    const page = await watchedPage(browser, problems);
    await page.clock.setFixedTime(FIXED_NOW);
    await page.goto(`${companion.url}/`);
    await page.getByLabel('访问令牌').fill(token);
    await page.getByLabel('访问令牌').press('Enter');
    await expect.poll(() => page.getByTestId('user').count(), { timeout: 15_000 }).toBe(1);
    return page;
  }

  beforeAll(async () => {
    await ensureDashboardBuilt();
    storeDir = mkdtempSync(join(tmpdir(), 'caselight-calendar-e2e-'));
    store = await openStore({ dataDir: storeDir });
    companion = await startCompanion({ store });
    await store.units.add({ code: '320100', name: '南京市人民检察院' });
    await store.users.add({ name: '管理员', role: 'admin', unitCode: '320100', token: tokens.admin });
    await store.users.add({ name: '周主任', role: 'supervisor', unitCode: '320100', token: tokens.supervisor });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await companion?.close();
    await store?.close();
    if (storeDir) rmSync(storeDir, { recursive: true, force: true });
  });

  it('warns a supervisor that 2027 is not loaded, without the administrator’s steps or editor', async () => {
    const page = await signedIn(tokens.supervisor);
    const banner = page.getByTestId('calendar-banner');
    await expect.poll(() => banner.textContent(), { timeout: 15_000 }).toContain('2027年国务院节假日安排尚未载入');
    expect(await page.getByTestId('calendar-steps').count()).toBe(0);
    // 节假日安排 sits in the 管理 menu; a supervisor's menu holds nothing else.
    const admin = page.getByRole('button', { name: '管理' });
    await admin.click();
    expect(await page.getByTestId('nav-group-admin').getByRole('link').allTextContents()).toEqual(['节假日安排']);
    await page.getByRole('link', { name: '节假日安排' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('节假日安排（国务院通知）');
    await expect.poll(() => page.getByText('只有管理员可以录入或修改节假日安排。').count()).toBe(1);
    expect(await page.getByTestId('calendar-holidays').count()).toBe(0);
    await page.close();
  });

  it('lets the administrator enter 2027 as ranges, preview its effect on due dates, and save it', async () => {
    const page = await signedIn(tokens.admin);
    await expect.poll(() => page.getByTestId('calendar-steps').textContent(), { timeout: 15_000 }).toContain('载入步骤');
    await page.getByRole('link', { name: '前往载入' }).click();
    await expect.poll(() => page.getByTestId('calendar-year').inputValue()).toBe('2027');

    // A typo is refused with its line, and nothing can be saved.
    await page.getByTestId('calendar-holidays').fill('2027-01-01\n2027-02-30');
    await expect.poll(() => page.getByTestId('calendar-problems').textContent()).toContain('第 2 行无法识别');
    expect(await page.getByTestId('calendar-save').isDisabled()).toBe(true);

    await page.getByTestId('calendar-holidays').fill('2027-01-01\n2027-02-06 至 2027-02-14\n2027-10-01 至 2027-10-07');
    await page.getByTestId('calendar-workdays').fill('2027-02-20\n2027-10-09');
    const preview = page.getByTestId('table-calendar-preview');
    await expect.poll(() => preview.locator('tbody tr').count()).toBeGreaterThan(3);
    // 3 days from 2027-02-03 end on Sat 02-06: Monday 02-08 without the arrangement, Mon 02-15 with it.
    const row = preview.locator('tbody tr', { hasText: '2027年2月3日' });
    expect(await row.textContent()).toContain('2027年2月8日');
    expect(await row.textContent()).toContain('2027年2月15日');

    // Editor and preview side by side at 1366×768, nothing pushed sideways.
    const edit = await page.getByTestId('calendar-holidays').boundingBox();
    const table = await preview.boundingBox();
    expect(edit && table && table.x > edit.x + edit.width).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: join(tmpdir(), 'caselight-calendar-admin.png'), fullPage: true });

    await page.getByTestId('calendar-save').click();
    await expect.poll(() => page.getByTestId('calendar-saved').textContent()).toContain('已保存 2027 年节假日安排（17 天放假，2 天调休上班）');
    await expect.poll(() => page.getByTestId('calendar-banner').count()).toBe(0);
    await page.close();

    const res = await fetch(`${companion.url}/api/v1/calendar-overrides`, { headers: { Authorization: `Bearer ${tokens.supervisor}` } });
    const body = (await res.json()) as { overrides: { date: string; kind: string }[] };
    expect(body.overrides).toHaveLength(19);
    expect(body.overrides.filter((o) => o.kind === 'workday').map((o) => o.date)).toEqual(['2027-02-20', '2027-10-09']);
  });

  it('shows the administrator the change on the 审计记录 page, newest first, with before → after', async () => {
    // A second change through the API: one make-up working day moved.
    const before = (await (await fetch(`${companion.url}/api/v1/calendar-overrides`, { headers: { Authorization: `Bearer ${tokens.admin}` } })).json()) as { overrides: { date: string; kind: string }[] };
    const moved = before.overrides.map((o) => (o.date === '2027-10-09' ? { date: '2027-10-10', kind: 'workday', note: '<b>国办发明电〔2026〕7号</b>' } : o));
    const put = await fetch(`${companion.url}/api/v1/calendar-overrides`, {
      method: 'PUT', headers: { Authorization: `Bearer ${tokens.admin}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ overrides: moved }),
    });
    expect(put.status).toBe(200);

    const page = await signedIn(tokens.admin);
    // The 管理 menu by keyboard: a disclosure button, Escape closes it and keeps the focus on it.
    const menuButton = page.getByRole('button', { name: '管理' });
    await menuButton.focus();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('nav-group-admin').getByRole('link').allTextContents()).toEqual(['节假日安排', '扩展部署', '审计记录']);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: '审计记录' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('审计记录');
    expect(new URL(page.url()).pathname).toBe('/audit');
    // The current page is marked in the closed menu's button and, when open, on its link.
    expect(await menuButton.textContent()).toContain('当前：审计记录');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');

    const rows = page.getByTestId('table-audit').locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    const [newest, first] = [rows.nth(0), rows.nth(1)];
    // The companion's clock is the real one: each time as recorded, in Asia/Shanghai to the minute.
    const trail = (await (await fetch(`${companion.url}/api/v1/audit`, { headers: { Authorization: `Bearer ${tokens.admin}` } })).json()) as { entries: { at: string }[] };
    const shanghai = (at: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(new Date(at));
    for (const [i, row] of [newest, first].entries()) {
      expect(await row.locator('th').textContent()).toBe('节假日安排');
      expect(await row.textContent()).toContain('管理员');
      expect(await row.locator('time').textContent()).toBe(shanghai(trail.entries[i].at));
    }
    expect(await newest.textContent()).toContain('节假日调整：新增 1 项：2027-10-10 调休上班 <b>国办发明电〔2026〕7号</b> 删除 1 项：2027-10-09 调休上班');
    // Page data is text: the recorded markup is shown, not made into an element.
    expect(await newest.locator('b').count()).toBe(0);
    expect(await first.textContent()).toContain('新增 19 项：2027-01-01 放假、2027-02-06 放假');
    expect(await page.getByTestId('audit-range').textContent()).toBe('第 1–2 条，共 2 条（最新的在前）');

    // Filtered by action: nothing was published.
    await page.getByTestId('audit-action').selectOption({ label: '发布适配器' });
    await expect.poll(() => page.getByTestId('table-audit').textContent()).toContain('没有审计记录。');
    await page.getByTestId('audit-action').selectOption({ label: '节假日安排' });
    await expect.poll(() => rows.count()).toBe(2);
    // The filter is in the URL: a reload (or a link sent on) shows the same entries, the back button the one before.
    expect(new URL(page.url()).searchParams.get('action')).toBe('calendar-overrides');
    await page.reload();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    expect(await page.getByTestId('audit-action').inputValue()).toBe('calendar-overrides');
    await page.goBack();
    await expect.poll(() => page.getByTestId('table-audit').textContent()).toContain('没有审计记录。');
    expect(await page.getByTestId('audit-action').inputValue()).toBe('adapter-publish');
    await page.getByTestId('audit-action').selectOption({ label: '全部操作' });
    await expect.poll(() => rows.count()).toBe(2);
    expect(new URL(page.url()).searchParams.has('action')).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: join(screenshotDir(), 'dashboard-audit.png'), fullPage: true });
    await page.close();
  });

  it('gives a supervisor who opens /audit the server’s 403 reason, in the chosen language', async () => {
    const page = await signedIn(tokens.supervisor);
    await page.getByRole('button', { name: '管理' }).click();
    expect(await page.getByRole('link', { name: '审计记录' }).count()).toBe(0);
    await page.goto(`${companion.url}/audit`);
    const alert = page.getByTestId('error');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('此操作仅限：管理员');
    expect(await alert.textContent()).toContain('403');
    expect(await page.getByTestId('table-audit').count()).toBe(0);
    await page.getByTestId('lang').click();
    await expect.poll(() => alert.textContent()).toContain('Only for: admin');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Audit trail');
    await page.close();
  });

  it('no longer warns anyone once the year is loaded', async () => {
    const page = await signedIn(tokens.supervisor);
    await expect.poll(() => page.getByTestId('kpi-points').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId('calendar-banner').count()).toBe(0);
    await page.close();
  });

  it('ran without script errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
