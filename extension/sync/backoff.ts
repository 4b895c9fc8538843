// Retry delays: exponential backoff with "equal jitter" (half fixed, half random), capped.
export interface BackoffPolicy {
  /** Delay ceiling after the first failure. */
  baseMs: number;
  /** Largest ceiling, reached after enough failures. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 15 * 60_000 };

/** chrome.alarms fire no sooner than 30 s after being set in production (developer.chrome.com/docs/extensions/reference/api/alarms). */
export const ALARM_MIN_MS = 30_000;

/** The [min, max] range the delay after `failures` consecutive failures falls in. */
export function backoffBounds(failures: number, policy: BackoffPolicy = DEFAULT_BACKOFF): { min: number; max: number } {
  const n = Math.max(1, Math.floor(failures));
  // 2 ** 40 already exceeds any sane cap; keep the exponent bounded so the number stays finite.
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(n - 1, 40));
  return { min: ceiling / 2, max: ceiling };
}

/**
 * The delay before the next attempt. Half of the ceiling is fixed so retries never bunch at 0,
 * the other half is random so many browsers coming back online do not retry in lockstep.
 */
export function backoffDelay(failures: number, random: () => number = Math.random, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const { min, max } = backoffBounds(failures, policy);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(min + r * (max - min));
}
