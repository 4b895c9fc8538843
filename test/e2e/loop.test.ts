// Closing the loop end to end (issue 10): the prosecutor's extension checks a case page (the case
// activity reaches the companion, ids and dates only); the supervisor issues a 流程监控通知书 in the
// dashboard; the prosecutor's extension shows it in the popup and beside the lights on the case
// page; the prosecutor replies there; the dashboard shows it replied. Real chromium, real companion.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingSystemAdapter } from '../../shared/adapters/training-system.ts';
import { ensureDashboardBuilt } from './dashboard-build.ts';
import { chromiumPath, launchWithExtension, startCompanion, type ExtensionBrowser, type RunningCompanion } from './harness.ts';
import { expandPanel, openRedFinding, overlayClick, overlayCount, overlayText, overlayType, type ScenarioRef } from './overlay-helpers.ts';

let ext: ExtensionBrowser;
let dashboardBrowser: Browser;
let companion: RunningCompanion;
let prosecutorToken: string;
let supervisorToken: string;

async function scenario(id: string): Promise<ScenarioRef> {
  const res = await fetch(`${companion.url}/training/api/scenarios/${id}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as ScenarioRef | { scenario: ScenarioRef };
  return 'scenario' in body ? body.scenario : body;
}

beforeAll(async () => {
  await ensureDashboardBuilt();
  companion = await startCompanion();
  await companion.store.units.add({ code: '320100', name: '南京市人民检察院' });
  await companion.store.units.add({ code: '320102', name: '南京市玄武区人民检察院', parentCode: '320100' });
  const p = await companion.store.users.add({ name: '周检察官', role: 'prosecutor', unitCode: '320102' });
  const s = await companion.store.users.add({ name: '吴主任', role: 'supervisor', unitCode: '320100' });
  if (!p.ok || !s.ok) throw new Error('seed');
  prosecutorToken = p.token;
  supervisorToken = s.token;
  ext = await launchWithExtension();
  dashboardBrowser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}, 120_000);
afterAll(async () => {
  await ext?.close();
  await dashboardBrowser?.close();
  await companion?.close();
});

describe('the loop: case activity → notice in the dashboard → the extension → reply → the dashboard', () => {
  it('delivers the notice to the prosecutor who checked the case, and their reply back', async () => {
    // A (non-training) host system: a copy of the training adapter under another id.
    const hostAdapter = { ...trainingSystemAdapter, id: 'e2e-loop-host', name: 'E2E 业务系统', training: false };
    await ext.serviceWorker.evaluate(async (v) => {
      await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(v);
    }, { companionUrl: companion.url, token: prosecutorToken, trainingMode: false, adapters: [hostAdapter] });

    const s = await scenario('notice-victim-agent-missing');
    const caseNumber = s.snapshot.caseNumber;
    const casePage = await ext.context.newPage();
    await openRedFinding(casePage, companion.url, s);

    // The case activity reached the companion: ids and dates, no page text.
    await expect.poll(async () => (await companion.store.db.selectFrom('case_activity').selectAll().where('case_number', '=', caseNumber).execute()).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const [activity] = await companion.store.db.selectFrom('case_activity').selectAll().where('case_number', '=', caseNumber).execute();
    expect(Object.keys(activity).sort()).toEqual(['accepted_on', 'case_number', 'concluded_on', 'decision_on', 'difficult', 'due_dates', 'id', 'in_custody', 'next_due', 'observed_at', 'procedure', 'received_at', 'unit_code', 'user_id']);
    expect(Number(activity.difficult)).toBe(0);

    // The supervisor issues a notice from the case page of the dashboard.
    const dash: Page = await dashboardBrowser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await dash.goto(`${companion.url}/`);
    await dash.getByLabel('访问令牌').fill(supervisorToken);
    await dash.getByLabel('访问令牌').press('Enter');
    await expect.poll(() => dash.getByTestId('user').count(), { timeout: 15_000 }).toBe(1);
    await dash.goto(`${companion.url}/cases/${encodeURIComponent(caseNumber)}`);
    await dash.getByTestId('notice-text').fill('被害人诉讼代理人告知逾期，请核查并书面回复');
    await dash.getByTestId('notice-submit').click();
    await expect.poll(() => dash.getByTestId('notice-issued').textContent(), { timeout: 15_000 }).toContain('周检察官');

    // The prosecutor's popup pulls it and shows it; 我的期限 lists the case from local data.
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('caselight-notice').count(), { timeout: 20_000 }).toBe(1);
    expect(await popup.getByTestId('caselight-notice').textContent()).toContain(caseNumber);
    expect(await popup.getByTestId('my-deadlines').textContent()).toContain(caseNumber);

    // On the case page, beside the lights: the notice with its reply due date; reply there.
    await casePage.bringToFront();
    await casePage.reload();
    await openRedFinding(casePage, companion.url, s);
    await expandPanel(casePage);
    await expect.poll(() => overlayCount(casePage, '[data-testid="caselight-notice"]'), { timeout: 15_000 }).toBe(1);
    expect(await overlayText(casePage, '[data-testid="caselight-notice"]')).toMatch(/应于 \d{4}-\d{2}-\d{2} 前书面回复/);
    await overlayClick(casePage, '[data-testid="caselight-notice-reply"]');
    await overlayType(casePage, '[data-testid="caselight-notice-text"]', '已补充告知被害人诉讼代理权，笔录在卷');
    await overlayClick(casePage, '[data-testid="caselight-notice-send"]');
    await expect.poll(() => overlayCount(casePage, '[data-testid="caselight-notice"]'), { timeout: 15_000 }).toBe(0);

    // The dashboard shows it replied, with the reply.
    await dash.goto(`${companion.url}/notices`);
    const row = dash.getByTestId('table-notices').locator('tbody tr', { hasText: caseNumber });
    await expect.poll(() => row.locator('[data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('replied');
    expect(await row.textContent()).toContain('已补充告知被害人诉讼代理权');
    expect(await dash.getByTestId('table-notice-units').textContent()).toContain('南京市玄武区人民检察院');
  });
});
