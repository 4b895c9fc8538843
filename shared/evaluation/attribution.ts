// Heilongjiang's tenure rule: a unit's figures for a period count to the chief who held the post for
// more than half of it (《黑龙江省检察机关市分院检察长业绩考评实施细则（试行）》: 新任、转任检察长以考评
// 周期内任期超过半年的地区为考评业绩所属地；不足半年的，由考评委员会认定，不参与排名). Civil dates,
// both ends counted: a post from 2024-01-01 to 2024-07-01 is 183 days of 2024's 366.
import { compareDates, diffDays } from '../calendar/index';

export interface Post {
  userId: string;
  unitCode: string;
  /** First day in the post. */
  startOn: string;
  /** Last day in the post; null while held. */
  endOn: string | null;
}

export interface Period { from: string; to: string }

/** Days of the period the post covers (both ends counted); 0 when they do not meet. */
export function daysInPeriod(post: Post, period: Period): number {
  const start = compareDates(post.startOn, period.from) > 0 ? post.startOn : period.from;
  const end = post.endOn === null || compareDates(post.endOn, period.to) > 0 ? period.to : post.endOn;
  return compareDates(start, end) > 0 ? 0 : diffDays(start, end) + 1;
}

export const periodDays = (period: Period) => diffDays(period.from, period.to) + 1;

export interface Attribution {
  unitCode: string;
  periodDays: number;
  /** Every holder of the post in the period, longest first. */
  holders: Array<{ userId: string; days: number }>;
  /** Who the figures count to: the holder with more than half the period, or null. */
  userId: string | null;
}

/** For one unit: who held its chief post how long in the period, and who its figures count to. */
export function attribute(unitCode: string, posts: readonly Post[], period: Period): Attribution {
  const total = periodDays(period);
  const byUser = new Map<string, number>();
  for (const p of posts) {
    if (p.unitCode !== unitCode) continue;
    const d = daysInPeriod(p, period);
    if (d > 0) byUser.set(p.userId, (byUser.get(p.userId) ?? 0) + d);
  }
  const holders = [...byUser].map(([userId, days]) => ({ userId, days })).sort((a, b) => b.days - a.days || a.userId.localeCompare(b.userId));
  // More than half: 2 × days > total (exactly half is not more than half).
  const winner = holders.find((h) => 2 * h.days > total);
  return { unitCode, periodDays: total, holders, userId: winner?.userId ?? null };
}
