// What the companion books for an event: it checks what the event claims against the rule catalogue
// and the clock, and takes the points from the central rule configuration in force when the event
// was observed (or the rule's built-in defaults), through shared/engine's pointsFor — the function
// the lights use. The client's `points` is never booked.
import type { DefectEvent, RuleConfigVersion } from '../../shared/api/index.ts';
import { centralRules } from '../../shared/api/central-rules.ts';
import { pointsFor, resolveConfig, type ResolvedConfig } from '../../shared/engine/index.ts';
import { readInstant, shanghaiDateOf } from '../../shared/ledger/index.ts';
import { BUILTIN_MESSAGES, rulesById, type Rule } from '../../shared/rules/index.ts';
import renamed from '../../shared/rules/renamed.json';
import { releaseOf } from './rule-releases.ts';

const RENAMED: Readonly<Record<string, string>> = renamed;

/** Nothing before 2000 is a real observation (clock reset, a typed year). */
export const EARLIEST_OBSERVATION = '2000-01-01T00:00:00+08:00';
/** Clocks drift, outboxes wait offline; a day ahead is the most a real observation can be. */
export const MAX_FUTURE_MS = 24 * 3600 * 1000;

export interface BookingIssue { field: string; zh: string; en: string }

export type Booking =
  /** `ruleId` is the rule's current id (renamed ids followed); `points` what the ledger books; `observedAt` as normalizeInstant gives it. */
  | { ok: true; ruleId: string; points: number; configVersion: number; observedAt: string }
  | { ok: false; issue: BookingIssue };

export interface Booker {
  book(e: DefectEvent): Booking;
}

/**
 * A booker over the rule-configuration versions (oldest first) at the clock `now`.
 *
 * @example createBooker(versions, new Date()).book(event) // { ok: true, points: 6, … }
 */
interface VersionConfig {
  resolved: ResolvedConfig;
  off: ReadonlySet<string>;
  /** Per rule, the most any of its red outcomes books under this version (an event without messageId). */
  maxRed: Map<Rule, number>;
}

/**
 * The resolved engine config of each version, kept per history list: the settings repository hands
 * out the same list until a new version is made, so a version is validated and resolved once, not
 * once per POST /events (issue 12: it was ~1/6 of booking's time).
 */
const configsByHistory = new WeakMap<readonly RuleConfigVersion[], Map<number, VersionConfig>>();
const EARLIEST_MS = Date.parse(EARLIEST_OBSERVATION);

export function createBooker(versions: readonly RuleConfigVersion[], now: Date): Booker {
  const latest = now.getTime() + MAX_FUTURE_MS;
  const earliest = EARLIEST_MS;
  let engineConfigs = configsByHistory.get(versions);
  if (!engineConfigs) configsByHistory.set(versions, (engineConfigs = new Map()));
  const configs = engineConfigs;

  /** The version in force at an instant (UTC ISO): the newest that came into force at or before it; 0 = built-in defaults. */
  function versionAt(instant: string): number {
    for (let i = versions.length - 1; i >= 0; i--) if (versions[i].inForceFrom <= instant) return versions[i].version;
    return 0;
  }

  function configOf(version: number): VersionConfig {
    let c = configs.get(version);
    if (!c) {
      const v = versions.find((x) => x.version === version);
      const { rules } = centralRules(v ?? null);
      c = {
        resolved: resolveConfig(v ? { rules } : undefined),
        off: new Set(Object.entries(rules).filter(([, r]) => r.enabled === false).map(([id]) => id)),
        maxRed: new Map(),
      };
      configs.set(version, c);
    }
    return c;
  }

  const refuse = (field: string, zh: string, en: string): Booking => ({ ok: false, issue: { field, zh, en } });

  return {
    book(e) {
      const ruleId = RENAMED[e.ruleId] ?? e.ruleId;
      const rule: Rule | undefined = rulesById.get(ruleId);
      if (!rule) return refuse('ruleId', `未知的规则：${e.ruleId}`, `unknown rule: ${e.ruleId}`);
      const message = e.messageId === undefined ? undefined
        : rule.meta.messages[e.messageId] ?? (BUILTIN_MESSAGES as Record<string, { light: string }>)[e.messageId];
      if (e.messageId !== undefined && !message) {
        return refuse('messageId', `规则 ${ruleId} 没有结果 ${e.messageId}`, `rule ${ruleId} has no outcome ${e.messageId}`);
      }
      // A red light is a red outcome; anything else could pre-book a defect at 0 points.
      if (e.light === 'red' && message && message.light !== 'red') {
        return refuse('messageId', `结果 ${e.messageId} 不是红灯结果，与 light: red 不符`, `outcome ${e.messageId} is not a red outcome; it contradicts light: red`);
      }

      const instant = readInstant(e.observedAt);
      if (instant === undefined) return refuse('observedAt', '发现时间不是有效的时间', 'not a valid time');
      const { ms, iso: observedAt } = instant;
      if (ms > latest) return refuse('observedAt', '发现时间晚于当前时间一天以上', 'more than a day in the future');
      if (ms < earliest) return refuse('observedAt', '发现时间早于 2000 年', 'earlier than 2000');
      const release = releaseOf(ruleId, e.ruleVersion);
      const observedOn = shanghaiDateOf(ms);
      if (observedOn < release) {
        return refuse('observedAt', `发现日期 ${observedOn} 早于规则 ${ruleId} 第 ${e.ruleVersion} 版的发布日期 ${release}`,
          `observed on ${observedOn}, before version ${e.ruleVersion} of rule ${ruleId} was released (${release})`);
      }

      const version = versionAt(observedAt);
      if (e.light !== 'red') return { ok: true, ruleId, points: 0, configVersion: version, observedAt };
      const config = configOf(version);
      // Switched off centrally when observed: no light showed, so nothing is booked.
      if (config.off.has(ruleId)) return { ok: true, ruleId, points: 0, configVersion: version, observedAt };
      const cfg = config.resolved.forRule(rule);
      if (e.messageId !== undefined) return { ok: true, ruleId, points: pointsFor(rule, e.messageId, cfg), configVersion: version, observedAt };
      // An older extension did not say which outcome: the most any red outcome books, so leaving the
      // outcome out can never lower a booking.
      let points = config.maxRed.get(rule);
      if (points === undefined) {
        points = Math.max(0, ...Object.keys(rule.meta.messages).map((id) => pointsFor(rule, id, cfg)));
        config.maxRed.set(rule, points);
      }
      return { ok: true, ruleId, points, configVersion: version, observedAt };
    },
  };
}
