// The background's assessment handling against the REAL companion over HTTP: the instrument (from the
// companion, the last good copy offline, the built-in one otherwise); the local assessment kept in
// IndexedDB with its evidence and reason; submit refuses a decision against the band without a
// reason; the outbox posts only ids and figures, and the companion stores them once.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_INSTRUMENT, NO_CONDITIONS } from '../../../shared/assessment/index.ts';
import { flushAssessments } from '../../../extension/assessment/courier.ts';
import { createAssessHandler, type AssessMessage, type AssessmentDraft, type InstrumentAnswer, type SubmitOutcome } from '../../../extension/assessment/handler.ts';
import { openDb } from '../../../extension/store/index.ts';
import { createHttp } from '../../../extension/sync/index.ts';
import { startCompanion, type RunningCompanion } from '../../e2e/harness.ts';
import { freshDbName } from '../sync/helpers.ts';

let companion: RunningCompanion;
let prosecutor: string;

beforeAll(async () => {
  companion = await startCompanion();
  await companion.store.units.add({ code: '320102', name: '玄武' });
  const p = await companion.store.users.add({ name: '王检察官', role: 'prosecutor', unitCode: '320102' });
  if (!p.ok) throw new Error('seed');
  prosecutor = p.token;
});
afterAll(async () => { await companion?.close(); });

const CASE = '苏检刑捕受〔2025〕3号';

function setup(url = () => companion.url) {
  const db = openDb(freshDbName());
  let cached: unknown;
  let queued = 0;
  const handle = createAssessHandler({
    db, http: createHttp(undefined, 5_000), settings: async () => ({ companionUrl: url(), token: prosecutor }),
    cache: { get: async () => cached, set: async (v) => { cached = v; } },
    onQueued: () => { queued++; },
  });
  const send = (m: AssessMessage) => handle(m, { extensionPage: true });
  return { db, send, queued: () => queued };
}

const draft = (over: Partial<AssessmentDraft> = {}): AssessmentDraft => ({
  caseNumber: CASE, training: false, instrumentVersion: 1, itemIds: ['plea-accepted'], evidence: { 'plea-accepted': '认罪认罚具结书（卷一第3页）' },
  conditions: { ...NO_CONDITIONS, evidenceOfCrime: true, penalty: 'imprisonment' }, decision: 'arrest', ...over,
});

describe('assessments in the background', () => {
  it('answers the instrument from the companion, then the cached copy offline, else the built-in one', async () => {
    let url = companion.url;
    const a = setup(() => url);
    expect(((await a.send({ type: 'assess/instrument' })) as InstrumentAnswer)).toMatchObject({ source: 'companion', instrument: { version: 1 } });
    url = 'http://127.0.0.1:9';
    expect(((await a.send({ type: 'assess/instrument' })) as InstrumentAnswer).source).toBe('cached');
    const b = setup(() => 'http://127.0.0.1:9');
    expect(((await b.send({ type: 'assess/instrument' })) as InstrumentAnswer)).toEqual({ source: 'built-in', instrument: BUILT_IN_INSTRUMENT });
  });

  it('keeps the assessment locally; a decision against the band needs a reason; the record carries ids and figures only', async () => {
    const { db, send, queued } = setup();
    await send({ type: 'assess/save', draft: draft() });
    const kept = await send({ type: 'assess/get', caseNumber: CASE, training: false });
    expect(kept).toMatchObject({ evidence: { 'plea-accepted': '认罪认罚具结书（卷一第3页）' }, decision: 'arrest' });

    // Score −6 → band low (suggests no arrest); arrest is against it.
    const refused = (await send({ type: 'assess/submit', caseNumber: CASE, training: false })) as SubmitOutcome;
    expect(refused).toEqual({ ok: false, error: { zh: '决定与评估分档不一致，请说明理由', en: 'The decision goes against the band: give a reason' } });
    expect(await db.assessmentOutbox.count()).toBe(0);

    await send({ type: 'assess/save', draft: draft({ reason: '犯罪嫌疑人在取保期间多次联系被害人' }) });
    const ok = (await send({ type: 'assess/submit', caseNumber: CASE, training: false })) as SubmitOutcome;
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(ok.record).toMatchObject({ caseNumber: CASE, instrumentVersion: 1, itemIds: ['plea-accepted'], score: -6, band: 'low', decision: 'arrest', againstBand: true, training: false });
    expect(Object.keys(ok.record).sort()).toEqual(['againstBand', 'assessedAt', 'band', 'caseNumber', 'decision', 'id', 'instrumentVersion', 'itemIds', 'score', 'training']);
    expect(JSON.stringify(ok.record)).not.toContain('卷一');
    expect(JSON.stringify(ok.record)).not.toContain('被害人');
    expect(queued()).toBe(1);

    // The outbox posts to the real companion, which stores the record once.
    const r = await flushAssessments(db, createHttp(undefined, 5_000), { companionUrl: companion.url, token: prosecutor }, Date.now);
    expect(r).toEqual({ sent: 1, deadLettered: 0, failure: null });
    expect(await db.assessmentOutbox.count()).toBe(0);
    const rows = await companion.store.db.selectFrom('assessments').selectAll().where('case_number', '=', CASE).execute();
    expect(rows).toEqual([expect.objectContaining({ band: 'low', decision: 'arrest', against_band: 1, score: -6 })]);
  });

  it('a legal override makes the band: ten years or more → mandatory; no arrest then needs a reason', async () => {
    const { send } = setup();
    await send({ type: 'assess/save', draft: draft({ caseNumber: 'X1', conditions: { ...NO_CONDITIONS, evidenceOfCrime: true, penalty: 'ten-years-plus' }, decision: 'no-arrest' }) });
    expect(((await send({ type: 'assess/submit', caseNumber: 'X1', training: false })) as SubmitOutcome).ok).toBe(false);
    await send({ type: 'assess/save', draft: draft({ caseNumber: 'X1', conditions: { ...NO_CONDITIONS, evidenceOfCrime: true, penalty: 'ten-years-plus' }, decision: 'arrest' }) });
    const ok = (await send({ type: 'assess/submit', caseNumber: 'X1', training: false })) as SubmitOutcome;
    expect(ok.ok && ok.record).toMatchObject({ band: 'mandatory', againstBand: false });
  });

  it('refuses assess/* from content scripts', async () => {
    const db = openDb(freshDbName());
    const handle = createAssessHandler({ db, http: createHttp(), settings: async () => ({ companionUrl: '', token: '' }), cache: { get: async () => undefined, set: async () => undefined } });
    await expect(handle({ type: 'assess/get', caseNumber: CASE, training: false }, { extensionPage: false })).rejects.toThrow(/extension pages only/);
  });
});
