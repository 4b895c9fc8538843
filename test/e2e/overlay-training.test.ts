// The overlay on the training case system: every scenario lights what it states (and no red it
// does not), across the single-page tabs and the 认罪认罚 iframe; typing the missing date turns a
// red light green; hostile page text stays text.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coveredYears, todayInShanghai } from '../../shared/calendar/index.ts';
import { launchWithExtension, startCompanion, type ExtensionBrowser, type RunningCompanion } from './harness.ts';
import { expandPanel, key, overlayCount, readLights, settledLights, type LightRow } from './overlay-helpers.ts';

interface Scenario {
  id: string;
  url: string;
  card: string;
  snapshot: Record<string, unknown>;
  expected: LightRow[];
  fieldLocations: Record<string, { tab: string; frame?: string }>;
}

let browser: ExtensionBrowser;
let companion: RunningCompanion;
let scenarios: Scenario[];

/**
 * Scenario dates follow the real day, and a due date in a year without the State Council's
 * arrangement is never red. So that no result depends on when CI runs, the years around today that
 * the bundle lacks are loaded as central overrides (1 January, a rest day in every arrangement), the
 * way an administrator loads a year; the extension pulls them before the walk starts.
 */
async function loadYearsAroundToday(): Promise<void> {
  await companion.store.units.add({ code: '990001', name: '训练市人民检察院（虚构）' });
  const admin = await companion.store.users.add({ name: '管理员', role: 'admin', unitCode: '990001' });
  const trainer = await companion.store.users.add({ name: '培训员', role: 'trainer', unitCode: '990001' });
  if (!admin.ok || !trainer.ok) throw new Error('users');
  const year = Number(todayInShanghai().slice(0, 4));
  const missing = [year - 1, year, year + 1].filter((y) => !coveredYears().includes(y));
  const overrides = (missing.length > 0 ? missing : [year + 1]).map((y) => ({ date: `${y}-01-01`, kind: 'holiday' }));
  const res = await fetch(`${companion.url}/api/v1/calendar-overrides`, {
    method: 'PUT', headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ overrides }),
  });
  if (res.status !== 200) throw new Error(`calendar overrides: ${res.status} ${await res.text()}`);
  await browser.serviceWorker.evaluate(async (v) => {
    await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(v);
  }, { companionUrl: companion.url, token: trainer.token });
  const pulled = () => browser.serviceWorker.evaluate(async () =>
    ((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('central.calendarOverrides'))['central.calendarOverrides'] ?? null) !== null);
  for (const until = Date.now() + 15_000; !(await pulled()); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() > until) throw new Error('the extension did not pull the calendar overrides');
  }
}

beforeAll(async () => {
  companion = await startCompanion();
  browser = await launchWithExtension();
  await loadYearsAroundToday();
  const res = await fetch(`${companion.url}/training/api/scenarios`);
  scenarios = ((await res.json()) as { scenarios: Scenario[] }).scenarios;
});
afterAll(async () => {
  await browser?.close();
  await companion?.close();
});

function plea(page: Page): Frame | undefined {
  return page.frames().find((f) => f.url().includes('/training/frame/'));
}

/** Opens a tab of the case card the way a user does: a click, swapped in by script (pushState). */
async function openTab(page: Page, tab: string) {
  await page.locator(`a[data-tab="${tab}"]`).click();
  await expect.poll(() => page.locator(`#tab-panel[data-tab="${tab}"]`).count()).toBe(1);
}

/** Visits every tab (and the iframe) twice, so the second pass sees the whole case; returns what it lit. */
async function lightsOfScenario(page: Page, s: Scenario): Promise<Map<string, LightRow>> {
  await page.goto(`${companion.url}${s.url}`);
  const tabs = ['akxx', ...new Set(Object.values(s.fieldLocations).map((l) => l.tab).filter((t) => t !== 'header' && t !== 'akxx'))];
  const seen = new Map<string, LightRow>();
  for (const pass of [1, 2]) {
    for (const tab of tabs) {
      if (!(pass === 1 && tab === 'akxx')) await openTab(page, tab);
      const rows = await settledLights(page);
      const frame = plea(page);
      if (frame && tab === 'rzrf') rows.push(...(await settledLights(frame)));
      if (pass === 2) for (const r of rows) seen.set(key(r), r);
    }
  }
  return seen;
}

describe('training scenarios in chromium', () => {
  it('serves scenarios to check', () => {
    expect(scenarios.length).toBeGreaterThan(10);
  });

  it('lights exactly what each scenario states: every expected light, no other red', async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    for (const s of scenarios) {
      const lit = await lightsOfScenario(page, s);
      for (const e of s.expected) if (!lit.has(key(e))) problems.push(`${s.id}: missing ${key(e)} (lit: ${[...lit.keys()].join(', ')})`);
      for (const l of lit.values()) {
        if (l.light === 'red' && !s.expected.some((e) => key(e) === key(l))) problems.push(`${s.id}: unexpected ${key(l)}`);
      }
    }
    expect(problems).toEqual([]);
    await page.close();
    // Every scenario, every tab, twice, each waiting for the lights to settle: ~100 s on an idle
    // 2-core machine, so it gets its own budget instead of the project's 120 s.
  }, 300_000);

  it('follows single-page navigation between tabs without a reload', async () => {
    const page = await browser.context.newPage();
    const s = scenarios.find((x) => x.id === 'notice-suspect-counsel-late')!;
    await page.goto(`${companion.url}${s.url}`);
    await settledLights(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    expect((await readLights(page)).map(key)).not.toContain('notice-suspect-counsel-3d@suspectCounselNoticeOn=red');
    await openTab(page, 'qlgz');
    await expect.poll(async () => (await readLights(page)).map(key)).toContain('notice-suspect-counsel-3d@suspectCounselNoticeOn=red');
    expect(page.url()).toMatch(/\/qlgz$/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    // Back to the first tab by the browser's back button (popstate): its lights come back, the tab's go.
    await page.goBack();
    await expect.poll(async () => (await readLights(page)).map(key)).not.toContain('notice-suspect-counsel-3d@suspectCounselNoticeOn=red');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await page.close();
  });

  it('checks the 认罪认罚 iframe in its own frame and lists it in the top frame\'s panel', async () => {
    const page = await browser.context.newPage();
    const s = scenarios.find((x) => x.id === 'plea-agreement-without-counsel')!;
    await page.goto(`${companion.url}${s.url}`);
    await settledLights(page);
    await openTab(page, 'rzrf');
    await expect.poll(() => plea(page)?.url() ?? '').toContain('/plea');
    const frame = plea(page)!;
    await expect.poll(async () => (await readLights(frame)).map(key)).toContain('plea-agreement-counsel-present@counselPresentAtSigning=red');
    // The top frame draws no light for a field it does not show, but its panel has the finding.
    expect((await readLights(page)).map(key)).not.toContain('plea-agreement-counsel-present@counselPresentAtSigning=red');
    await expandPanel(page);
    await expect
      .poll(() => overlayCount(page, '[data-testid="caselight-panel"] [data-finding="plea-agreement-counsel-present"][data-finding-light="red"]'))
      .toBe(1);
    // Only the top frame draws the panel.
    expect(await overlayCount(frame, '[data-testid="caselight-overlay"]')).toBe(1);
    expect(await overlayCount(frame, '[data-testid="caselight-panel"]')).toBe(0);
    await page.close();
  });

  it('turns a red light green when the missing date is typed in', async () => {
    const page = await browser.context.newPage();
    const s = scenarios.find((x) => x.id === 'notice-victim-agent-missing')!;
    await page.goto(`${companion.url}${s.url}`);
    await settledLights(page);
    await openTab(page, 'qlgz');
    const red = 'notice-victim-agent-3d@victimAgentNoticeOn=red';
    await expect.poll(async () => (await readLights(page)).map(key)).toContain(red);
    const accepted = new Date(`${String(s.snapshot.acceptedOn)}T00:00:00Z`);
    const nextDay = new Date(accepted.getTime() + 86_400_000).toISOString().slice(0, 10);
    await page.locator('#gzwtdlrrq').fill(nextDay);
    await expect.poll(async () => (await readLights(page)).map(key)).not.toContain(red);
    // Told in time; with the signed record on file the light is green.
    await page.locator('input[name="dlrhz"]').check();
    await expect.poll(async () => (await readLights(page)).map(key)).toContain('notice-victim-agent-3d@victimAgentNoticeOn=green');
    await page.close();
  });

  it('shows hostile page text as text: no element created, no script run', async () => {
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const s = scenarios.find((x) => x.id === 'hostile-text')!;
    await page.goto(`${companion.url}${s.url}`);
    await settledLights(page);
    await openTab(page, 'qlgz');
    await expect.poll(async () => (await readLights(page)).map(key)).toContain('notice-suspect-counsel-3d@suspectCounselNoticeOn=red');
    expect(await overlayCount(page, 'img, script, svg')).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
