// One light per field and reason: identical grey lights merge; reds, yellows and greens never do.
import { describe, expect, it } from 'vitest';
import { alsoOf, mergeIdenticalGreys } from '../../../extension/components/merge-lights.ts';
import type { Finding } from '../../../shared/engine/index.ts';

const f = (ruleId: string, light: Finding['light'], messageId: string): Finding => ({
  ruleId, ruleVersion: 1, light, messageId, anchor: 'decisionOn', title: { zh: ruleId, en: ruleId }, message: { zh: '', en: '' },
  basis: [], occurrenceKey: `${ruleId}-k`, dates: [],
} as unknown as Finding);

describe('mergeIdenticalGreys', () => {
  it('draws two greys for the same reason on one field as one light, naming both', () => {
    const a = f('rule-a', 'grey', 'inputs-missing');
    const b = f('rule-b', 'grey', 'inputs-missing');
    const entries = mergeIdenticalGreys([a, b]);
    expect(entries).toHaveLength(1);
    expect(entries[0].finding).toBe(a);
    expect(alsoOf(a)).toEqual([b]);
  });

  it('keeps greys for different reasons apart, and never merges other lights', () => {
    const entries = mergeIdenticalGreys([
      f('r1', 'red', 'overdue'), f('r2', 'red', 'overdue'), f('g1', 'grey', 'inputs-missing'), f('g2', 'grey', 'not-applicable'), f('y', 'yellow', 'due-soon'),
    ]);
    expect(entries.map((e) => e.finding.ruleId)).toEqual(['r1', 'r2', 'g1', 'g2', 'y']);
    expect(entries.every((e) => e.also.length === 0)).toBe(true);
  });
});
