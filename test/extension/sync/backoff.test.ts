import { describe, expect, it } from 'vitest';
import { backoffBounds, backoffDelay, DEFAULT_BACKOFF } from '../../../extension/sync/index.ts';

describe('backoff', () => {
  it('doubles the ceiling per failure from the base, up to the cap', () => {
    expect(backoffBounds(1)).toEqual({ min: 1_000, max: 2_000 });
    expect(backoffBounds(2)).toEqual({ min: 2_000, max: 4_000 });
    expect(backoffBounds(5)).toEqual({ min: 16_000, max: 32_000 });
    expect(backoffBounds(50)).toEqual({ min: DEFAULT_BACKOFF.maxMs / 2, max: DEFAULT_BACKOFF.maxMs });
    expect(backoffBounds(10_000).max).toBe(DEFAULT_BACKOFF.maxMs);
  });

  it('puts the jittered delay between half the ceiling and the ceiling', () => {
    for (let failures = 1; failures <= 20; failures++) {
      const { min, max } = backoffBounds(failures);
      expect(backoffDelay(failures, () => 0)).toBe(min);
      expect(backoffDelay(failures, () => 0.999999)).toBeLessThanOrEqual(max);
      for (let i = 0; i < 50; i++) {
        const d = backoffDelay(failures);
        expect(d).toBeGreaterThanOrEqual(min);
        expect(d).toBeLessThanOrEqual(max);
      }
    }
  });

  it('spreads retries (jitter), so browsers coming back together do not retry in lockstep', () => {
    const delays = new Set(Array.from({ length: 100 }, () => backoffDelay(6)));
    expect(delays.size).toBeGreaterThan(50);
  });

  it('treats zero or negative failures as the first and clamps a bad random', () => {
    expect(backoffBounds(0)).toEqual(backoffBounds(1));
    expect(backoffDelay(1, () => 5)).toBe(2_000);
    expect(backoffDelay(1, () => -1)).toBe(1_000);
  });
});
