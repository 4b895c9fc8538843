// The strict schema for data we produce, and the lenient reader for what host forms give us.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseSnapshotSchema, FIELD_IDS, readCaseSnapshot } from '../../../shared/case';

describe('CaseSnapshotSchema (strict)', () => {
  it('accepts canonical values and strips unknown keys', () => {
    const parsed = CaseSnapshotSchema.parse({ procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: true, returnCount: 1, detainedAt: '2025-09-01T10:30', x: 1 });
    expect(parsed).toEqual({ procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: true, returnCount: 1, detainedAt: '2025-09-01T10:30' });
  });

  it.each([
    ['an impossible date', { acceptedOn: '2025-02-30' }],
    ['a loose date spelling', { acceptedOn: '2025/9/8' }],
    ['a year out of range', { acceptedOn: '0025-09-08' }],
    ['a yes/no word', { inCustody: '是' }],
    ['an unknown procedure', { procedure: 'appeal' }],
    ['a fractional count', { returnCount: 1.5 }],
    ['a time without minutes', { detainedAt: '2025-09-01T10' }],
  ])('rejects %s', (_, value) => {
    expect(CaseSnapshotSchema.safeParse(value).success).toBe(false);
  });
});

describe('readCaseSnapshot (lenient)', () => {
  it('reads the spellings host forms use', () => {
    const { snapshot, issues } = readCaseSnapshot({
      acceptedOn: '2025/9/8', decisionOn: '2025年10月9日', detainedOn: ' 2025.09.01 ', inCustody: '是', hasVictim: '否',
      fastTrack: 'true', returnCount: '2', procedure: '审查起诉', detainedAt: '2025-09-01 9:05:00', interrogatedOn: '2025-09-02T10:00',
      caseNumber: 123,
    });
    expect(issues).toEqual([]);
    expect(snapshot).toEqual({
      acceptedOn: '2025-09-08', decisionOn: '2025-10-09', detainedOn: '2025-09-01', inCustody: true, hasVictim: false, fastTrack: true,
      returnCount: 2, procedure: 'prosecution-review', detainedAt: '2025-09-01T09:05', interrogatedOn: '2025-09-02', caseNumber: '123',
    });
  });

  it('treats empty values as absent, silently', () => {
    expect(readCaseSnapshot({ acceptedOn: '', decisionOn: null, inCustody: '  ', unknownKey: 'x' })).toEqual({ snapshot: {}, issues: [] });
  });

  it('drops unreadable values and reports each one', () => {
    const { snapshot, issues } = readCaseSnapshot({
      acceptedOn: '2025-02-30', decisionOn: 'abc', inCustody: 'maybe', returnCount: -1, procedure: 'appeal', detainedAt: '2025-09-01T25:00',
      fastTrack: {}, caseNumber: ['x'], detainedOn: '9025-09-01',
    });
    expect(snapshot).toEqual({});
    expect(Object.fromEntries(issues.map((i) => [i.field, i.code]))).toEqual({
      acceptedOn: 'invalid-date', decisionOn: 'invalid-date', inCustody: 'invalid-boolean', returnCount: 'out-of-range', procedure: 'invalid-enum',
      detainedAt: 'invalid-datetime', fastTrack: 'invalid-boolean', caseNumber: 'invalid-text', detainedOn: 'invalid-date',
    });
    expect(issues.find((i) => i.field === 'acceptedOn')?.value).toBe('"2025-02-30"');
  });

  it('never echoes a private value in an issue', () => {
    const { issues } = readCaseSnapshot({ suspectBirthDate: '2008-02-30', suspectName: 42n });
    expect(issues.map((i) => i.field).sort()).toEqual(['suspectBirthDate', 'suspectName']);
    for (const i of issues) expect(i.value).toBeUndefined();
  });

  it('reports a snapshot that is not an object', () => {
    expect(readCaseSnapshot('text').issues).toEqual([{ field: '', code: 'not-an-object', value: '"text"' }]);
    expect(readCaseSnapshot([1]).issues[0].code).toBe('not-an-object');
    expect(readCaseSnapshot(undefined)).toEqual({ snapshot: {}, issues: [] });
  });

  it('survives hostile objects', () => {
    const hostile = Object.defineProperty({}, 'acceptedOn', { enumerable: true, get() { throw new Error('boom'); } });
    expect(() => readCaseSnapshot(hostile)).not.toThrow();
    expect(readCaseSnapshot(new Proxy({}, { ownKeys() { throw new Error('boom'); } })).issues[0].code).toBe('not-an-object');
    expect(readCaseSnapshot(Object.create(null)).snapshot).toEqual({});
  });

  it('never throws, and whatever it keeps passes the strict schema', () => {
    const value = fc.oneof(fc.string(), fc.boolean(), fc.integer(), fc.double(), fc.constant(null), fc.anything(),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FIELD_IDS, '__proto__', 'constructor', 'other'), value), fc.anything(), (obj, any) => {
        for (const input of [obj, any]) {
          const { snapshot } = readCaseSnapshot(input);
          expect(CaseSnapshotSchema.safeParse(snapshot).success).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('mergeCaseReads: one case from two reads, each read once', () => {
  it('equals reading the merged raw values, in key and issue order, and is taken by evaluate as it is', async () => {
    const { mergeCaseReads, isCaseRead } = await import('../../../shared/case');
    const { evaluate } = await import('../../../shared/engine');
    const other = { acceptedOn: '2025-09-08', inCustody: 'yes?', returnCount: 1, suspectCounselNoticeOn: '2025-09-10', procedure: 'prosecution-review' };
    const own = { suspectCounselNoticeOn: 'not a date', caseNumber: '苏检刑诉受〔2025〕7号', returnCount: 9 };
    const ownFields = [...Object.keys(own), 'hasVictim'];
    const view: Record<string, unknown> = { ...other };
    for (const f of ownFields) delete view[f];
    Object.assign(view, own);
    const merged = mergeCaseReads(readCaseSnapshot(other), readCaseSnapshot(own), ownFields);
    const once = readCaseSnapshot(view);
    expect(merged).toEqual(once);
    expect(Object.keys(merged.snapshot)).toEqual(Object.keys(once.snapshot));
    expect(merged.issues.length).toBeGreaterThan(1);
    expect(isCaseRead(merged)).toBe(true);
    expect(isCaseRead({ snapshot: {}, issues: [] })).toBe(false);
    expect(evaluate(merged, { today: '2025-09-20' })).toEqual(evaluate(view, { today: '2025-09-20' }));
  });
});
