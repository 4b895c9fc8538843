// The training pages and the built-in adapter agree: reading a scenario's pages with the
// extension's own page reader gives back exactly the scenario's snapshot (the JSON the e2e test
// and the engine test use), with no field left unread and no value it cannot parse.
import express from 'express';
import { Window } from 'happy-dom';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../extension/page/snapshot.ts';
import { parseAdapter, type Adapter } from '../../../shared/adapters/schema.ts';
import { trainingSystemAdapter } from '../../../shared/adapters/training-system.ts';
import { isFieldId } from '../../../shared/case/fields.ts';
import { cardControls, tabsFor } from '../../../companion/training/cards.ts';
import { trainingRouter } from '../../../companion/training/router.ts';
import { resolveScenario, SCENARIOS } from '../../../companion/training/scenarios.ts';

const parsed = parseAdapter(trainingSystemAdapter, { isKnownField: isFieldId });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const adapter: Adapter = parsed.adapter;

const NOW = '2026-03-10T02:00:00Z';
const TODAY = '2026-03-10';
const app = express().use('/training', trainingRouter({ now: () => new Date(NOW) }));

async function load(path: string): Promise<Document> {
  const res = await request(app).get(path).expect(200);
  const window = new Window({ url: `http://127.0.0.1:8787${path}`, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(res.text);
  // happy-dom 21 ignores the `selected` attribute while parsing; browsers honour it.
  for (const opt of window.document.querySelectorAll('option[selected]')) (opt as unknown as HTMLOptionElement).selected = true;
  return window.document as unknown as Document;
}

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('scenario %s', (_id, scenario) => {
  const resolved = resolveScenario(scenario, TODAY);

  it('shows every field of its snapshot on its card', () => {
    const shown = new Set(cardControls(scenario.card).flatMap((c) => (c.control.field ? [c.control.field] : [])));
    expect(Object.keys(resolved.snapshot).filter((f) => !shown.has(f as never))).toEqual([]);
  });

  it('reads back to its snapshot through the adapter, tab by tab and frame by frame', async () => {
    const merged: Record<string, unknown> = {};
    const documents = tabsFor(scenario.card)
      .filter((t) => t.id === 'akxx' || t.id === 'qlgz')
      .map((t) => `/training/cases/${scenario.id}/${t.id}`);
    if (scenario.card === 'prosecution-review') documents.push(`/training/frame/cases/${scenario.id}/plea`);
    for (const path of documents) {
      const read = readPage(await load(path), adapter);
      expect(read.issues, path).toEqual([]);
      for (const [field, value] of Object.entries(read.snapshot)) {
        if (field in merged) expect(value, `${path} ${field} repeats with another value`).toEqual(merged[field]);
        merged[field] = value;
      }
    }
    expect(merged).toEqual(resolved.snapshot);
  });

  it('keeps each field in one place per document, so a light has one anchor', async () => {
    const read = readPage(await load(`/training/cases/${scenario.id}`), adapter);
    const anchors = [...read.elements.values()];
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});
