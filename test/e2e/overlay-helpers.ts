// Helpers for the overlay's end-to-end tests: read the lights a frame draws (inside its closed
// caselight-root shadow root, through the DevTools protocol's pierced DOM: pierce.ts) and wait until
// they stop changing; open the panel with a person's click.
import { createServer, type Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { overlayAttr, overlayClick, overlayCount, readLights, type LightRow } from './pierce.ts';

export * from './pierce.ts';

/** Waits for the frame's overlay to be active and its lights to hold still for a moment. */
export async function settledLights(target: Page | Frame, { timeout = 15_000, quiet = 400 } = {}): Promise<LightRow[]> {
  await expect
    .poll(() => overlayCount(target, '[data-testid="caselight-overlay"][data-active="true"]'), { timeout })
    .toBe(1);
  const deadline = Date.now() + timeout;
  let last = JSON.stringify(await readLights(target));
  for (;;) {
    await new Promise((r) => setTimeout(r, quiet));
    const now = JSON.stringify(await readLights(target));
    if (now === last && now !== '[]') return JSON.parse(now) as LightRow[];
    if (Date.now() > deadline) return JSON.parse(now) as LightRow[];
    last = now;
  }
}

/** A tiny static site on 127.0.0.1 (covered by the manifest's static content script). */
export async function servePages(pages: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const body = pages[(req.url ?? '/').split('?')[0]];
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** What a training scenario states (GET /training/api/scenarios/:id), as far as the e2e tests need it. */
export interface ScenarioRef {
  url: string;
  snapshot: { caseNumber: string; procedure?: string };
  expected: LightRow[];
  fieldLocations: Record<string, { tab: string; frame?: string }>;
}

/** Opens the case card and the tab that shows the scenario's red finding, as a prosecutor would, and waits for the red light. */
export async function openRedFinding(page: Page, baseUrl: string, s: ScenarioRef): Promise<LightRow> {
  await page.goto(`${baseUrl}${s.url}`);
  const red = s.expected.find((e) => e.light === 'red')!;
  const tab = s.fieldLocations[red.field]?.tab;
  if (tab && tab !== 'header' && tab !== 'akxx') {
    await page.locator(`a[data-tab="${tab}"]`).click();
    await expect.poll(() => page.locator(`#tab-panel[data-tab="${tab}"]`).count()).toBe(1);
  }
  await expect.poll(async () => (await settledLights(page)).some((l) => l.rule === red.rule && l.light === 'red'), { timeout: 20_000 }).toBe(true);
  return red;
}

/** Opens the panel (it starts collapsed to its counts) with a person's click on its header button. */
export async function expandPanel(target: Page | Frame): Promise<void> {
  const panel = '[data-testid="caselight-panel"]';
  await expect.poll(() => overlayCount(target, panel)).toBe(1);
  if ((await overlayAttr(target, panel, 'data-collapsed')) === 'true') await overlayClick(target, `${panel} header button`);
  await expect.poll(() => overlayAttr(target, panel, 'data-collapsed')).toBe('false');
}
