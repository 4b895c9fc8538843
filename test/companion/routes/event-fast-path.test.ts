// The ingest's fast check of an event (companion/routes/event-fast-path.ts) against DefectEventSchema:
// whatever the fast check accepts, zod accepts with the same data; what it declines goes to zod.
import { describe, expect, it } from 'vitest';
import { DefectEventSchema } from '../../../shared/api/index.ts';
import { quickEvent } from '../../../companion/routes/event-fast-path.ts';

const valid = {
  id: '0192f3a0-1c2d-7e4f-8a9b-0c1d2e3f4a5b', kind: 'observed', caseNumber: '苏检刑诉受〔2025〕320102000123号', ruleId: 'notice-suspect-counsel-3d',
  ruleVersion: 2, occurrenceKey: '2025-09-01', light: 'red', messageId: 'late', points: 3, due: '2025-09-04',
  observedAt: '2025-09-05T01:30:00.000Z', procedure: 'prosecution-review', training: false,
};

/** Values that sit on or just past each field's edges, or are of another type. */
const probes: unknown[] = [
  undefined, null, true, false, 0, -1, 1, 1.5, 100, 101, 1_000_000, 1_000_001, Number.NaN, Infinity, '1', '', ' ', 'a', 'A', 'a-', '-a', 'a--b', 'a-b',
  'x'.repeat(100), 'x'.repeat(101), 'x'.repeat(200), 'x'.repeat(201), 'tab\there', 'del\u007f', '\u00a0', '苏检', [], {}, ['a'],
  '2025-02-29', '2024-02-29', '2025-13-01', '2025-09-04', '2025-9-4',
  '2025-09-05T01:30:00Z', '2025-09-05T01:30:00.000Z', '2025-09-05T09:30:00+08:00', '2025-09-05T01:30Z', '2025-09-05T24:00:00Z', '2025-09-05 01:30:00Z', '2025-09-05T01:30:00',
  '0192f3a0-1c2d-7e4f-8a9b-0c1d2e3f4a5b', '0192F3A0-1C2D-7E4F-8A9B-0C1D2E3F4A5B', '0192f3a0-1c2d-9e4f-8a9b-0c1d2e3f4a5b', '0192f3a0-1c2d-7e4f-ca9b-0c1d2e3f4a5b',
  '00000000-0000-0000-0000-000000000000', '0192f3a01c2d7e4f8a9b0c1d2e3f4a5b',
  'observed', 'rectified', 'objected', 'red', 'yellow', 'green', 'grey', 'blue', 'late', 'missing',
];

function agree(raw: unknown): 'fast' | 'zod' {
  const fast = quickEvent(raw);
  const zod = DefectEventSchema.safeParse(raw);
  if (fast !== undefined) {
    expect(zod.success, JSON.stringify(raw)).toBe(true);
    expect(fast).toEqual(zod.data);
    return 'fast';
  }
  return 'zod';
}

describe('quickEvent', () => {
  it('takes the common event, with and without its optional fields, as zod gives it', () => {
    expect(agree(valid)).toBe('fast');
    const { messageId: _m, due: _d, ...bare } = valid;
    expect(agree(bare)).toBe('fast');
    expect(agree({ ...valid, kind: 'rectified', light: 'green', points: 0 })).toBe('fast');
  });

  it('leaves objections, unknown keys, missing keys and odd objects to zod', () => {
    expect(quickEvent({ ...valid, kind: 'objected', objectionReason: ' 理由 ' })).toBeUndefined();
    expect(quickEvent({ ...valid, objectionReason: 'x' })).toBeUndefined();
    expect(quickEvent({ ...valid, extra: 1 })).toBeUndefined();
    expect(quickEvent(Object.assign(Object.create({ inherited: 1 }), valid))).toBeUndefined();
    expect(quickEvent(JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(valid).slice(1)}`))).toBeUndefined();
    for (const key of Object.keys(valid)) {
      const { [key]: _gone, ...rest } = valid as Record<string, unknown>;
      agree(rest);
    }
    for (const raw of [null, [], 'event', 42, [valid]]) expect(quickEvent(raw)).toBeUndefined();
  });

  it('agrees with zod on every field set to every probe value (never accepts what zod refuses)', () => {
    let fast = 0;
    let total = 0;
    for (const key of [...Object.keys(valid), 'objectionReason']) {
      for (const value of probes) {
        total++;
        if (agree({ ...valid, [key]: value }) === 'fast') fast++;
      }
    }
    // The probes include valid values for most fields: the fast path is taken for those.
    expect(fast).toBeGreaterThan(20);
    expect(fast).toBeLessThan(total);
  });

  it('agrees with zod on random pairs of mutated fields', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const keys = [...Object.keys(valid), 'objectionReason', 'other'];
    for (let i = 0; i < 5000; i++) {
      const raw: Record<string, unknown> = { ...valid };
      for (let j = 0; j < 2; j++) raw[keys[Math.floor(random() * keys.length)]] = probes[Math.floor(random() * probes.length)];
      if (random() < 0.2) delete raw[keys[Math.floor(random() * keys.length)]];
      agree(raw);
    }
  });
});
