// What the overlay sees when it evaluates each document on its own (the case page with one tab
// open, or the 认罪认罚 iframe): every expected light must already appear in the document that holds
// its anchor field, so the e2e test passes whether or not the extension merges frames and tabs.
import express from 'express';
import { Window } from 'happy-dom';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../extension/page/snapshot.ts';
import { parseAdapter, type Adapter } from '../../../shared/adapters/schema.ts';
import { trainingSystemAdapter } from '../../../shared/adapters/training-system.ts';
import { isFieldId } from '../../../shared/case/fields.ts';
import { evaluate } from '../../../shared/engine/index.ts';
import { rulesById } from '../../../shared/rules/index.ts';
import { trainingRouter } from '../../../companion/training/router.ts';
import { resolveScenario, SCENARIOS } from '../../../companion/training/scenarios.ts';

const parsed = parseAdapter(trainingSystemAdapter, { isKnownField: isFieldId });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const adapter: Adapter = parsed.adapter;

const NOW = new Date('2026-03-10T04:00:00Z');
const TODAY = '2026-03-10';
const app = express().use('/training', trainingRouter({ now: () => NOW }));

async function load(path: string): Promise<Document> {
  const res = await request(app).get(path).expect(200);
  const window = new Window({ url: `http://127.0.0.1:8787${path}`, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(res.text);
  for (const opt of window.document.querySelectorAll('option[selected]')) (opt as unknown as HTMLOptionElement).selected = true;
  return window.document as unknown as Document;
}

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('scenario %s', (_id, scenario) => {
  const resolved = resolveScenario(scenario, TODAY);
  for (const e of scenario.expected) {
    it(`lights ${e.rule} ${e.light} in the document that shows ${e.field}`, async () => {
      expect(rulesById.has(e.rule), `${e.rule} is not in the registry`).toBe(true);
      const loc = resolved.fieldLocations[e.field];
      expect(loc, `${e.field} is not on the card`).toBeDefined();
      const path = loc!.frame === 'plea'
        ? `/training/frame/cases/${scenario.id}/plea`
        : `/training/cases/${scenario.id}/${loc!.tab === 'header' ? 'akxx' : loc!.tab}`;
      const { snapshot } = readPage(await load(path), adapter);
      const findings = evaluate(snapshot, { today: TODAY, now: `${TODAY}T12:00` });
      const hit = findings.some((f) => f.ruleId === e.rule && f.anchor === e.field && f.light === e.light);
      expect(hit, findings.map((f) => `${f.ruleId}@${f.anchor}=${f.light}(${f.messageId})`).join('\n')).toBe(true);
    });
  }
});
