// What the companion books for an event: it checks what the event claims against the rule catalogue
// and the clock, and takes the points from the central rule configuration in force when the event
// was observed (or the rule's built-in defaults), through shared/engine's pointsFor — the function
// the lights use. The client's `points` is never booked.
import type { DefectEvent, RuleConfigVersion } from '../../shared/api/index.ts';
import { centralRules } from '../../shared/api/central-rules.ts';
import { todayInShanghai } from '../../shared/calendar/index.ts';
import { pointsFor, resolveConfig, type ResolvedConfig } from '../../shared/engine/index.ts';
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
export function createBooker(versions: readonly RuleConfigVersion[], now: Date): Booker {
  const latest = now.getTime() + MAX_FUTURE_MS;
  const earliest = Date.parse(EARLIEST_OBSERVATION);
  const engineConfigs = new Map<number, { resolved: ResolvedConfig; off: ReadonlySet<string> }>();

  /** The version in force at an instant (UTC ISO): the newest that came into force at or before it; 0 = built-in defaults. */
  function versionAt(instant: string): number {
    for (let i = versions.length - 1; i >= 0; i--) if (versions[i].inForceFrom <= instant) return versions[i].version;
    return 0;
  }

  function configOf(version: number) {
    let c = engineConfigs.get(version);
    if (!c) {
      const v = versions.find((x) => x.version === version);
      const { rules } = centralRules(v ?? null);
      c = {
        resolved: resolveConfig(v ? { rules } : undefined),
        off: new Set(Object.entries(rules).filter(([, r]) => r.enabled === false).map(([id]) => id)),
      };
      engineConfigs.set(version, c);
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

      const ms = Date.parse(e.observedAt);
      if (ms > latest) return refuse('observedAt', '发现时间晚于当前时间一天以上', 'more than a day in the future');
      if (ms < earliest) return refuse('observedAt', '发现时间早于 2000 年', 'earlier than 2000');
      const release = releaseOf(ruleId, e.ruleVersion);
      const observedOn = todayInShanghai(new Date(ms));
      if (observedOn < release) {
        return refuse('observedAt', `发现日期 ${observedOn} 早于规则 ${ruleId} 第 ${e.ruleVersion} 版的发布日期 ${release}`,
          `observed on ${observedOn}, before version ${e.ruleVersion} of rule ${ruleId} was released (${release})`);
      }

      // todayInShanghai above has thrown unless ms is a valid time, so this is normalizeInstant(e.observedAt).
      const observedAt = new Date(ms).toISOString();
      const version = versionAt(observedAt);
      if (e.light !== 'red') return { ok: true, ruleId, points: 0, configVersion: version, observedAt };
      const { resolved, off } = configOf(version);
      // Switched off centrally when observed: no light showed, so nothing is booked.
      if (off.has(ruleId)) return { ok: true, ruleId, points: 0, configVersion: version, observedAt };
      const cfg = resolved.forRule(rule);
      if (e.messageId !== undefined) return { ok: true, ruleId, points: pointsFor(rule, e.messageId, cfg), configVersion: version, observedAt };
      // An older extension did not say which outcome: the most any red outcome books, so leaving the
      // outcome out can never lower a booking.
      const reds = Object.keys(rule.meta.messages).map((id) => pointsFor(rule, id, cfg));
      return { ok: true, ruleId, points: Math.max(0, ...reds), configVersion: version, observedAt };
    },
  };
}
