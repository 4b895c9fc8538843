// The booker alone: what an event claims is checked against the catalogue and the clock, and the
// points are those pointsFor gives under the configuration version in force when it was observed.
import { describe, expect, it } from 'vitest';
import { createBooker } from '../../../companion/ledger/booking.ts';
import type { RuleConfigVersion } from '../../../shared/api/index.ts';
import { pointsFor, resolveConfig } from '../../../shared/engine/index.ts';
import { rulesById } from '../../../shared/rules/index.ts';
import { event } from '../helpers.ts';

const thresholds = { prosecution: 40, other: 30, prosecutionProcedures: ['prosecution-review'] };
const version = (n: number, inForceFrom: string, rules: RuleConfigVersion['rules']): RuleConfigVersion => ({ version: n, inForceFrom, setBy: null, rules, thresholds });
const NOW = new Date('2025-06-15T02:00:00Z');

describe('createBooker', () => {
  const versions = [
    version(1, '2025-03-01T00:00:00.000Z', [{ ruleId: 'notice-suspect-counsel-3d', enabled: true, points: { late: 2 }, warningDays: null }]),
    version(2, '2025-05-01T00:00:00.000Z', [{ ruleId: 'notice-suspect-counsel-3d', enabled: false, points: {}, warningDays: null }]),
  ];
  const booker = createBooker(versions, NOW);
  const notice = (messageId: string | undefined, observedAt: string) =>
    booker.book(event({ ruleId: 'notice-suspect-counsel-3d', messageId, observedAt, points: 99 }));

  it('books what pointsFor says under the version in force at the observation, never the client figure', () => {
    const rule = rulesById.get('notice-suspect-counsel-3d')!;
    expect(notice('late', '2025-02-01T09:00:00+08:00')).toEqual({ ok: true, ruleId: 'notice-suspect-counsel-3d', points: pointsFor(rule, 'late', resolveConfig(undefined).forRule(rule)), configVersion: 0, observedAt: '2025-02-01T01:00:00.000Z' });
    expect(notice('late', '2025-04-01T09:00:00+08:00')).toMatchObject({ ok: true, points: 2, configVersion: 1 });
    expect(notice('missing', '2025-04-01T09:00:00+08:00')).toMatchObject({ ok: true, points: 6, configVersion: 1 });
    // Switched off in version 2: nothing booked.
    expect(notice('missing', '2025-05-02T09:00:00+08:00')).toMatchObject({ ok: true, points: 0, configVersion: 2 });
  });

  it('books a red event without an outcome at the most a red outcome books, and non-red events at 0', () => {
    expect(notice(undefined, '2025-04-01T09:00:00+08:00')).toMatchObject({ ok: true, points: 6 });
    expect(booker.book(event({ ruleId: 'notice-suspect-counsel-3d', kind: 'rectified', light: 'green', messageId: 'done', points: 50 }))).toMatchObject({ ok: true, points: 0 });
  });

  it('refuses unknown rules and outcomes, red lights with non-red outcomes, and impossible observation times, naming the field', () => {
    const field = (b: ReturnType<typeof booker.book>) => (b.ok ? null : b.issue.field);
    expect(field(booker.book(event({ ruleId: 'made-up' })))).toBe('ruleId');
    expect(field(notice('no-such-outcome', '2025-04-01T09:00:00+08:00'))).toBe('messageId');
    expect(field(notice('inputs-missing', '2025-04-01T09:00:00+08:00'))).toBe('messageId');
    expect(field(notice('late', '2025-06-16T03:00:00Z'))).toBe('observedAt');
    expect(field(notice('late', '1999-12-31T23:59:00+08:00'))).toBe('observedAt');
    expect(field(notice('late', '2022-02-28T23:59:00+08:00'))).toBe('observedAt');
    expect(field(notice('late', '2022-03-01T00:00:00+08:00'))).toBeNull();
    const v2 = (observedAt: string) => booker.book(event({ ruleId: 'arrest-review-police-detained-7d', ruleVersion: 2, messageId: 'late', observedAt }));
    expect(field(v2('2025-06-01T09:00:00+08:00'))).toBe('observedAt');
  });

  it('accepts an outcome the engine may show in another light (yellow with a red outcome books nothing)', () => {
    expect(booker.book(event({ ruleId: 'notice-suspect-counsel-3d', light: 'yellow', messageId: 'late', points: 4 }))).toMatchObject({ ok: true, points: 0 });
  });
});
