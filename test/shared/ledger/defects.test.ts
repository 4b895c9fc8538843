import { describe, expect, it } from 'vitest';
import { deriveDefects, type LedgerEvent } from '../../../shared/ledger/index.ts';

let n = 0;
const ev = (o: Partial<LedgerEvent>): LedgerEvent => ({
  id: `e${String(++n).padStart(4, '0')}`, kind: 'observed', caseNumber: 'C1', ruleId: 'prosecution-review-1m', ruleVersion: 1,
  occurrenceKey: '2025-03-03', light: 'red', points: 8, observedAt: '2025-04-05T01:00:00.000Z', procedure: 'prosecution-review', ...o,
});

describe('deriveDefects', () => {
  it('accrues the points once per case, rule and occurrence, at the first red observation', () => {
    const first = ev({ observedAt: '2025-04-05T01:00:00.000Z', points: 8 });
    const again = ev({ observedAt: '2025-04-06T01:00:00.000Z', points: 6 });
    const [d, ...rest] = deriveDefects([again, first]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ points: 8, firstObservedAt: first.observedAt, sourceEventId: first.id, year: 2025, month: 4, rectifiedAt: null });
  });

  it('makes separate defects for separate occurrences and rules', () => {
    const ds = deriveDefects([ev({}), ev({ occurrenceKey: '2025-05-01' }), ev({ ruleId: 'notice-suspect-counsel-3d' })]);
    expect(ds).toHaveLength(3);
  });

  it('makes no defect from yellow, grey or green observations alone', () => {
    expect(deriveDefects([ev({ light: 'yellow', points: 0 }), ev({ light: 'grey', points: 0 }), ev({ kind: 'rectified', light: 'green', points: 0 })])).toEqual([]);
  });

  it('records the rectification when it later turns green, and the points stay', () => {
    const red = ev({ observedAt: '2025-04-05T01:00:00.000Z' });
    const green = ev({ kind: 'rectified', light: 'green', points: 0, observedAt: '2025-04-07T01:00:00.000Z' });
    expect(deriveDefects([red, green])[0]).toMatchObject({ points: 8, rectifiedAt: green.observedAt });
  });

  it('does not count yellow or grey after red as rectification', () => {
    const ds = deriveDefects([ev({}), ev({ light: 'grey', points: 0, observedAt: '2025-04-08T01:00:00.000Z' })]);
    expect(ds[0].rectifiedAt).toBeNull();
  });

  it('is not rectified when it turns red again after green, and keeps the first green after the last red otherwise', () => {
    const red1 = ev({ observedAt: '2025-04-05T01:00:00.000Z' });
    const green1 = ev({ kind: 'rectified', light: 'green', points: 0, observedAt: '2025-04-06T01:00:00.000Z' });
    const red2 = ev({ observedAt: '2025-04-07T01:00:00.000Z' });
    expect(deriveDefects([red1, green1, red2])[0].rectifiedAt).toBeNull();
    const green2 = ev({ kind: 'rectified', light: 'green', points: 0, observedAt: '2025-04-09T01:00:00.000Z' });
    const green3 = ev({ light: 'green', points: 0, observedAt: '2025-04-10T01:00:00.000Z' });
    expect(deriveDefects([green3, red2, green2, red1, green1])[0]).toMatchObject({ rectifiedAt: green2.observedAt, points: 8 });
  });

  it('ignores a green observed before the first red', () => {
    const green = ev({ kind: 'rectified', light: 'green', points: 0, observedAt: '2025-04-01T01:00:00.000Z' });
    expect(deriveDefects([green, ev({})])[0].rectifiedAt).toBeNull();
  });

  it('gives the same result whatever order the events arrive in', () => {
    const events = [
      ev({ observedAt: '2025-04-05T01:00:00.000Z' }),
      ev({ kind: 'rectified', light: 'green', points: 0, observedAt: '2025-04-06T01:00:00.000Z' }),
      ev({ kind: 'objected', objectionReason: '节假日顺延', observedAt: '2025-04-05T02:00:00.000Z' }),
      ev({ ruleId: 'notice-suspect-counsel-3d', points: 6, observedAt: '2025-04-04T01:00:00.000Z' }),
    ];
    const forward = deriveDefects(events);
    const backward = deriveDefects([...events].reverse());
    const key = (d: { ruleId: string }) => d.ruleId;
    expect([...backward].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...forward].sort((a, b) => key(a).localeCompare(key(b))));
  });

  it('collects objections with their reasons and event ids', () => {
    const objection = ev({ kind: 'objected', objectionReason: '期满日为节假日', observedAt: '2025-04-05T03:00:00.000Z' });
    expect(deriveDefects([ev({}), objection])[0].objections).toEqual([{ eventId: objection.id, reason: '期满日为节假日', filedAt: objection.observedAt }]);
  });

  it('books a defect to the Shanghai calendar year of its first red observation', () => {
    const d = deriveDefects([ev({ observedAt: '2024-12-31T16:30:00.000Z' })])[0];
    expect(d).toMatchObject({ year: 2025, month: 1 });
  });
});
