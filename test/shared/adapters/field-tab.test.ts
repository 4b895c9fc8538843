// The adapter format's optional per-field `tab` (the host form's tab a field sits on): v1 adapters
// without it stay valid, a given one is kept, an empty one is refused; the training adapter's tabs
// are the captions the training pages show for the tab holding each field.
import { describe, expect, it } from 'vitest';
import { fieldLocations, tabsFor } from '../../../companion/training/cards.ts';
import { parseAdapter } from '../../../shared/adapters/schema.ts';
import { trainingSystemAdapter } from '../../../shared/adapters/training-system.ts';

const v1 = { id: 'province-x', name: '某省系统', version: 1, match: ['http://10.1.2.3/ajxx/*'], fields: { acceptedOn: { label: '受理日期', parse: 'date' } } };

describe('per-field tab in the adapter format', () => {
  it('keeps v1 adapters valid and keeps a given tab', () => {
    expect(parseAdapter(v1).ok).toBe(true);
    const withTab = parseAdapter({ ...v1, fields: { acceptedOn: { label: '受理日期', parse: 'date', tab: ' 认罪认罚 ' } } });
    expect(withTab.ok && withTab.adapter.fields.acceptedOn.tab).toBe('认罪认罚');
  });

  it('refuses an empty tab, saying where', () => {
    const res = parseAdapter({ ...v1, fields: { acceptedOn: { label: '受理日期', tab: '' } } });
    expect(res.ok).toBe(false);
    expect(res.ok ? [] : res.errors.map((e) => e.path)).toContain('fields.acceptedOn.tab');
  });

  it('the training adapter names the tab the prosecution-review card shows each such field on', () => {
    const titles = new Map(tabsFor('prosecution-review').map((t) => [t.id as string, t.title]));
    const where = fieldLocations('prosecution-review') as Record<string, { tab: string }>;
    const named = Object.entries(trainingSystemAdapter.fields).filter(([, f]) => 'tab' in f);
    expect(named.length).toBeGreaterThan(10);
    for (const [field, f] of named) expect([field, (f as { tab: string }).tab]).toEqual([field, titles.get(where[field].tab)]);
  });
});
