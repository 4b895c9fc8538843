import { describe, expect, it } from 'vitest';
import { addFigures, annualTotals, contribution, countedPoints, rectificationRate, sumFigures, zeroFigures } from '../../../shared/ledger/index.ts';

describe('tally arithmetic', () => {
  it('counts voided points apart: an accepted objection voids the points, the defect stays on record', () => {
    expect(countedPoints({ points: 8, rectified: false, voided: true })).toBe(0);
    expect(contribution({ points: 8, rectified: false, voided: true })).toEqual({ defects: 1, points: 0, rectified: 0, voided: 1, voidedPoints: 8 });
    expect(contribution({ points: 8, rectified: true, voided: false })).toEqual({ defects: 1, points: 8, rectified: 1, voided: 0, voidedPoints: 0 });
  });

  it('adds and subtracts contributions back to zero', () => {
    const c = contribution({ points: 6, rectified: true, voided: false });
    expect(addFigures(addFigures(zeroFigures(), c), c, -1)).toEqual(zeroFigures());
  });

  it('reports the rectification rate, or null when there is nothing to rectify', () => {
    expect(rectificationRate(1, 4)).toBe(0.25);
    expect(rectificationRate(0, 0)).toBeNull();
    const f = sumFigures([{ points: 6, rectified: true, voided: false }, { points: 8, rectified: false, voided: false }]);
    expect(rectificationRate(f.rectified, f.defects)).toBe(0.5);
  });

  it('totals a calendar year per key and leaves other years out', () => {
    const defects = [
      { user: 'a', year: 2025, points: 6, rectified: false, voided: false },
      { user: 'a', year: 2025, points: 8, rectified: true, voided: true },
      { user: 'b', year: 2025, points: 4, rectified: false, voided: false },
      { user: 'a', year: 2024, points: 9, rectified: false, voided: false },
    ];
    const totals = annualTotals(defects, 2025, (d) => d.user);
    expect(totals.get('a')).toEqual({ defects: 2, points: 6, rectified: 1, voided: 1, voidedPoints: 8 });
    expect(totals.get('b')?.points).toBe(4);
    expect(totals.size).toBe(2);
  });
});
