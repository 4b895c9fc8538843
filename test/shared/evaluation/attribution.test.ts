import { describe, expect, it } from 'vitest';
import { attribute, daysInPeriod, periodDays, type Post } from '../../../shared/evaluation/index.ts';

const Y2024 = { from: '2024-01-01', to: '2024-12-31' }; // 366 days: half is 183
const Y2025 = { from: '2025-01-01', to: '2025-12-31' }; // 365 days: half is 182.5
const post = (userId: string, startOn: string, endOn: string | null, unitCode = '2301'): Post => ({ userId, unitCode, startOn, endOn });

describe('tenure attribution (黑龙江: 任期超过半年的地区为考评业绩所属地)', () => {
  it('counts civil days, both ends included', () => {
    expect(periodDays(Y2024)).toBe(366);
    expect(periodDays(Y2025)).toBe(365);
    expect(daysInPeriod(post('a', '2024-01-01', '2024-07-01'), Y2024)).toBe(183);
    expect(daysInPeriod(post('a', '2023-05-01', null), Y2024)).toBe(366);
    expect(daysInPeriod(post('a', '2025-01-01', null), Y2024)).toBe(0);
    expect(daysInPeriod(post('a', '2023-01-01', '2023-12-31'), Y2024)).toBe(0);
  });

  it('exactly half is not more than half: nobody gets the figures (2024, 183 of 366 days each)', () => {
    const a = attribute('2301', [post('old', '2020-03-01', '2024-07-01'), post('new', '2024-07-02', null)], Y2024);
    expect(a.holders).toEqual([{ userId: 'new', days: 183 }, { userId: 'old', days: 183 }]);
    expect(a.userId).toBeNull();
  });

  it('half plus one day is more than half: the figures count to that chief', () => {
    const a = attribute('2301', [post('old', '2020-03-01', '2024-07-02'), post('new', '2024-07-03', null)], Y2024);
    expect(a.holders).toEqual([{ userId: 'old', days: 184 }, { userId: 'new', days: 182 }]);
    expect(a.userId).toBe('old');
  });

  it('in a 365-day year 183 days is more than half and 182 is not', () => {
    expect(attribute('2301', [post('a', '2025-01-01', '2025-07-02')], Y2025)).toMatchObject({ holders: [{ userId: 'a', days: 183 }], userId: 'a' });
    expect(attribute('2301', [post('a', '2025-01-01', '2025-07-01')], Y2025)).toMatchObject({ holders: [{ userId: 'a', days: 182 }], userId: null });
  });

  it('adds up two spells of the same chief, and ignores other units', () => {
    const a = attribute('2301', [
      post('a', '2024-01-01', '2024-03-31'), post('b', '2024-04-01', '2024-09-30'), post('a', '2024-10-01', null),
      post('a', '2024-01-01', null, '2302'),
    ], Y2024);
    expect(a.holders).toEqual([{ userId: 'a', days: 91 + 92 }, { userId: 'b', days: 183 }]);
    expect(a.userId).toBeNull();
  });

  it('nobody in the post: no holders, no attribution', () => {
    expect(attribute('2301', [], Y2024)).toEqual({ unitCode: '2301', periodDays: 366, holders: [], userId: null });
  });
});
