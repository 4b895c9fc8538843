// The side panel's assessment model over the real background handler (IndexedDB via fake-indexeddb,
// no companion: the built-in instrument): ticks follow into score, band and draft; an edited paragraph
// stays until redrafted; a decision against the band needs a reason; what was typed comes back when
// the case is opened again.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAssessHandler, type AssessMessage } from '../../../extension/assessment/handler.ts';
import { createAssessmentModel } from '../../../extension/assessment/model.ts';
import { openDb } from '../../../extension/store/index.ts';
import { createHttp } from '../../../extension/sync/index.ts';
import { freshDbName } from '../sync/helpers.ts';

function setup() {
  const db = openDb(freshDbName());
  const handle = createAssessHandler({ db, http: createHttp(), settings: async () => ({ companionUrl: '', token: '' }), cache: { get: async () => undefined, set: async () => undefined } });
  const send = (m: AssessMessage) => handle(m, { extensionPage: true });
  return { db, model: () => createAssessmentModel({ send }) };
}

describe('the assessment model', () => {
  it('scores, drafts, asks for a reason against the band, submits, and restores what was typed', async () => {
    const { db, model } = setup();
    const m = model();
    await m.open('粤检刑捕受〔2026〕5号', true);
    expect(m.source.value).toBe('built-in');
    expect(m.result.value).toMatchObject({ score: 0, band: 'low', suggests: 'no-arrest' });

    m.toggle('preparing-flight', true);
    m.toggle('past-flight', true);
    m.setEvidence('preparing-flight', '购买出境机票记录');
    expect(m.result.value).toMatchObject({ score: 18, band: 'medium' });
    expect(m.text.value).toContain('犯罪嫌疑人着手准备自杀、自残或者逃跑（证据：购买出境机票记录）');

    m.setParagraph('改写后的段落');
    m.toggle('resisted-arrest', true);
    expect(m.result.value?.band).toBe('high');
    expect(m.text.value).toBe('改写后的段落');
    m.redraft();
    expect(m.text.value).toContain('属“社会危险性较大”档');

    m.setDecision('no-arrest');
    expect(m.against.value).toBe(true);
    expect(await m.submit()).toBeNull();
    expect(m.problem.value?.zh).toBe('决定与评估分档不一致，请说明理由');
    m.setReason('已缴纳保证金，护照已扣押');
    const out = await m.submit();
    expect(out?.ok).toBe(true);
    expect(m.submitted.value).toMatchObject({ score: 24, band: 'high', decision: 'no-arrest', againstBand: true, training: true });
    expect((await db.assessmentOutbox.toArray()).map((r) => r.record.itemIds)).toEqual([['past-flight', 'preparing-flight', 'resisted-arrest']]);

    const again = model();
    await again.open('粤检刑捕受〔2026〕5号', true);
    expect(again.ticked.value.sort()).toEqual(['past-flight', 'preparing-flight', 'resisted-arrest']);
    expect(again.evidence.value).toEqual({ 'preparing-flight': '购买出境机票记录' });
    expect(again.reason.value).toBe('已缴纳保证金，护照已扣押');
    expect(again.submitted.value?.band).toBe('high');
    // The same case number outside training is another assessment.
    await again.open('粤检刑捕受〔2026〕5号', false);
    expect(again.ticked.value).toEqual([]);
  });

  it('a legal override (可能判处十年有期徒刑以上) makes the band mandatory whatever the score', async () => {
    const m = setup().model();
    await m.open('C', false);
    m.toggle('plea-accepted', true);
    m.setCondition('evidenceOfCrime', true);
    m.setCondition('penalty', 'ten-years-plus');
    expect(m.result.value).toMatchObject({ score: -6, band: 'mandatory', suggests: 'arrest' });
    expect(m.text.value).toContain('刑事诉讼法第八十一条第三款');
    m.setCondition('evidenceOfCrime', undefined);
    expect(m.result.value?.band).toBe('low');
  });
});
