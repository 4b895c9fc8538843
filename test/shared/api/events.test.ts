import { describe, expect, it } from 'vitest';
import { DefectEventSchema, EventBatchSchema, EventBatchResultSchema } from '../../../shared/api/index.ts';

const valid = {
  id: '0b6f2f0e-8f3c-4a8e-9c1a-2d6b7a1f3e55',
  kind: 'observed',
  caseNumber: '苏检刑诉受〔2025〕320102000123号',
  ruleId: 'notice-suspect-counsel-3d',
  ruleVersion: 1,
  occurrenceKey: '2025-09-08',
  light: 'red',
  points: 6,
  due: '2025-09-11',
  observedAt: '2025-09-15T09:30:00+08:00',
  procedure: 'prosecution-review',
  training: false,
};

const issues = (v: unknown) => {
  const r = DefectEventSchema.safeParse(v);
  return r.success ? [] : [...new Set(r.error.issues.map((i) => i.path.join('.')))];
};

describe('DefectEventSchema', () => {
  it('accepts a complete event, with or without a due date', () => {
    expect(issues(valid)).toEqual([]);
    const { due: _due, ...noDue } = valid;
    expect(issues(noDue)).toEqual([]);
  });

  it('rejects unknown keys, so no name or case fact can ride along', () => {
    expect(issues({ ...valid, suspectName: '张某' })).toEqual(['']);
    expect(issues({ ...valid, facts: '…' })).toEqual(['']);
  });

  it('requires an objection reason of 1–500 characters for objected events only', () => {
    expect(issues({ ...valid, kind: 'objected' })).toEqual(['objectionReason']);
    expect(issues({ ...valid, kind: 'objected', objectionReason: '期满日为节假日，依法顺延' })).toEqual([]);
    expect(issues({ ...valid, kind: 'objected', objectionReason: '   ' })).toEqual(['objectionReason']);
    expect(issues({ ...valid, kind: 'objected', objectionReason: 'x'.repeat(501) })).toEqual(['objectionReason']);
    expect(issues({ ...valid, objectionReason: 'no' })).toEqual(['objectionReason']);
  });

  it('rejects malformed fields one by one', () => {
    expect(issues({ ...valid, id: 'not-a-uuid' })).toEqual(['id']);
    expect(issues({ ...valid, kind: 'deleted' })).toEqual(['kind']);
    expect(issues({ ...valid, light: 'orange' })).toEqual(['light']);
    expect(issues({ ...valid, points: 2.5 })).toEqual(['points']);
    expect(issues({ ...valid, points: -1 })).toEqual(['points']);
    expect(issues({ ...valid, ruleVersion: 0 })).toEqual(['ruleVersion']);
    expect(issues({ ...valid, due: '2025-02-30' })).toEqual(['due']);
    expect(issues({ ...valid, due: '2025-02-29' })).toEqual(['due']);
    expect(issues({ ...valid, due: '2024-02-29' })).toEqual([]);
    expect(issues({ ...valid, observedAt: '2025-09-15 09:30' })).toEqual(['observedAt']);
    expect(issues({ ...valid, ruleId: 'Notice_Suspect' })).toEqual(['ruleId']);
    expect(issues({ ...valid, caseNumber: '' })).toEqual(['caseNumber']);
    expect(issues({ ...valid, caseNumber: 'a\nb' })).toEqual(['caseNumber']);
    expect(issues({ ...valid, training: 'no' })).toEqual(['training']);
  });
});

describe('EventBatchSchema', () => {
  it('takes 1 to 500 events', () => {
    expect(EventBatchSchema.safeParse({ events: [] }).success).toBe(false);
    expect(EventBatchSchema.safeParse({ events: [valid] }).success).toBe(true);
    expect(EventBatchSchema.safeParse({ events: Array.from({ length: 500 }, () => valid) }).success).toBe(true);
    expect(EventBatchSchema.safeParse({ events: Array.from({ length: 501 }, () => valid) }).success).toBe(false);
    expect(EventBatchSchema.safeParse([valid]).success).toBe(false);
  });

  it('answers with accepted and duplicate counts, and the events refused by themselves', () => {
    const rejected = [{ id: '0b6f2f0e-8f3c-4a8e-9c1a-2d6b7a1f3e55', field: 'messageId', reason: '规则没有该结果 / the rule has no such outcome' }];
    expect(EventBatchResultSchema.parse({ accepted: 3, duplicates: 1, rejected })).toEqual({ accepted: 3, duplicates: 1, rejected });
    expect(EventBatchResultSchema.safeParse({ accepted: 3, duplicates: 1 }).success).toBe(false);
  });

  it('takes the outcome as messageId, optional for events from older extensions', () => {
    const base = EventBatchSchema.parse({ events: [valid] }).events[0];
    expect(DefectEventSchema.parse({ ...base, messageId: 'late' }).messageId).toBe('late');
    expect(DefectEventSchema.safeParse({ ...base, messageId: 'Late!' }).success).toBe(false);
    expect(DefectEventSchema.parse(base)).not.toHaveProperty('messageId');
  });
});
