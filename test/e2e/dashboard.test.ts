// The supervisor dashboard in Debian's chromium against a real companion: sign in with a token, see
// the unit's points, settle an objection, and get the server's 403 reason when asking for another unit.
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

const tokens = {
  supervisor: 'e2e-supervisor-token-320100',
  admin: 'e2e-admin-token-320100',
  wang: 'e2e-prosecutor-token-320102',
  li: 'e2e-prosecutor-token-320104',
  zhou: 'e2e-prosecutor-token-330100',
};

/** The current ledger year in Asia/Shanghai, and an instant inside it that is never in the future. */
function ledgerYearAndInstant(now = new Date()) {
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
  const startOfYear = Date.parse(`${year}-01-01T00:00:10+08:00`);
  const at = Math.max(now.getTime() - 2 * 86_400_000, startOfYear);
  return { year, at };
}

async function post(url: string, token: string, path: string, body: unknown) {
  const res = await fetch(`${url}/api/v1${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<unknown>;
}

/**
 * 南京市院 (320100, the supervisor) with 玄武区院 (320102) and 秦淮区院 (320104) below it, and 杭州市院
 * (330100) outside. Points in view: 6 + 6 + 8 (玄武, one rectified, one objected) + 6 (秦淮) = 26; 杭州 9.
 */
async function seed(store: Store, url: string) {
  await store.units.add({ code: '320100', name: '南京市人民检察院' });
  await store.units.add({ code: '320102', name: '玄武区人民检察院', parentCode: '320100' });
  await store.units.add({ code: '320104', name: '秦淮区人民检察院', parentCode: '320100' });
  await store.units.add({ code: '330100', name: '杭州市人民检察院' });
  await store.users.add({ name: '周主任', role: 'supervisor', unitCode: '320100', token: tokens.supervisor });
  await store.users.add({ name: '管理员', role: 'admin', unitCode: '320100', token: tokens.admin });
  await store.users.add({ name: '王检察官', role: 'prosecutor', unitCode: '320102', token: tokens.wang });
  await store.users.add({ name: '李检察官', role: 'prosecutor', unitCode: '320104', token: tokens.li });
  await store.users.add({ name: '钱检察官', role: 'prosecutor', unitCode: '330100', token: tokens.zhou });

  const { year, at } = ledgerYearAndInstant();
  const observedAt = new Date(at).toISOString();
  const later = new Date(at + 3_600_000).toISOString();
  const occurrenceKey = new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
  const event = (caseNumber: string, procedure: string, ruleId: string, points: number, extra: Partial<DefectEvent> = {}): DefectEvent => ({
    id: randomUUID(), kind: 'observed', caseNumber, ruleId, ruleVersion: 1, occurrenceKey, light: 'red', points,
    observedAt, procedure, training: false, ...extra,
  });
  const caseA = `苏检刑诉受〔${year}〕320102000001号`;
  await post(url, tokens.wang, '/events', { events: [
    event(caseA, 'prosecution-review', 'notice-suspect-counsel-3d', 6),
    event(caseA, 'prosecution-review', 'notice-victim-agent-3d', 6),
    event(caseA, 'prosecution-review', 'notice-victim-agent-3d', 0, { kind: 'rectified', light: 'green', observedAt: later }),
    event(caseA, 'prosecution-review', 'prosecution-review-1m', 8),
    event(caseA, 'prosecution-review', 'prosecution-review-1m', 8, { kind: 'objected', observedAt: later, objectionReason: '已报请延长审查起诉期限，批准文书在卷' }),
  ] });
  await post(url, tokens.li, '/events', { events: [event(`苏检捕受〔${year}〕320104000002号`, 'arrest-review', 'family-notification-24h', 6)] });
  await post(url, tokens.zhou, '/events', { events: [event(`浙检捕受〔${year}〕330100000003号`, 'arrest-review', 'family-notification-24h', 9)] });
  return { year, caseA };
}

describe('the supervisor dashboard in chromium', () => {
  let companion: RunningCompanion;
  let store: Store;
  let storeDir: string;
  let browser: Browser;
  let page: Page;
  let seeded: { year: number; caseA: string };
  const problems: string[] = [];

  beforeAll(async () => {
    await ensureDashboardBuilt();
    storeDir = mkdtempSync(join(tmpdir(), 'caselight-dashboard-e2e-'));
    store = await openStore({ dataDir: storeDir });
    companion = await startCompanion({ store });
    seeded = await seed(store, companion.url);
    browser = await launchChromium();
    page = await watchedPage(browser, problems);
  });

  afterAll(async () => {
    await browser?.close();
    await companion?.close();
    await store?.close();
    if (storeDir) rmSync(storeDir, { recursive: true, force: true });
  });

  it('asks for a token, and refuses a wrong one with the server reason', async () => {
    await page.goto(`${companion.url}/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('登录督察看板');
    await page.getByLabel('访问令牌').fill('not-a-token');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByTestId('sign-in-error').textContent()).toContain('访问令牌');
  });

  it('signs the supervisor in and shows the points of their unit and the units below it, not others', async () => {
    await page.getByLabel('访问令牌').fill(tokens.supervisor);
    await page.getByLabel('访问令牌').press('Enter');
    await expect.poll(() => page.getByTestId('kpi-points').locator('.kpi-value').textContent(), { timeout: 15_000 }).toBe('26');
    expect(await page.getByTestId('kpi-defects').locator('.kpi-value').textContent()).toBe('4');
    expect(await page.getByTestId('kpi-rectification').locator('.kpi-value').textContent()).toBe('25%');
    expect(await page.getByTestId('kpi-pending').locator('.kpi-value').textContent()).toBe('1');
    const units = page.getByTestId('table-units');
    await expect.poll(() => units.locator('tbody tr').count()).toBe(2);
    const unitText = await units.textContent();
    expect(unitText).toContain('玄武区人民检察院');
    expect(unitText).toContain('秦淮区人民检察院');
    expect(unitText).not.toContain('杭州');
    expect(await units.locator('tbody tr', { hasText: '玄武区人民检察院' }).locator('td').first().textContent()).toBe('20');
    expect(await page.getByTestId('table-prosecutors').textContent()).not.toContain('钱检察官');
    expect(await page.evaluate(() => sessionStorage.getItem('caselight.dashboard.token'))).toBe(tokens.supervisor);
    // A reload keeps the session for this tab (the token is checked again, the overview fetched alongside).
    await page.reload();
    await expect.poll(() => page.getByTestId('kpi-points').locator('.kpi-value').textContent(), { timeout: 15_000 }).toBe('26');
    // Usable at 1366×768: nothing pushes the page sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  });

  it('keeps the top bar on one row at 1366×768, nothing clipped or overlapping, for a supervisor and an administrator in zh and en', async () => {
    for (const who of ['supervisor', 'admin'] as const) {
      const p = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
      p.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      await p.goto(`${companion.url}/`);
      await p.getByLabel('访问令牌').fill(tokens[who]);
      await p.getByLabel('访问令牌').press('Enter');
      // The widest bar: the unit selector (units below) and the pending-objection badge are both there.
      await expect.poll(() => p.getByRole('navigation').locator('.badge').count(), { timeout: 15_000 }).toBe(1);
      expect(await p.getByTestId('unit').count()).toBe(1);
      for (const lang of ['zh', 'en'] as const) {
        if (lang === 'en') {
          await p.getByTestId('lang').click();
          await expect.poll(() => p.evaluate(() => document.documentElement.lang)).toBe('en');
        }
        const g = await p.evaluate(() => {
          const header = document.querySelector('header.topbar')!.getBoundingClientRect();
          const parts = [...document.querySelectorAll('.topbar-brand, .tabs, .filters, .topbar-user')].map((e) => e.getBoundingClientRect());
          const tabs = [...document.querySelectorAll('.tabs > .tab')].map((e) => {
            const inner = e.querySelector('a, button')!;
            const r = e.getBoundingClientRect();
            return { text: (inner.textContent ?? '').trim(), left: r.left, right: r.right, clipped: inner.scrollWidth > inner.clientWidth + 1 };
          });
          return {
            header: { height: header.height, width: header.width }, tallest: Math.max(...parts.map((r) => r.height)),
            rowTop: Math.max(...parts.map((r) => r.top)), rowBottom: Math.min(...parts.map((r) => r.bottom)),
            tabs, scrollWidth: document.documentElement.scrollWidth,
          };
        });
        const label = `${who} ${lang}`;
        // One row: every part of the bar shares one band, and the bar is one part high (plus its padding).
        expect(g.rowTop, label).toBeLessThan(g.rowBottom);
        expect(g.header.height, label).toBeLessThanOrEqual(g.tallest + 2 * 7 + 1);
        // 概览, 异议审核, 流程监控 ▾, 报表考评 ▾, 训练记录, 管理 ▾ for both roles (the menus differ).
        expect(g.tabs.length, label).toBe(6);
        for (const [i, t] of g.tabs.entries()) {
          expect(t.clipped, `${label}: ${t.text}`).toBe(false);
          expect(t.left, `${label}: ${t.text}`).toBeGreaterThanOrEqual(0);
          expect(t.right, `${label}: ${t.text}`).toBeLessThanOrEqual(1366);
          if (i > 0) expect(t.left, `${label}: ${t.text} after ${g.tabs[i - 1].text}`).toBeGreaterThanOrEqual(g.tabs[i - 1].right);
        }
        expect(g.scrollWidth, label).toBeLessThanOrEqual(1366);
        await p.screenshot({ path: join(screenshotDir(), `dashboard-topbar-${who}-${lang}.png`), clip: { x: 0, y: 0, width: 1366, height: 120 } });
      }
      // The 管理 menu lists what this role may open.
      await p.getByRole('button', { name: 'Admin' }).click();
      expect(await p.getByTestId('nav-group-admin').getByRole('link').allTextContents())
        .toEqual(who === 'admin' ? ['Holiday calendar', 'Deployment', 'Audit trail'] : ['Holiday calendar']);
      await p.close();
    }
  });

  it('keeps the pending-objection figure and the nav badge when a unit is picked; chart names stay whole and apart at 1366', async () => {
    await page.goto(`${companion.url}/?unit=320102`);
    await expect.poll(() => page.getByTestId('kpi-points').locator('.kpi-value').textContent(), { timeout: 15_000 }).toBe('20');
    expect(await page.getByTestId('kpi-pending').locator('.kpi-value').textContent()).toBe('1');
    expect(await page.getByRole('navigation').locator('.badge').textContent()).toBe('1');
    await page.goto(`${companion.url}/`);
    await expect.poll(() => page.getByTestId('kpi-points').locator('.kpi-value').textContent(), { timeout: 15_000 }).toBe('26');
    // The unit chart's names: every one whole (no "…" for these), inside the chart, none over another.
    const labels = page.getByTestId('chart-units').locator('svg text');
    await expect.poll(async () => (await labels.allTextContents()).join('|'), { timeout: 15_000 }).toContain('秦淮区人民检察院');
    const chart = (await page.getByTestId('chart-units').boundingBox())!;
    const boxes: { x: number; y: number; width: number; height: number; text: string }[] = [];
    for (const l of await labels.all()) {
      const text = (await l.textContent()) ?? '';
      if (!/检察院/.test(text)) continue;
      boxes.push({ ...(await l.boundingBox())!, text });
    }
    expect(boxes.map((b) => b.text).sort()).toEqual(['玄武区人民检察院', '秦淮区人民检察院']);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(chart.x);
      expect(b.x + b.width).toBeLessThanOrEqual(chart.x + chart.width);
    }
    const [a, b] = boxes;
    const apart = a.y + a.height <= b.y || b.y + b.height <= a.y;
    expect(apart).toBe(true);
  });

  it('drills down to a case and shows its defects', async () => {
    await page.getByTestId('table-prosecutors').getByRole('link', { name: '王检察官' }).click();
    await expect.poll(() => page.getByTestId('prosecutor-points').locator('.kpi-value').textContent()).toBe('20');
    await page.goto(`${companion.url}/cases/${encodeURIComponent(seeded.caseA)}`);
    const defects = page.getByTestId('table-defects');
    await expect.poll(() => defects.locator('tbody tr').count(), { timeout: 15_000 }).toBe(3);
    expect(await page.getByTestId('case-total').textContent()).toContain('20');
  });

  it('settles the objection: a reason is required, then the points are voided', async () => {
    await page.getByRole('navigation').getByRole('link', { name: /异议审核/ }).click();
    const rows = page.getByTestId('table-objections').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('已报请延长审查起诉期限');

    await rows.first().getByTestId('approve').click();
    const dialog = page.getByTestId('decision-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByTestId('decision-submit').click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('请填写审核理由。');
    // The reason box takes focus in an effect after the alert renders, so wait for it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('decision-reason');

    await dialog.getByLabel('审核理由（必填）').fill('延长审查起诉期限的批准文书在卷，异议成立');
    await dialog.getByTestId('decision-submit').click();
    await expect.poll(() => page.getByTestId('settled').textContent()).toContain(seeded.caseA);
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByTestId('table-objections').textContent()).toContain('没有待审的异议');

    await page.getByRole('navigation').getByRole('link', { name: '概览' }).click();
    await expect.poll(() => page.getByTestId('kpi-points').locator('.kpi-value').textContent()).toBe('18');
    expect(await page.getByTestId('kpi-pending').locator('.kpi-value').textContent()).toBe('0');

    const res = await fetch(`${companion.url}/api/v1/cases/${encodeURIComponent(seeded.caseA)}/defects`, { headers: { Authorization: `Bearer ${tokens.supervisor}` } });
    const body = await res.json() as { defects: { ruleId: string; voided: boolean; voidReason: string | null }[] };
    expect(body.defects.find((d) => d.ruleId === 'prosecution-review-1m')).toMatchObject({ voided: true, voidReason: '延长审查起诉期限的批准文书在卷，异议成立' });
  });

  it('shows the 403 reason when asked for another unit, in the chosen language', async () => {
    await page.goto(`${companion.url}/?unit=330100`);
    const alert = page.getByTestId('error');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('无权查看单位 330100');
    expect(await alert.textContent()).toContain('403');
    expect(await page.getByTestId('kpi-points').count()).toBe(0);
    await page.getByTestId('lang').click();
    await expect.poll(() => alert.textContent()).toContain('You may not see unit 330100');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByTestId('clear-unit').click();
    await expect.poll(() => page.getByTestId('kpi-points').locator('.kpi-value').textContent()).toBe('18');
    await page.getByTestId('lang').click();
  });

  it('previews the quarterly list, asks before the download, then fetches the CSV with the bearer token', async () => {
    await page.getByRole('navigation').getByRole('button', { name: '报表考评' }).click();
    await page.getByRole('navigation').getByRole('link', { name: '季度报表' }).click();
    await expect.poll(() => page.getByTestId('preview-hint').textContent(), { timeout: 15_000 }).toMatch(/前 \d+ 行，共 \d+ 条瑕疵/);
    await page.getByTestId('download-csv').click();
    const confirm = page.getByTestId('confirm-download');
    await expect.poll(() => confirm.textContent()).toContain('（CSV），共');
    // The question sits in the export panel, on screen, and the confirm button has the focus.
    const box = await confirm.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-download-yes');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('confirm-download-yes').click()]);
    expect(download.suggestedFilename()).toMatch(/^caselight-\d{4}-Q[1-4]\.csv$/);
  });

  it('signs out, forgets the token and the chosen year and unit', async () => {
    await page.goto(`${companion.url}/?year=${seeded.year - 1}&unit=320102`);
    await expect.poll(() => page.getByTestId('sign-out').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('sign-out').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('登录督察看板');
    expect(await page.evaluate(() => sessionStorage.getItem('caselight.dashboard.token'))).toBeNull();
    expect(new URL(page.url()).search).toBe('');
  });

  it('shows an administrator a correction and the objection decision on 审计记录, the corrected defect linked to its case', async () => {
    const res = await fetch(`${companion.url}/api/v1/cases/${encodeURIComponent(seeded.caseA)}/defects`, { headers: { Authorization: `Bearer ${tokens.admin}` } });
    const { defects } = await res.json() as { defects: { id: string; ruleId: string; points: number }[] };
    const counsel = defects.find((d) => d.ruleId === 'notice-suspect-counsel-3d')!;
    expect(counsel.points).toBe(6);
    await post(companion.url, tokens.admin, `/defects/${counsel.id}/correction`, { points: 2, reason: '告知笔录晚一日附卷，酌减' });

    const p = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    p.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    await p.goto(`${companion.url}/audit`);
    await p.getByLabel('访问令牌').fill(tokens.admin);
    await p.getByLabel('访问令牌').press('Enter');
    const rows = p.getByTestId('table-audit').locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    // Newest first: the correction, then the supervisor's decision on the objection.
    const correction = rows.nth(0);
    expect(await correction.locator('th').textContent()).toBe('更正瑕疵积分');
    expect(await correction.textContent()).toContain('分值：6 → 2');
    expect(await correction.textContent()).toContain('告知笔录晚一日附卷，酌减');
    expect(await rows.nth(1).locator('th').textContent()).toBe('异议审核');
    expect(await rows.nth(1).textContent()).toContain('周主任');
    expect(await rows.nth(1).textContent()).toContain('审核结果：成立');
    await p.getByTestId('lang').click();
    await expect.poll(() => correction.locator('th').textContent()).toBe('Defect points corrected');
    expect(await correction.textContent()).toContain('points: 6 → 2');
    await p.getByTestId('lang').click();
    await correction.getByRole('link', { name: seeded.caseA }).click();
    // 6 → 2, the other 6 kept, the objected 8 voided.
    await expect.poll(() => p.getByTestId('case-total').textContent(), { timeout: 15_000 }).toContain('本案积分 8');
    expect(decodeURIComponent(new URL(p.url()).pathname)).toBe(`/cases/${seeded.caseA}`);
    await p.close();
  });

  it('ran without script errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
