// The overlay cannot be driven or read by the host page (issue 16, item 8): its shadow root is
// closed, so the page sees an empty <caselight-root>; and the objection form acts only on a
// person's input — clicks and typing that arrive as trusted events. Here a person is played through
// the DevTools protocol (trusted input, pierced DOM), and a hostile page script is played by running
// code in the page's own world on the overlay's elements, which it could not even reach unaided.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startCompanion, type ExtensionBrowser, type RunningCompanion } from './harness.ts';
import { asPageScript, expandPanel, openRedFinding, overlayClick, overlayCount, overlayText, overlayType, type ScenarioRef } from './overlay-helpers.ts';

let browser: ExtensionBrowser;
let companion: RunningCompanion;

beforeAll(async () => {
  companion = await startCompanion();
  await companion.store.units.add({ code: '320102', name: '南京市玄武区人民检察院' });
  const added = await companion.store.users.add({ name: '周检察官', role: 'prosecutor', unitCode: '320102' });
  if (!added.ok) throw new Error(added.code);
  browser = await launchWithExtension();
  await browser.serviceWorker.evaluate(async (v) => {
    await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(v);
  }, { companionUrl: companion.url, token: added.token, trainingMode: false });
});
afterAll(async () => {
  await browser?.close();
  await companion?.close();
});

/** Opens the scenario at the tab of its red finding and the panel; answers the finding's selector. */
async function openRed(page: Page, id: string): Promise<{ s: ScenarioRef; item: string }> {
  const s = (await (await fetch(`${companion.url}/training/api/scenarios/${id}`)).json()) as ScenarioRef;
  const red = await openRedFinding(page, companion.url, s);
  await expandPanel(page);
  return { s, item: `[data-testid="caselight-panel"] [data-finding="${red.rule}"][data-finding-light="red"]` };
}

const objectedEvents = (caseNumber: string) =>
  companion.store.db.selectFrom('events').select(['kind', 'objection_reason']).where('case_number', '=', caseNumber).where('kind', '=', 'objected').execute();

describe('the overlay and a hostile host page', () => {
  it('shows the page an empty, closed host: no shadow root and none of the overlay’s text', async () => {
    const page = await browser.context.newPage();
    const { item } = await openRed(page, 'notice-suspect-counsel-late');
    const title = (await overlayText(page, `${item} h3`))!;
    const light = (await overlayText(page, '[data-rule][data-light="red"]'))!;
    expect(title.length).toBeGreaterThan(4);
    expect(light).toMatch(/^红/);
    const seen = await page.evaluate(() => {
      const host = document.querySelector('caselight-root')!;
      return {
        shadowRoot: host.shadowRoot,
        children: host.childNodes.length,
        text: `${document.documentElement.textContent ?? ''}\n${document.body.innerText}`,
        attached: host.attachShadow === undefined ? 'none' : (() => { try { host.attachShadow({ mode: 'open' }); return 'attached'; } catch { return 'refused'; } })(),
      };
    });
    expect(seen).toMatchObject({ shadowRoot: null, children: 0, attached: 'refused' });
    expect(seen.text).not.toContain(title);
    expect(seen.text).not.toContain(light);
    await page.close();
  });

  it('files an objection only on a person’s clicks and typing; a page script can neither open, fill nor submit the form', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const { s, item } = await openRed(page, 'notice-suspect-counsel-late');
    const open = `${item} [data-testid="caselight-object"]`;
    const form = `${item} [data-testid="caselight-objection-form"]`;

    // A script's click does not open the form; a person's does.
    await asPageScript(page, open, 'function () { this.click(); }');
    await new Promise((r) => setTimeout(r, 300));
    expect(await overlayCount(page, form)).toBe(0);
    await overlayClick(page, open);
    await expect.poll(() => overlayCount(page, form)).toBe(1);

    // The page's own (bubbling) key and input listeners, e.g. its hotkeys, never see the typing.
    await page.evaluate(() => {
      const w = window as unknown as { heard: number };
      w.heard = 0;
      for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput']) document.addEventListener(type, () => { w.heard++; });
    });
    const reason = '已于受理次日当面告知，告知笔录在卷 ok';
    await overlayType(page, `${form} textarea`, '已于受理次日当面告知，告知笔录在卷');
    await page.keyboard.type(' ok');
    expect(await page.evaluate(() => (window as unknown as { heard: number }).heard)).toBe(0);
    // The page rewrites the text and submits every way a script can: nothing is filed.
    await asPageScript(page, `${form} textarea`, `function () {
      this.value = '页面脚本伪造的理由';
      this.dispatchEvent(new Event('input', { bubbles: true }));
      this.form.requestSubmit();
      this.form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    }`);
    await asPageScript(page, `${form} [data-testid="caselight-objection-submit"]`, 'function () { this.click(); }');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await objectedEvents(s.snapshot.caseNumber)).toEqual([]);
    expect(await overlayCount(page, `${item} [data-testid="caselight-objection"]`)).toBe(0);

    // The person clicks 提交: the objection is filed with what they typed, not the page's text.
    await overlayClick(page, `${form} [data-testid="caselight-objection-submit"]`);
    await expect.poll(() => overlayCount(page, `${item} [data-testid="caselight-objection"]`), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => objectedEvents(s.snapshot.caseNumber), { timeout: 20_000 }).toEqual([{ kind: 'objected', objection_reason: reason }]);
    expect(await overlayText(page, `${item} [data-testid="caselight-objection"]`)).toContain(reason);
    await page.screenshot({ path: `${process.env.CASELIGHT_E2E_SHOTS ?? '/tmp'}/caselight-objection-filed.png` });
    await page.close();
  });
});
