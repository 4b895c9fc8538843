// The instrument's scoring, bands and legal overrides (刑事诉讼法第八十一条第三款 etc.): each override
// has a case where it applies and one where it must not.
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_INSTRUMENT as I, NO_CONDITIONS, againstBand, assess, bandOf, draftParagraph, legalOverride, scoreOf, suggestionOfBand,
  type ArrestConditions, type AssessmentInstrument,
} from '../../../shared/assessment';
import { AssessmentInstrumentBodySchema, checkInstrument } from '../../../shared/assessment/instrument-schema';

const c = (over: Partial<ArrestConditions>): ArrestConditions => ({ ...NO_CONDITIONS, ...over });
const weight = (id: string) => I.items.find((i) => i.id === id)!.weight;

describe('the built-in instrument', () => {
  it('is valid, marked as a starting point, and covers the three groups with a basis on every item', () => {
    expect(checkInstrument(I)).toEqual([]);
    expect(I.calibration).toBe('starting-point');
    expect(I.title.zh).toContain('起始');
    for (const g of ['personal', 'offence', 'obstruction'] as const) expect(I.items.filter((i) => i.group === g).length).toBeGreaterThan(3);
    for (const item of I.items) {
      expect(item.basis.zh).toMatch(/刑事诉讼法|规定|规则/);
      expect(item.text.en.length).toBeGreaterThan(0);
    }
  });

  it('draws the 2015 Provisions sub-items of articles 5 to 9', () => {
    const bases = I.items.map((i) => i.basis.zh).join('\n');
    for (const [art, n] of [['五', 6], ['六', 3], ['七', 3], ['八', 3], ['九', 4]] as const) {
      for (let k = 1; k <= n; k++) expect(bases).toContain(`第${art}条第（${'一二三四五六'[k - 1]}）项`);
    }
  });
});

describe('scoring and bands', () => {
  it('sums the ticked weights, counting an id once, mitigating items negative', () => {
    expect(scoreOf(I, [])).toBe(0);
    expect(scoreOf(I, ['destroys-evidence', 'past-flight'])).toBe(weight('destroys-evidence') + weight('past-flight'));
    expect(scoreOf(I, ['destroys-evidence', 'destroys-evidence'])).toBe(weight('destroys-evidence'));
    expect(scoreOf(I, ['plea-accepted'])).toBeLessThan(0);
  });

  it('refuses an id the instrument does not have', () => {
    expect(() => scoreOf(I, ['no-such-item'])).toThrow(/unknown assessment item/);
  });

  it('puts a score in the band whose from it reaches, the first band open below', () => {
    expect(bandOf(I, -20).id).toBe('low');
    expect(bandOf(I, 9).id).toBe('low');
    expect(bandOf(I, 10).id).toBe('medium');
    expect(bandOf(I, 19).id).toBe('medium');
    expect(bandOf(I, 20).id).toBe('high');
    expect(bandOf(I, 200).id).toBe('high');
  });

  it('follows a locally calibrated instrument', () => {
    const local: AssessmentInstrument = { ...I, version: 2, calibration: 'local', bands: [I.bands[0], { ...I.bands[2], from: 5 }] };
    expect(checkInstrument(local)).toEqual([]);
    expect(bandOf(local, 5).id).toBe('high');
    expect(assess(local, ['expressed-flight'], NO_CONDITIONS)).toMatchObject({ score: 5, band: 'high', suggests: 'arrest' });
  });

  it('says whether a decision goes against the band', () => {
    expect(againstBand('arrest', 'no-arrest')).toBe(true);
    expect(againstBand('no-arrest', 'arrest')).toBe(true);
    expect(againstBand('arrest', 'arrest')).toBe(false);
    expect(againstBand('weigh', 'arrest')).toBe(false);
    expect(againstBand('weigh', 'no-arrest')).toBe(false);
    expect(suggestionOfBand(I, 'mandatory')).toBe('arrest');
    expect(suggestionOfBand(I, 'low')).toBe('no-arrest');
    expect(suggestionOfBand(I, 'nope')).toBeUndefined();
  });
});

describe('legal overrides', () => {
  const base = c({ evidenceOfCrime: true, penalty: 'imprisonment' });

  it('刑诉法81③: ten years or more with evidence → mandatory, whatever the score', () => {
    const r = assess(I, ['plea-accepted', 'first-offender'], { ...base, penalty: 'ten-years-plus' });
    expect(r.score).toBeLessThan(0);
    expect(r.scoreBand.id).toBe('low');
    expect(r.override?.id).toBe('ten-years-plus');
    expect(r.band).toBe('mandatory');
    expect(r.suggests).toBe('arrest');
    expect(r.override?.basis.zh).toBe('刑事诉讼法第八十一条第三款');
  });

  it('刑诉法81③: imprisonment + prior intentional crime → mandatory; not without evidence, not below imprisonment', () => {
    expect(legalOverride({ ...base, priorIntentionalCrime: true })?.id).toBe('prior-intentional-crime');
    expect(legalOverride({ ...base, evidenceOfCrime: undefined, priorIntentionalCrime: true })).toBeNull();
    expect(legalOverride({ ...base, penalty: 'unknown', priorIntentionalCrime: true })).toBeNull();
    expect(legalOverride({ ...base, penalty: 'below-imprisonment', priorIntentionalCrime: true })?.kind).toBe('excluded');
  });

  it('刑诉法81③: imprisonment + identity unknown → mandatory; not when the identity is known', () => {
    expect(legalOverride({ ...base, identityUnknown: true })?.id).toBe('identity-unknown');
    expect(legalOverride(base)).toBeNull();
  });

  it('可能判处管制、拘役或者独立适用附加刑 → excluded (刑诉法81①③, 67①(一); 规则139(一)), but 81④ bail breach leaves it open', () => {
    const o = legalOverride(c({ evidenceOfCrime: true, penalty: 'below-imprisonment' }));
    expect(o).toMatchObject({ id: 'below-imprisonment', kind: 'excluded' });
    expect(o?.basis.zh).toContain('第一百三十九条第（一）项');
    expect(legalOverride(c({ evidenceOfCrime: true, penalty: 'below-imprisonment', bailViolation: true }))).toBeNull();
    const r = assess(I, ['destroys-evidence', 'interferes-witness', 'preparing-flight'], c({ evidenceOfCrime: true, penalty: 'below-imprisonment' }));
    expect(r.scoreBand.id).toBe('high');
    expect(r.band).toBe('excluded');
    expect(r.suggests).toBe('no-arrest');
  });

  it('刑诉法16 ground → excluded, even with ten years or more', () => {
    expect(legalOverride(c({ evidenceOfCrime: true, penalty: 'ten-years-plus', noCriminalLiability: true }))?.id).toBe('no-criminal-liability');
  });

  it('no evidence of a criminal fact → excluded (规则139(一)); evidence not yet stated → no override', () => {
    expect(legalOverride(c({ evidenceOfCrime: false, penalty: 'ten-years-plus' }))?.id).toBe('no-evidence');
    expect(legalOverride(c({ evidenceOfCrime: false, bailViolation: true }))).toBeNull();
    expect(legalOverride(c({ penalty: 'ten-years-plus' }))).toBeNull();
  });

  it('a bail breach alone (81④ 可以) is no override: the score decides the band', () => {
    const r = assess(I, [], c({ evidenceOfCrime: true, penalty: 'imprisonment', bailViolation: true }));
    expect(r.override).toBeNull();
    expect(r.band).toBe('low');
  });
});

describe('the drafted paragraph', () => {
  it('lists the ticked items by group with their evidence, the score, band and conclusion', () => {
    const r = assess(I, ['destroys-evidence', 'interferes-witness', 'plea-accepted'], c({ evidenceOfCrime: true, penalty: 'imprisonment' }));
    const text = draftParagraph({ instrument: I, result: r, evidence: { 'destroys-evidence': '证人李某证言（卷二第15页）' } });
    expect(text).toContain('刑事诉讼法》第八十一条');
    expect(text).toContain('（一）人身危险性：犯罪嫌疑人认罪认罚（证据待补充）。');
    expect(text).toContain('（二）犯罪危害性（社会危害性）：经审查，未发现相关情形。');
    expect(text).toContain('犯罪嫌疑人曾经或者企图毁灭、伪造、隐匿、转移证据（证据：证人李某证言（卷二第15页））');
    expect(text).toContain(`量化评估得分${r.score}分，属“社会危险性一般”档（10至19分）`);
    expect(text).toContain('需结合全案证据审慎判断');
    expect(text).toContain('（第1版）');
  });

  it('states the override and its basis instead of the band conclusion', () => {
    const r = assess(I, [], c({ evidenceOfCrime: true, penalty: 'ten-years-plus' }));
    const text = draftParagraph({ instrument: I, result: r, evidence: {} });
    expect(text).toContain('属“社会危险性较小”档（9分以下）。');
    expect(text).not.toContain('采取取保候审足以防止');
    expect(text).toContain('同时，有证据证明有犯罪事实，可能判处十年有期徒刑以上刑罚，应当予以逮捕（刑事诉讼法第八十一条第三款）。');
  });
});

describe('instrument validation', () => {
  const { version: _v, ...body } = I;
  const issues = (b: unknown) => { const r = AssessmentInstrumentBodySchema.safeParse(b); return r.success ? [] : r.error.issues.map((x) => x.message); };

  it('accepts the built-in body', () => expect(issues(body)).toEqual([]));
  it('refuses duplicate items, reserved band ids, unordered bands, a missing group', () => {
    expect(issues({ ...body, items: [...body.items, body.items[0]] }).join()).toMatch(/duplicate item id/);
    expect(issues({ ...body, bands: [body.bands[0], { ...body.bands[1], id: 'mandatory' }] }).join()).toMatch(/reserved/);
    expect(issues({ ...body, bands: [body.bands[0], { ...body.bands[1], from: 30 }, body.bands[2]] }).join()).toMatch(/increasing/);
    expect(issues({ ...body, bands: [{ ...body.bands[0], from: 0 }, body.bands[1]] }).join()).toMatch(/open below/);
    expect(issues({ ...body, items: body.items.filter((i) => i.group !== 'offence') }).join()).toMatch(/group offence has no item/);
    expect(issues({ ...body, items: [{ ...body.items[0], weight: 1.5 }] }).length).toBeGreaterThan(0);
  });
});
