import { describe, expect, it } from 'vitest';
import { DefectEventSchema } from '../../../shared/api/index.ts';
import { toFrameFindingRef, type FrameFindingRef } from '../../../extension/finding-ref.ts';
import { diffFindings, occurrenceId, objectionEvent, type DiffContext, type KnownOccurrence } from '../../../extension/sync/index.ts';

let n = 0;
const ctx = (over: Partial<DiffContext> = {}): DiffContext => ({
  caseNumber: '苏检刑诉受〔2025〕320102000123号',
  procedure: 'prosecution-review',
  training: false,
  observedAt: '2025-09-10T01:30:00.000Z',
  newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  ...over,
});
const red: FrameFindingRef = { ruleId: 'notice-suspect-counsel-3d', ruleVersion: 2, light: 'red', occurrenceKey: '2025-09-01', points: 6, due: '2025-09-04' };
const green: FrameFindingRef = { ruleId: 'notice-suspect-counsel-3d', ruleVersion: 2, light: 'green', occurrenceKey: '2025-09-01' };
const known = (c: DiffContext, f: FrameFindingRef, state: KnownOccurrence['state']) =>
  new Map([[occurrenceId({ ...c, ruleId: f.ruleId, occurrenceKey: f.occurrenceKey }), { state }]]);

describe('diffFindings', () => {
  it('turns a new red finding into one observed event with its points', () => {
    const c = ctx();
    const [e, ...rest] = diffFindings(new Map(), [red], c);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'observed', caseNumber: c.caseNumber, ruleId: red.ruleId, ruleVersion: 2, occurrenceKey: '2025-09-01', light: 'red', points: 6, due: '2025-09-04', procedure: 'prosecution-review', training: false, observedAt: c.observedAt });
    expect(DefectEventSchema.safeParse(e).success).toBe(true);
  });

  it('never re-emits observed for an occurrence already observed (reload, re-evaluation)', () => {
    const c = ctx();
    expect(diffFindings(known(c, red, 'observed'), [red], c)).toEqual([]);
    expect(diffFindings(known(c, red, 'rectified'), [red], c)).toEqual([]);
  });

  it('emits rectified when an observed occurrence turns green, and only then', () => {
    const c = ctx();
    expect(diffFindings(known(c, red, 'observed'), [green], c)).toMatchObject([{ kind: 'rectified', light: 'green', points: 0 }]);
    // Green without a prior observation is simply done in time.
    expect(diffFindings(new Map(), [green], c)).toEqual([]);
    expect(diffFindings(known(c, red, 'rectified'), [green], c)).toEqual([]);
  });

  it('does not count yellow or grey as rectification, nor a finding that disappeared', () => {
    const c = ctx();
    const prev = known(c, red, 'observed');
    expect(diffFindings(prev, [{ ...red, light: 'yellow', points: undefined }], c)).toEqual([]);
    expect(diffFindings(prev, [{ ...red, light: 'grey', points: undefined }], c)).toEqual([]);
    expect(diffFindings(prev, [], c)).toEqual([]);
  });

  it('keys occurrences by case number, rule id and occurrence key', () => {
    const c = ctx();
    const prev = known(c, red, 'observed');
    expect(diffFindings(prev, [{ ...red, occurrenceKey: '2025-10-01' }], c)).toHaveLength(1);
    expect(diffFindings(prev, [{ ...red, ruleId: 'other-rule' }], c)).toHaveLength(1);
    expect(diffFindings(prev, [red], ctx({ caseNumber: 'another-case' }))).toHaveLength(1);
  });

  it('keeps training and real occurrences apart, so a case checked in training mode still counts later', () => {
    const training = ctx({ training: true });
    const prev = known(training, red, 'observed');
    expect(diffFindings(prev, [red], training)).toEqual([]);
    expect(diffFindings(prev, [red], ctx({ training: false }))).toMatchObject([{ kind: 'observed', training: false }]);
    expect(diffFindings(new Map(), [red], training)).toMatchObject([{ training: true }]);
  });

  it('emits once for the same occurrence reported twice in one evaluation (two frames)', () => {
    expect(diffFindings(new Map(), [red, red], ctx())).toHaveLength(1);
  });

  it('uses ruleVersion 1, points 0 and procedure unknown when not given', () => {
    const [e] = diffFindings(new Map(), [{ ruleId: 'r', light: 'red', occurrenceKey: 'k' }], ctx({ procedure: undefined }));
    expect(e).toMatchObject({ ruleVersion: 1, points: 0, procedure: 'unknown' });
    expect(e).not.toHaveProperty('due');
  });

  it('carries only the ledger fields: no message text, no finding data', () => {
    const leaky = { ...red, message: { zh: '犯罪嫌疑人张三…', en: 'Zhang San…' }, data: { suspectName: '张三' }, basis: [] } as FrameFindingRef;
    const [e] = diffFindings(new Map(), [leaky], ctx());
    expect(Object.keys(e).sort()).toEqual(['caseNumber', 'due', 'id', 'kind', 'light', 'observedAt', 'occurrenceKey', 'points', 'procedure', 'ruleId', 'ruleVersion', 'training'].sort());
    expect(JSON.stringify(e)).not.toContain('张三');
    expect(Object.keys(toFrameFindingRef(leaky)).sort()).toEqual(['due', 'light', 'occurrenceKey', 'points', 'ruleId', 'ruleVersion']);
  });

  it('makes a fresh id per event from the context', () => {
    const events = diffFindings(new Map(), [red, { ...red, occurrenceKey: 'x' }], ctx());
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
  });
});

describe('objectionEvent', () => {
  it('carries the reason and validates', () => {
    const e = objectionEvent(red, '已电话告知，有通话记录', ctx());
    expect(e).toMatchObject({ kind: 'objected', objectionReason: '已电话告知，有通话记录', light: 'red', points: 6 });
    expect(DefectEventSchema.safeParse(e).success).toBe(true);
  });
});
