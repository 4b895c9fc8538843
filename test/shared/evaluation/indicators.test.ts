import { describe, expect, it } from 'vitest';
import { IndicatorSetSchema } from '../../../shared/api/index.ts';
import {
  CITY_CHIEF_PROFILE, DEFAULT_INDICATOR_SET, classify, indicatorValue, validateIndicatorSet,
  type Figures, type Indicator, type IndicatorSet,
} from '../../../shared/evaluation/index.ts';

const figures = (over: Partial<Figures> = {}): Figures => ({
  cases: 0, defects: 0, rectified: 0, overdueCustody: 0, objectionsFiled: 0, objectionsAccepted: 0,
  noticesDue: 0, noticesRepliedInTime: 0, ownCases: 0, ownDifficultCases: 0, ...over,
});

const ind = (id: string, polarity: 'positive' | 'negative', extra: Partial<Indicator> = {}): Indicator => ({
  id, label: { zh: id, en: id }, formula: { kind: 'ratio', numerator: 'rectified', denominator: 'defects', scale: 1 },
  direction: 'higher-better', polarity, threshold: 0.5, category: 'quality', ...extra,
});
const set = (indicators: Indicator[]): IndicatorSet => ({ id: 't', label: { zh: '测试', en: 'test' }, indicators });
const many = (n: number, polarity: 'positive' | 'negative', prefix: string) => Array.from({ length: n }, (_, i) => ind(`${prefix}-${i}`, polarity));

describe('indicator-set validation (天津: 正向不多于5个，负向不少于2个)', () => {
  it('accepts the built-in set and the chief profile as a set', () => {
    expect(validateIndicatorSet(DEFAULT_INDICATOR_SET)).toEqual([]);
    expect(validateIndicatorSet(set(CITY_CHIEF_PROFILE.indicators))).toEqual([]);
  });

  it('accepts exactly 5 positive and exactly 2 negative indicators', () => {
    expect(validateIndicatorSet(set([...many(5, 'positive', 'p'), ...many(2, 'negative', 'n')]))).toEqual([]);
  });

  it('refuses a 6th positive indicator, in Chinese and English', () => {
    const problems = validateIndicatorSet(set([...many(6, 'positive', 'p'), ...many(2, 'negative', 'n')]));
    expect(problems).toEqual([{ path: 'indicators', zh: '正向评价指标不得多于5个（现有6个）', en: 'at most 5 positive indicators (this set has 6)' }]);
  });

  it('refuses a set with only one negative indicator, and one with none', () => {
    expect(validateIndicatorSet(set([...many(3, 'positive', 'p'), ...many(1, 'negative', 'n')])))
      .toEqual([{ path: 'indicators', zh: '负向评价指标不得少于2个（现有1个）', en: 'at least 2 negative indicators (this set has 1)' }]);
    expect(validateIndicatorSet(set(many(2, 'positive', 'p'))).map((p) => p.en)).toEqual(['at least 2 negative indicators (this set has 0)']);
  });

  it('names both problems when a set has too many positive and too few negative indicators', () => {
    expect(validateIndicatorSet(set([...many(7, 'positive', 'p'), ...many(1, 'negative', 'n')]))).toHaveLength(2);
  });

  it('refuses duplicate ids, a rigid indicator that is not negative, a rate threshold above 1', () => {
    const problems = validateIndicatorSet(set([
      ind('a', 'negative'), ind('a', 'negative'),
      ind('r', 'positive', { rigid: true }),
      ind('t', 'negative', { threshold: 1.5 }),
    ]));
    expect(problems.map((p) => p.path)).toEqual(['indicators.1.id', 'indicators.2.rigid', 'indicators.3.threshold']);
    expect(problems.every((p) => /[\u4e00-\u9fff]/.test(p.zh) && /[a-z]/.test(p.en))).toBe(true);
  });

  it('the API schema reports the same problems with both languages in each message', () => {
    const r = IndicatorSetSchema.safeParse(set([...many(6, 'positive', 'p'), ...many(2, 'negative', 'n')]));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual(['正向评价指标不得多于5个（现有6个） / at most 5 positive indicators (this set has 6)']);
    expect(IndicatorSetSchema.safeParse(DEFAULT_INDICATOR_SET).success).toBe(true);
  });
});

describe('indicator values and classes', () => {
  const [perHundred, rectRate, custody] = DEFAULT_INDICATOR_SET.indicators;

  it('computes ratios, per 100 and counts; no value without a denominator', () => {
    expect(indicatorValue(perHundred, figures({ defects: 12, cases: 40 }))).toBe(30);
    expect(indicatorValue(rectRate, figures({ defects: 4, rectified: 3 }))).toBe(0.75);
    expect(indicatorValue(rectRate, figures())).toBeNull();
    expect(indicatorValue(custody, figures({ overdueCustody: 2 }))).toBe(2);
  });

  it('a negative indicator is negative only beyond its threshold; a positive one positive only at or beyond it', () => {
    expect(classify(perHundred, 30)).toBe('neutral');
    expect(classify(perHundred, 30.5)).toBe('negative');
    expect(classify(rectRate, 0.9)).toBe('positive');
    expect(classify(rectRate, 0.89)).toBe('neutral');
    expect(classify(rectRate, null)).toBe('none');
  });

  it('a rigid indicator is negative on any occurrence, whatever its threshold', () => {
    expect(classify(custody, 0)).toBe('neutral');
    expect(classify(custody, 1)).toBe('negative');
    expect(classify({ ...custody, threshold: 10 }, 1)).toBe('negative');
  });
});
