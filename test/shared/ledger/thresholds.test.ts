import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, caseKind, caseThreshold, isOverThreshold, minThreshold } from '../../../shared/ledger/index.ts';

describe('per-case thresholds (Tianshui)', () => {
  it('treats a case with any defect in a prosecution procedure as a 公诉 case', () => {
    expect(caseKind(['arrest-review', 'prosecution-review'])).toBe('prosecution');
    expect(caseKind(['arrest-review'])).toBe('other');
    expect(caseKind([])).toBe('other');
  });

  it('flags 公诉 cases at 40 points or more and other cases at 30 or more', () => {
    expect(isOverThreshold(39, 'prosecution')).toBe(false);
    expect(isOverThreshold(40, 'prosecution')).toBe(true);
    expect(isOverThreshold(29, 'other')).toBe(false);
    expect(isOverThreshold(30, 'other')).toBe(true);
  });

  it('uses configured thresholds and procedures', () => {
    const t = { prosecution: 50, other: 20, prosecutionProcedures: ['prosecution-review', 'non-prosecution'] };
    expect(caseKind(['non-prosecution'], t)).toBe('prosecution');
    expect(caseThreshold('prosecution', t)).toBe(50);
    expect(isOverThreshold(20, 'other', t)).toBe(true);
    expect(minThreshold(t)).toBe(20);
    expect(minThreshold(DEFAULT_THRESHOLDS)).toBe(30);
  });
});
