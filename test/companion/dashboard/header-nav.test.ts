// The top bar's entries (components/header.tsx NAV): every page of the router is reachable from
// exactly one tab or menu, the administrators' pages are marked so, and the bar has six entries.
import { describe, expect, it } from 'vitest';
import { NAV } from '../../../companion/dashboard/web/components/header.tsx';
import { messages } from '../../../companion/dashboard/web/i18n.ts';
import { parseRoute, routePath } from '../../../companion/dashboard/web/models/navigation-model.ts';

const items = NAV.flatMap((e) => ('group' in e ? e.items : [e]));

describe('NAV', () => {
  it('reaches every page once (drill-downs and not-found aside)', () => {
    const pages = ['/', '/objections', '/notices', '/rectification', '/reports', '/leaders', '/evaluation', '/chiefs', '/assessments',
      '/training-records', '/calendar', '/deploy', '/audit'];
    for (const p of pages) expect(parseRoute(p).name, p).not.toBe('not-found');
    expect(items.map((i) => routePath(i.route)).sort()).toEqual([...pages].sort());
  });

  it('keeps six entries in the bar, the configuration pages under 管理, deploy and audit for administrators only', () => {
    expect(NAV).toHaveLength(6);
    const admin = NAV.find((e) => 'group' in e && e.group === 'admin');
    expect(admin && 'group' in admin ? admin.items.map((i) => [i.route.name, i.adminOnly ?? false]) : null)
      .toEqual([['calendar', false], ['deploy', true], ['audit', true]]);
    expect(items.filter((i) => i.adminOnly).map((i) => i.route.name)).toEqual(['deploy', 'audit']);
  });

  it('names every entry in both languages', () => {
    for (const e of NAV) {
      expect(messages.zh[e.label]).toMatch(/\p{Script=Han}/u);
      expect(messages.en[e.label]).toMatch(/^[A-Z]/);
    }
  });
});
