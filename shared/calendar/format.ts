// How a civil date or date-time reads to a prosecutor: 2025年9月22日 and 9月22日 11时 in Chinese
// (the way documents write them), ISO in English. Text only: no Date, no locale data.
import { parsePacked, type CivilDate } from './civil';
import type { CivilDateTime } from './hours';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/**
 * A `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` value as the card shows it; anything else unchanged.
 * Chinese: `2025年9月22日`; a time `9月22日 11时` (`11时20分` when the minutes are not zero).
 * English keeps ISO, which reads unambiguously.
 *
 * @example formatCivil('2025-09-22', 'zh') // '2025年9月22日'
 * @example formatCivil('2025-09-22T11:00', 'zh') // '9月22日 11时'
 * @example formatCivil('2025-09-22', 'en') // '2025-09-22'
 */
export function formatCivil(value: CivilDate | CivilDateTime, lang: 'zh' | 'en'): string {
  if (lang !== 'zh' || typeof value !== 'string') return value;
  if (value.length === 10) {
    const p = parsePacked(value);
    return p < 0 ? value : `${(p / 10000) | 0}年${((p / 100) | 0) % 100}月${p % 100}日`;
  }
  const m = DATE_TIME.exec(value);
  if (m === null) return value;
  const p = parsePacked(m[1]);
  const h = Number(m[2]);
  const min = Number(m[3]);
  if (p < 0 || h > 23 || min > 59) return value;
  return `${((p / 100) | 0) % 100}月${p % 100}日 ${h}时${min === 0 ? '' : `${min}分`}`;
}
