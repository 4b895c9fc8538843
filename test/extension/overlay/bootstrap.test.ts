import { describe, expect, it } from 'vitest';
import type { Adapter } from '../../../shared/adapters';
import { trainingSystemAdapter } from '../../../shared/adapters';
import { wantsChecker } from '../../../extension/overlay/bootstrap';
import type { PublicSettings } from '../../../extension/settings';
import { createCalendar } from '../../../shared/calendar';
import { serializeCalendar } from '../../../shared/calendar/serialized';

const settings = (adapters: PublicSettings['adapters']): PublicSettings => ({
  companionUrl: 'http://127.0.0.1:8787', hasToken: false, trainingMode: false, locale: 'zh-CN', locked: [], adapters, rejectedAdapters: [],
  central: { fetchedAt: null, error: null, rules: {}, configured: {}, calendar: null, problems: [], counts: { rules: 0, adapters: 0, calendarOverrides: 0 } },
  calendar: serializeCalendar(createCalendar()),
});

describe('the bootstrap: does this frame need the checker?', () => {
  const withTraining = settings([{ source: 'built-in', adapter: structuredClone(trainingSystemAdapter) as unknown as Adapter }]);

  it('loads the checker where an adapter matches the frame (any port)', () => {
    expect(wantsChecker(withTraining, 'http://127.0.0.1:8787/training/cases/1')).toBe(true);
    expect(wantsChecker(withTraining, 'http://localhost:3000/training/frame/plea')).toBe(true);
  });

  it('leaves it out where none does: other paths of a covered host, or no adapters at all', () => {
    expect(wantsChecker(withTraining, 'http://127.0.0.1:8787/healthz')).toBe(false);
    expect(wantsChecker(withTraining, 'http://127.0.0.1:8787/dashboard/')).toBe(false);
    expect(wantsChecker(settings([]), 'http://127.0.0.1:8787/training/cases/1')).toBe(false);
  });
});
