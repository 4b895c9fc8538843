// The adapter studio, end to end, in chromium with the built extension, on the hostile fixture
// host (test/fixtures/hostile: generated ids on every load, div label cells, read-only spans,
// iframes two deep, a late tab, dates as 2025.09.08 and 2025/9/8). The studio's page is driven in
// a tab of its own (`studio.html?tabId=<host tab>`, as the side panel cannot be scripted headless),
// by clicks only: 开始映射, a click on each of ten fields on the host page (in all three frames),
// a click on the case field it is; then one more on the 强制措施 tab, which loads its form late.
// No JSON is typed. While mapping, the page lights from the draft (live preview); 保存到本浏览器 keeps it; 关闭 removes the picker's every listener in every frame;
// after a reload (all ids new) the saved adapter finds the fields again and the lights are as expected.
// Screenshots: docs/images/studio-*.png (with CASELIGHT_UPDATE_DOC_IMAGES=1).
import { resolve } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshotDir, serveFixtureDir, startCompanion, type ExtensionBrowser, type RunningCompanion } from './harness.ts';
import { overlayText, readLights, settledLights, type LightRow } from './overlay-helpers.ts';

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { executeScript(o: object): Promise<{ frameId: number; result: unknown }[]> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>> }; session: { get(k: string): Promise<Record<string, unknown>> } };
};

let browser: ExtensionBrowser;
let site: { url: string; close(): Promise<void> };
let companion: RunningCompanion;
let admin: string;
const roleTokens: Record<'trainer' | 'prosecutor', string> = { trainer: '', prosecutor: '' };
const shots = screenshotDir();

beforeAll(async () => {
  site = await serveFixtureDir(resolve(import.meta.dirname, '../fixtures/hostile'), '/ajxx');
  companion = await startCompanion();
  await companion.store.units.add({ code: '320102', name: '南京市玄武区人民检察院' });
  const a = await companion.store.users.add({ name: '管理员', role: 'admin', unitCode: '320102' });
  if (!a.ok) throw new Error('admin');
  admin = a.token;
  for (const role of ['trainer', 'prosecutor'] as const) {
    const r = await companion.store.users.add({ name: role === 'trainer' ? '培训讲师' : '王检察官', role, unitCode: '320102' });
    if (!r.ok) throw new Error(role);
    roleTokens[role] = r.token;
  }
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await companion?.close();
});

/** The UI language as the options page stores it (the studio follows it: settings/get and storage.onChanged). */
async function setLocale(locale: 'zh-CN' | 'en'): Promise<void> {
  await browser.serviceWorker.evaluate(async (v) => {
    await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(v);
  }, { locale });
}

/** Signs the extension in (options page's address and token) as whoever holds the token. */
async function signInAs(token: string): Promise<void> {
  await browser.serviceWorker.evaluate(async (v) => {
    await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(v);
  }, { companionUrl: companion.url, token });
}

async function hostTabId(url: string): Promise<number> {
  const id = await browser.serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))?.id, url);
  if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
  return id;
}

type Where = 'top' | 'main' | 'sub';
function scope(page: Page, where: Where): Page | FrameLocator {
  if (where === 'top') return page;
  const main = page.frameLocator('iframe[name="main"]');
  return where === 'main' ? main : main.frameLocator('iframe[name="sub"]');
}
function frame(page: Page, where: Where): Page | Frame {
  if (where === 'top') return page;
  const main = page.frame({ name: 'main' })!;
  return where === 'main' ? main : main.childFrames().find((f) => f.name() === 'sub')!;
}

/** The ten fields the test maps: where to click (by the label cell's text, as a person finds it) and the case field. */
const TEN: { where: Where; label: string; css: string; field: string; text: string; value: string }[] = [
  { where: 'top', label: '部门受案号', css: 'span', field: 'caseNumber', text: '东检刑诉受〔2025〕9号', value: '东检刑诉受〔2025〕9号' },
  { where: 'top', label: '案件类别', css: 'span', field: 'procedure', text: '审查起诉', value: 'prosecution-review' },
  { where: 'top', label: '受理日期', css: 'span', field: 'acceptedOn', text: '2025.09.08', value: '2025-09-08' },
  { where: 'top', label: '收到卷宗日期', css: 'input', field: 'materialsReceivedOn', text: '2025/9/8', value: '2025-09-08' },
  { where: 'top', label: '在押情况', css: 'select', field: 'inCustody', text: '在押', value: '是' },
  { where: 'main', label: '是否有被害人', css: 'span', field: 'hasVictim', text: '是', value: '是' },
  { where: 'main', label: '告知被害人诉讼权利日期', css: 'input', field: 'victimAgentNoticeOn', text: '2025.09.10', value: '2025-09-10' },
  { where: 'sub', label: '告知委托辩护人日期', css: 'input', field: 'suspectCounselNoticeOn', text: '2025/9/15', value: '2025-09-15' },
  { where: 'sub', label: '告知笔录已附卷', css: 'input', field: 'suspectCounselNoticeProof', text: '☑', value: '是' },
  { where: 'sub', label: '已委托辩护人', css: 'select', field: 'hasCounsel', text: '否', value: '否' },
];

function valueCell(page: Page, f: (typeof TEN)[number]) {
  return scope(page, f.where).locator('.x-lbl', { hasText: new RegExp(`^${f.label}$`) }).locator('xpath=following-sibling::div[1]').locator(f.css);
}

async function pickerListeners(tabId: number): Promise<unknown[]> {
  const results = await browser.serviceWorker.evaluate(async (id) => chrome.scripting.executeScript({
    target: { tabId: id, allFrames: true },
    func: () => (globalThis as unknown as { __caselightStudioPicker?: { listeners(): number } }).__caselightStudioPicker?.listeners() ?? 'none',
  }), tabId);
  return results.map((r) => r.result);
}

async function allLights(page: Page): Promise<LightRow[]> {
  const out: LightRow[] = [];
  for (const where of ['top', 'main', 'sub'] as const) out.push(...(await readLights(frame(page, where))));
  return out.sort((a, b) => `${a.field}${a.rule}`.localeCompare(`${b.field}${b.rule}`));
}

describe('adapter studio on a hostile host', () => {
  it('maps ten fields by clicks (and an eleventh on a tab that loads late), previews, saves, and lights the page again after a reload with new ids', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.goto(`${site.url}/ajxx/index.html`);
    await expect.poll(() => page.frames().length).toBe(3);
    const idsBefore = await valueCell(page, TEN[3]).getAttribute('id');
    expect(idsBefore).toMatch(/^(ext-gen|x-auto-|el-id-)/);
    const tabId = await hostTabId(`${site.url}/ajxx/`);
    // The studio is for administrators and trainers (extension/studio/access.ts).
    await signInAs(admin);

    const studio = await browser.context.newPage();
    await studio.setViewportSize({ width: 420, height: 900 });
    await studio.goto(`chrome-extension://${browser.extensionId}/studio.html?tabId=${tabId}`);
    await studio.getByTestId('studio-start').click();
    await expect.poll(() => studio.getByTestId('studio-hint').count()).toBe(1);

    for (const [i, f] of TEN.entries()) {
      await page.bringToFront();
      await valueCell(page, f).click();
      const pick = studio.getByTestId('studio-pick');
      await expect.poll(() => pick.count(), { timeout: 10_000 }).toBe(1);
      expect(await studio.getByTestId('studio-pick-label').textContent()).toBe(f.label);
      // Anchors shown: never a generated id; the label anchor matches exactly one element.
      const anchorsText = await studio.getByTestId('studio-anchors').textContent();
      expect(anchorsText).not.toMatch(/ext-gen|x-auto|el-id/);
      expect(await studio.locator('[data-testid="studio-anchors"] tr[data-anchor-kind="label"]').getAttribute('data-count')).toBe('1');
      if (i === 2) await studio.screenshot({ path: `${shots}/studio-pick.png` });
      // The field: from the suggestions when listed, else found by searching its Chinese name.
      let button = studio.locator(`[data-testid="studio-fields"] button[data-field="${f.field}"]`);
      if ((await button.count()) === 0) {
        await studio.getByTestId('studio-search').fill(f.field);
        button = studio.locator(`[data-testid="studio-fields"] button[data-field="${f.field}"]`);
      }
      await button.click();
      const entry = studio.locator(`[data-mapped-field="${f.field}"]`);
      await expect.poll(() => entry.getAttribute('data-status'), { timeout: 10_000 }).toBe('ok');
      expect(await entry.getByTestId('studio-text').textContent()).toBe(f.text);
      expect(await entry.getByTestId('studio-value').textContent()).toBe(f.value);
      // A value map only where the page's words do not read by themselves (not for a checkbox, a 是/否 select, a date).
      expect(await entry.getByTestId('studio-map').count()).toBe(['procedure', 'inCustody'].includes(f.field) ? 1 : 0);
    }
    // The 强制措施 tab loads its form late: stop the picker (it keeps every click from the page), open
    // the tab, wait for the form, start again, and map the coercive measure there.
    await studio.getByTestId('studio-stop').click();
    await page.bringToFront();
    await page.locator('.x-tab[data-tab="qzcs"]').click();
    await page.locator('.x-lbl', { hasText: /^强制措施$/ }).waitFor();
    await studio.getByTestId('studio-start').click();
    await page.locator('.x-lbl', { hasText: /^强制措施$/ }).locator('xpath=following-sibling::div[1]').locator('select').click();
    await expect.poll(() => studio.getByTestId('studio-pick-label').textContent(), { timeout: 10_000 }).toBe('强制措施');
    await studio.getByTestId('studio-search').fill('强制措施');
    await studio.locator('[data-testid="studio-fields"] button[data-field="custodyMeasure"]').click();
    const measure = studio.locator('[data-mapped-field="custodyMeasure"]');
    await expect.poll(() => measure.getAttribute('data-status'), { timeout: 10_000 }).toBe('ok');
    expect(await measure.getByTestId('studio-value').textContent()).toBe('arrest');
    // Back on 当事人 (its frames built anew), the measure is mapped but not on this page: marked.
    await studio.getByTestId('studio-stop').click();
    await page.locator('.x-tab[data-tab="dsr"]').click();
    await expect.poll(() => page.frames().length).toBe(3);
    await expect.poll(() => measure.getAttribute('data-status'), { timeout: 10_000 }).toBe('missing');
    await expect.poll(() => studio.locator('[data-mapped-field][data-status="ok"]').count(), { timeout: 10_000 }).toBe(TEN.length);
    expect(await studio.getByTestId('studio-unreadable').textContent()).toMatch(/强制措施/);

    // The value map proposed for 在押/未在押 shows in its editor and can be changed by choosing.
    const map = studio.locator('[data-mapped-field="inCustody"] [data-testid="studio-map"]');
    expect(await map.locator('select[data-map-text="在押"]').inputValue()).toBe('是');
    expect(await map.locator('select[data-map-text="未在押"]').inputValue()).toBe('否');

    // Live preview: the draft already lights the page (the late counsel notice is red in the nested frame).
    await page.bringToFront();
    await expect.poll(async () => (await readLights(frame(page, 'sub'))).some((l) => l.field === 'suspectCounselNoticeOn' && l.light === 'red'), { timeout: 20_000 }).toBe(true);
    const preview = await allLights(page);
    await page.screenshot({ path: `${shots}/studio-preview.png` });
    await studio.screenshot({ path: `${shots}/studio-mapped.png`, fullPage: true });

    // Coverage: the review-for-prosecution rules that still lack a required field stay grey.
    expect(await studio.getByTestId('studio-coverage-summary').textContent()).toMatch(/审查起诉：\d+ 条规则不缺必需字段，\d+ 条规则因缺字段保持灰灯/);

    await studio.getByTestId('studio-save-local').click();
    await expect.poll(() => studio.getByTestId('studio-notice').textContent()).toMatch(/已保存到本浏览器/);
    const saved = await browser.serviceWorker.evaluate(async () => (await chrome.storage.local.get('adapters')).adapters);
    const adapter = (saved as { id: string; fields: Record<string, { anchors: object[] }> }[])[0];
    expect(Object.keys(adapter.fields).sort()).toEqual([...TEN.map((f) => f.field), 'custodyMeasure'].sort());
    expect(JSON.stringify(adapter)).not.toMatch(/ext-gen|x-auto|el-id/);

    // Closing removes every listener and outline the picker put into the three frames, and the preview.
    expect((await pickerListeners(tabId)).some((n) => typeof n === 'number' && n > 0)).toBe(true);
    await studio.getByTestId('studio-close').click();
    await expect.poll(() => pickerListeners(tabId)).toEqual(['none', 'none', 'none']);
    for (const where of ['top', 'main', 'sub'] as const) expect(await frame(page, where).locator('caselight-studio').count()).toBe(0);
    // The page has its clicks back: a click on the checkbox toggles it (and a second one restores it).
    await page.bringToFront();
    await valueCell(page, TEN[8]).click();
    expect(await valueCell(page, TEN[8]).isChecked()).toBe(false);
    await valueCell(page, TEN[8]).click();
    expect(await browser.serviceWorker.evaluate(async () => (await chrome.storage.session.get('caselight:studioDraft'))['caselight:studioDraft'])).toBeUndefined();
    // The host's data was never changed by the picks: the checkbox the test clicked is still ticked.
    expect(await valueCell(page, TEN[8]).isChecked()).toBe(true);

    // Reload: every id is new; the saved adapter finds the ten fields by their anchors.
    await page.reload();
    await expect.poll(() => page.frames().length).toBe(3);
    expect(await valueCell(page, TEN[3]).getAttribute('id')).not.toBe(idsBefore);
    await settledLights(frame(page, 'sub'));
    const after = await allLights(page);
    expect(after).toEqual(preview);
    // R04: received 2025-09-08, in custody, due 2025-09-11, told on 2025-09-15: red, in the frame two deep.
    // R05: victim told on 2025-09-10, within 3 days: green, in the first frame. The procedure reads as 审查起诉.
    expect(after).toEqual([
      { rule: 'data-consistency', field: 'procedure', light: 'green' },
      { rule: 'notice-suspect-counsel-3d', field: 'suspectCounselNoticeOn', light: 'red' },
      { rule: 'notice-victim-agent-3d', field: 'victimAgentNoticeOn', light: 'green' },
    ]);
    // The top frame's counter takes in the findings of the frames two deep too (they reported before it).
    await expect.poll(async () => (await overlayText(page, '[data-testid="caselight-panel"]'))?.replace(/\s+/g, ''), { timeout: 15_000 }).toMatch(/红1黄0绿2/);
    await page.screenshot({ path: `${shots}/studio-after-reload.png` });
    await studio.close();
    await page.close();
  });

  it('publishes the saved adapter to the companion as an administrator, with the diff, and the companion keeps the version', async () => {
    await signInAs(admin);
    const page = await browser.context.newPage();
    await page.goto(`${site.url}/ajxx/index.html`);
    const tabId = await hostTabId(`${site.url}/ajxx/`);
    // The side panel offers the studio to an administrator.
    const side = await browser.context.newPage();
    await side.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => side.getByTestId('sidepanel-studio').count(), { timeout: 15_000 }).toBe(1);
    await side.getByTestId('sidepanel-studio').click();
    await side.waitForURL(/studio\.html\?tabId=/);
    // It starts from the adapter saved in this browser for the page.
    await expect.poll(() => side.locator('[data-mapped-field]').count()).toBe(TEN.length + 1);
    // … and shows at once what each field reads on the page, without arming the picker.
    await expect.poll(() => side.locator('[data-mapped-field][data-status="ok"]').count(), { timeout: 10_000 }).toBe(TEN.length);
    await side.getByTestId('studio-publish').click();
    await expect.poll(() => side.getByTestId('studio-notice').textContent(), { timeout: 15_000 }).toMatch(/已发布 host-127-0-0-1 第 1 版/);
    expect(await side.getByTestId('studio-diff').textContent()).toMatch(/新增 11/);
    const versions = await (await fetch(`${companion.url}/api/v1/adapters/host-127-0-0-1/versions`, { headers: { authorization: `Bearer ${admin}` } })).json() as { versions: { version: number; adapter: { fields: object } }[] };
    expect(versions.versions.map((v) => v.version)).toEqual([1]);
    expect(Object.keys(versions.versions[0].adapter.fields)).toHaveLength(TEN.length + 1);
    // Publishing again after removing a field: the next version, and the diff says what went.
    await side.locator('[data-mapped-field="hasCounsel"] button', { hasText: '移除' }).click();
    await side.getByTestId('studio-publish').click();
    await expect.poll(() => side.getByTestId('studio-notice').textContent(), { timeout: 15_000 }).toMatch(/第 2 版/);
    expect(await side.getByTestId('studio-diff').textContent()).toMatch(/删除 1（hasCounsel）/);
    // A kind with no change shows its count only, no empty brackets.
    expect(await side.getByTestId('studio-diff').textContent()).toContain('新增 0，修改 0，');
    // Roll back to version 1 from the history: the companion serves it again, as version 3.
    await side.getByTestId('studio-history').click();
    await expect.poll(() => side.locator('[data-testid="studio-versions"] tr[data-version]').count()).toBe(2);
    await side.locator('[data-testid="studio-versions"] tr[data-version="1"] [data-testid="studio-rollback"]').click();
    await expect.poll(() => side.getByTestId('studio-notice').textContent(), { timeout: 15_000 }).toMatch(/已回滚到第 1 版，发布为第 3 版/);
    const served = await (await fetch(`${companion.url}/api/v1/adapters`, { headers: { authorization: `Bearer ${admin}` } })).json() as { adapters: { id: string; version: number; fields: object }[] };
    expect(served.adapters.map((a) => [a.id, a.version, 'hasCounsel' in a.fields])).toEqual([['host-127-0-0-1', 3, true]]);
    await expect.poll(() => side.locator('[data-mapped-field="hasCounsel"]').count()).toBe(1);
    await side.screenshot({ path: `${shots}/studio-publish.png`, fullPage: true });
    // With the language set to English in the options, the open studio speaks English: its own words,
    // the field and procedure names, the notice and the version history (dates included).
    await setLocale('en');
    await expect.poll(() => side.locator('main').getAttribute('lang'), { timeout: 10_000 }).toBe('en');
    expect(await side.locator('h1').textContent()).toBe('Adapter studio');
    expect(await side.getByTestId('studio-publish').textContent()).toBe('Publish to the companion');
    expect(await side.getByTestId('studio-notice').textContent()).toBe('Rolled back to version 1, published as version 3');
    expect(await side.locator('[data-mapped-field="acceptedOn"] b').first().textContent()).toBe('accepted on');
    expect(await side.getByTestId('studio-coverage-summary').textContent()).toMatch(/^review for prosecution: \d+ rules have every field they require; \d+ rules stay grey for want of a field\.$/);
    expect(await side.locator('[data-testid="studio-versions"] tr[data-version="1"]').textContent()).toMatch(/^Version 1[A-Z][a-z]{2} \d{1,2}, 20\d\d, \d\d:\d\d:\d\d/);
    await side.screenshot({ path: `${shots}/studio-en.png`, fullPage: true });
    await setLocale('zh-CN');
    await expect.poll(() => side.locator('h1').textContent(), { timeout: 10_000 }).toBe('适配器映射');
    // Closing the panel without 关闭 (the page just goes away): every frame's picker disposes itself.
    await side.getByTestId('studio-start').click();
    await expect.poll(async () => (await pickerListeners(tabId)).every((n) => typeof n === 'number' && n > 0)).toBe(true);
    await side.close();
    await expect.poll(() => pickerListeners(tabId), { timeout: 10_000 }).toEqual(['none', 'none', 'none']);
    for (const where of ['top', 'main', 'sub'] as const) expect(await frame(page, where).locator('caselight-studio').count()).toBe(0);
  });

  it('lets a trainer map and save but not publish, and closes the studio to a prosecutor, who is not offered it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}/ajxx/index.html`);
    const tabId = await hostTabId(`${site.url}/ajxx/`);

    await signInAs(roleTokens.trainer);
    const side = await browser.context.newPage();
    // The background forgets the last identity when the token changes: look again until it has.
    await expect.poll(async () => {
      await side.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
      await side.getByTestId('sidepanel').waitFor();
      await side.waitForTimeout(300);
      return side.getByTestId('sidepanel-studio').count();
    }, { timeout: 15_000 }).toBe(1);
    await side.getByTestId('sidepanel-studio').click();
    await side.waitForURL(/studio\.html\?tabId=/);
    await expect.poll(() => side.getByTestId('studio-start').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => side.getByTestId('studio-publish-reason').textContent()).toContain('发布到伴随服务、版本历史和回滚仅限管理员');
    expect(await side.getByTestId('studio-save-local').count()).toBe(1);
    expect(await side.getByTestId('studio-publish').count()).toBe(0);
    expect(await side.getByTestId('studio-history').count()).toBe(0);
    // The companion refuses a trainer's publication whatever the page offers.
    const put = await fetch(`${companion.url}/api/v1/adapters`, {
      method: 'PUT', headers: { authorization: `Bearer ${roleTokens.trainer}`, 'content-type': 'application/json' }, body: JSON.stringify({ adapters: [] }),
    });
    expect(put.status).toBe(403);
    await side.close();

    await signInAs(roleTokens.prosecutor);
    const panel = await browser.context.newPage();
    await expect.poll(async () => {
      await panel.goto(`chrome-extension://${browser.extensionId}/studio.html?tabId=${tabId}`);
      await panel.locator('[data-testid="studio-closed"], [data-testid="studio-start"]').first().waitFor({ timeout: 10_000 });
      return (await panel.getByTestId('studio-closed').textContent()) ?? '';
    }, { timeout: 20_000 }).toContain('适配器映射仅供管理员和培训讲师使用（当前登录：检察官）');
    expect(await panel.getByTestId('studio-closed').textContent()).not.toContain('The adapter studio');
    expect(await panel.getByTestId('studio-start').count()).toBe(0);
    await panel.setViewportSize({ width: 420, height: 300 });
    await panel.screenshot({ path: `${shots}/studio-refused.png` });
    // In English, the refusal is the English one only.
    await setLocale('en');
    await panel.reload();
    await expect.poll(() => panel.getByTestId('studio-closed').textContent(), { timeout: 10_000 })
      .toBe('The adapter studio is for administrators and trainers (signed in as prosecutor)');
    expect(await panel.locator('main').getAttribute('lang')).toBe('en');
    await panel.screenshot({ path: `${shots}/studio-refused-en.png` });
    await setLocale('zh-CN');
    // Nothing was injected into the host page.
    expect(await pickerListeners(tabId)).toEqual(['none', 'none', 'none']);
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByTestId('sidepanel').waitFor();
    await panel.waitForTimeout(1000);
    expect(await panel.getByTestId('sidepanel-studio').count()).toBe(0);
    await panel.close();
    await page.close();
  });
});
