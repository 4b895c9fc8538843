import { describe, expect, it } from 'vitest';
import { formatDate, formatPercent, messages, pick, translate } from '../../../companion/dashboard/web/i18n.ts';

describe('dashboard strings', () => {
  it('has every string in both languages with the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.zh).sort());
    for (const id of Object.keys(messages.zh) as (keyof typeof messages.zh)[]) {
      expect(messages.en[id].trim(), id).not.toBe('');
      expect(names(messages.en[id]), id).toEqual(names(messages.zh[id]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('zh', 'showAll', { count: 12 })).toBe('显示全部（12）');
    expect(translate('en', 'caseTotal', { points: 44, threshold: 40 })).toBe('Case points 44 (threshold 40)');
  });

  it('picks the language, falling back to Chinese', () => {
    expect(pick('en', { zh: '中', en: 'en' })).toBe('en');
    expect(pick('en', { zh: '中', en: '' })).toBe('中');
    expect(pick('zh', undefined, '—')).toBe('—');
  });

  it('shows instants in Asia/Shanghai and civil dates as they are', () => {
    expect(formatDate('zh', '2025-03-04')).toBe('2025-03-04');
    expect(formatDate('en', '2025-03-04T16:30:00Z')).toBe('2025-03-05 00:30');
    expect(formatDate('zh', '2025-12-31T16:00:00.000Z')).toBe('2026-01-01 00:00');
    expect(formatDate('zh', null)).toBe('—');
    expect(formatPercent('zh', null)).toBe('—');
    expect(formatPercent('en', 0.4)).toBe('40%');
  });
});
