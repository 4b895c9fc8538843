// 社会危险性量化评估 in chromium with the built extension: on the training arrest-review case the side
// panel offers the assessment (the built-in instrument marked as a starting point); ticking items
// shows the score, band and the drafted 社会危险性 paragraph with the evidence typed; a legal override
// (可能判处管制、拘役…) replaces the band; a decision against the band asks for a reason before it is
// submitted. The companion receives ids and figures only, and the dashboard's 社会危险性评估 page shows
// the synced assessment under its unit. Screenshots: assessment-sidepanel.png, dashboard-assessments.png.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDashboardBuilt } from './dashboard-build.ts';
import { chromiumPath, launchWithExtension, screenshotDir, startCompanion, type ExtensionBrowser, type RunningCompanion } from './harness.ts';
import { overlayCount, type ScenarioRef } from './overlay-helpers.ts';

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; storage: { local: { set(v: object): Promise<void> } } };

const IMAGES = screenshotDir();
let ext: ExtensionBrowser;
let companion: RunningCompanion;
let dashboard: Browser;
const tokens = { prosecutor: '', supervisor: '' };

beforeAll(async () => {
  await ensureDashboardBuilt();
  companion = await startCompanion();
  await companion.store.units.add({ code: '440100', name: '广州市人民检察院' });
  await companion.store.units.add({ code: '440115', name: '广州市南沙区人民检察院', parentCode: '440100' });
  const p = await companion.store.users.add({ name: '林检察官', role: 'prosecutor', unitCode: '440115' });
  const s = await companion.store.users.add({ name: '陈主任', role: 'supervisor', unitCode: '440100' });
  if (!p.ok || !s.ok) throw new Error('seed');
  tokens.prosecutor = p.token;
  tokens.supervisor = s.token;
  ext = await launchWithExtension();
  await ext.serviceWorker.evaluate(async (v) => { await chrome.storage.local.set(v); }, { companionUrl: companion.url, token: tokens.prosecutor });
  dashboard = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}, 120_000);
afterAll(async () => {
  await ext?.close();
  await dashboard?.close();
  await companion?.close();
});

async function scenario(id: string): Promise<ScenarioRef> {
  const body = (await (await fetch(`${companion.url}/training/api/scenarios/${id}`)).json()) as ScenarioRef | { scenario: ScenarioRef };
  return 'scenario' in body ? body.scenario : body;
}

const text = (page: Page, testId: string) => page.getByTestId(testId).textContent();

describe('the social-danger assessment', () => {
  it('is offered on the arrest-review case, scores and drafts, asks for a reason against the band, and reaches the dashboard', async () => {
    const s = await scenario('arrest-review-assessment');
    const caseNumber = s.snapshot.caseNumber;
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1006, height: 768 });
    await page.goto(`${companion.url}${s.url}`);
    await expect.poll(() => overlayCount(page, '[data-testid="caselight-panel"]'), { timeout: 20_000 }).toBe(1);
    const tabId = await ext.serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))?.id, `${companion.url}${s.url}`);

    const side = await ext.context.newPage();
    await side.setViewportSize({ width: 420, height: 900 });
    await side.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    const panel = side.getByTestId('assessment');
    await expect.poll(() => panel.count(), { timeout: 20_000 }).toBe(1);
    expect(await text(side, 'assessment-starting')).toContain('内置起始版');
    expect(await panel.getAttribute('data-score')).toBe('0');

    // Tick two obstruction items and an evidence reference: score, band and the draft follow.
    await side.getByTestId('item-destroys-evidence').check();
    await side.getByTestId('item-interferes-witness').check();
    await side.getByTestId('evidence-destroys-evidence').fill('证人李某某证言（卷二第15页）');
    await expect.poll(() => panel.getAttribute('data-score')).toBe('20');
    expect(await panel.getAttribute('data-band')).toBe('high');
    expect(await text(side, 'assessment-score')).toBe('得分 20 分');
    expect(await text(side, 'assessment-band')).toBe('分档：社会危险性较大');
    const draft = await side.getByTestId('assessment-paragraph').inputValue();
    expect(draft).toContain('社会危险性审查：');
    expect(draft).toContain('犯罪嫌疑人曾经或者企图毁灭、伪造、隐匿、转移证据（证据：证人李某某证言（卷二第15页））');
    expect(draft).toContain('量化评估得分20分，属“社会危险性较大”档（20分以上）');
    expect(draft).toContain('采取取保候审尚不足以防止发生社会危险性');

    // A legal override: a sentence below imprisonment excludes arrest whatever the score.
    await side.getByTestId('condition-evidence').selectOption('yes');
    await side.getByTestId('condition-penalty').selectOption('below-imprisonment');
    await expect.poll(() => panel.getAttribute('data-band')).toBe('excluded');
    expect(await text(side, 'assessment-override')).toContain('刑事诉讼法第八十一条第一款、第三款');
    expect(await side.getByTestId('assessment-paragraph').inputValue()).toContain('应当作出不批准逮捕或者不予逮捕的决定');
    await side.getByTestId('condition-penalty').selectOption('imprisonment');
    await expect.poll(() => panel.getAttribute('data-band')).toBe('high');

    // The prosecutor edits the paragraph (kept as edited).
    const edited = `${await side.getByTestId('assessment-paragraph').inputValue()}\n承办人补充：犯罪嫌疑人系外地人员。`;
    await side.getByTestId('assessment-paragraph').fill(edited);

    // The decision stays the prosecutor's: 不批准逮捕 goes against the band and asks for a reason.
    expect(await side.getByTestId('assessment-against').count()).toBe(0);
    await side.getByTestId('decision-no-arrest').check();
    await expect.poll(() => side.getByTestId('assessment-against').count()).toBe(1);
    await side.getByTestId('assessment-submit').click();
    await expect.poll(() => text(side, 'assessment-problem')).toBe('决定与评估分档不一致，请说明理由');
    await side.getByTestId('assessment-reason').fill('犯罪嫌疑人已与被害人达成和解，证人证言已固定');
    await side.getByTestId('assessment-submit').click();
    await expect.poll(() => text(side, 'assessment-submitted'), { timeout: 10_000 }).toContain('已提交');
    await side.screenshot({ path: `${IMAGES}/assessment-sidepanel.png`, fullPage: true });

    // The companion has ids and figures only.
    await expect.poll(async () => (await companion.store.db.selectFrom('assessments').selectAll().where('case_number', '=', caseNumber).execute()).length, { timeout: 20_000 }).toBe(1);
    const [row] = await companion.store.db.selectFrom('assessments').selectAll().where('case_number', '=', caseNumber).execute();
    expect(row).toMatchObject({ unit_code: '440115', instrument_version: 1, item_ids: '["destroys-evidence","interferes-witness"]', score: 20, band: 'high', decision: 'no-arrest', against_band: 1, training: 1 });
    expect(JSON.stringify(row)).not.toMatch(/李某某|和解|外地/);

    // Reopened, the side panel still has the local parts (evidence, edited paragraph, reason).
    await side.reload();
    await expect.poll(() => side.getByTestId('assessment').count(), { timeout: 20_000 }).toBe(1);
    expect(await side.getByTestId('evidence-destroys-evidence').inputValue()).toBe('证人李某某证言（卷二第15页）');
    expect(await side.getByTestId('assessment-paragraph').inputValue()).toBe(edited);
    expect(await side.getByTestId('assessment-reason').inputValue()).toBe('犯罪嫌疑人已与被害人达成和解，证人证言已固定');
    await side.close();
    await page.close();

    // The dashboard: the supervisor of the city procuratorate sees it under 南沙 (training data).
    const d = await dashboard.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await d.goto(`${companion.url}/`);
    await d.getByLabel('访问令牌').fill(tokens.supervisor);
    await d.getByLabel('访问令牌').press('Enter');
    // 社会危险性 is in the top bar's 报表考评 menu.
    await expect.poll(() => d.getByRole('navigation').getByRole('button', { name: '报表考评' }).count(), { timeout: 15_000 }).toBe(1);
    await d.getByRole('navigation').getByRole('button', { name: '报表考评' }).click();
    await d.getByRole('navigation').getByRole('link', { name: '社会危险性' }).click();
    await expect.poll(() => d.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('社会危险性评估与逮捕决定');
    await expect.poll(() => d.getByTestId('assessments-empty').count(), { timeout: 15_000 }).toBe(1);
    await d.getByTestId('assessments-training').check();
    const unit = d.getByTestId('assessment-unit-440115');
    await expect.poll(() => unit.count(), { timeout: 15_000 }).toBe(1);
    expect(await unit.locator('h2').textContent()).toContain('广州市南沙区人民检察院 — 评估案件 1，与分档不一致 1（不一致比例 100');
    const cell = unit.locator('[data-cell="high|no-arrest"]');
    expect(await cell.textContent()).toBe('1');
    expect(await cell.getAttribute('data-against')).toBe('true');
    expect(await unit.locator('[data-cell="high|arrest"]').textContent()).toBe('0');
    expect(await d.getByTestId('assessment-recent').textContent()).toContain(caseNumber);
    expect(await d.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await d.screenshot({ path: `${IMAGES}/dashboard-assessments.png`, fullPage: true });
    await d.close();
  });
});
