import { describe, expect, it, vi } from 'vitest';
import { evaluate as realEvaluate, type Finding } from '../../../shared/engine';
import { createFormCheckModel, deriveEvaluation, mergeCaseView, shanghaiClock, type Evaluate, type LocalRead } from '../../../extension/models/form-check';

const clock = { today: '2025-09-20', now: '2025-09-20T10:00' };
const read = (values: Record<string, unknown>, fields = Object.keys(values)): LocalRead => ({ values, fields, issues: [], missing: [] });

const base = {
  caseNumber: '苏检刑诉〔2025〕1号',
  procedure: 'prosecution-review',
  acceptedOn: '2025-09-08',
  inCustody: true,
  hasVictim: false,
};

describe('FormCheckModel', () => {
  it('applies a unit\'s adoption of a policy limit from the central settings, as the companion books it', async () => {
    const { centralRules } = await import('../../../shared/api/central-rules');
    const { configureRules } = await import('../../../shared/engine/config');
    const { rules: catalogue } = await import('../../../shared/rules');
    const model = createFormCheckModel({ evaluate: realEvaluate, clock: { today: '2025-09-10', now: '2025-09-10T10:00' } });
    model.setRead(read({ procedure: 'intake', acceptedOn: '2025-09-08', assignedToHandlerOn: '2025-09-10' }));
    const intake = () => model.findings.value.find((f) => f.ruleId === 'intake-register-and-assign');
    // 规则 158 says 立即: the next working day is a unit's reading, yellow without points until adopted.
    expect(intake()).toMatchObject({ light: 'yellow', messageId: 'late' });
    expect(intake()?.points ?? 0).toBe(0);
    // The overlay's path: the background's centralRules, then configureRules, no engine config.
    const { rules } = centralRules({ rules: [{ ruleId: 'intake-register-and-assign', enabled: true, points: {}, warningDays: null, adopted: true }] });
    model.setEngine({ rules: configureRules(catalogue, rules) });
    expect(intake()).toMatchObject({ light: 'red', messageId: 'late', points: 1 });
  });

  it('evaluates the page reader\'s read merged with other frames\' values, as if the merged view were read once', async () => {
    const { readCaseSnapshot } = await import('../../../shared/case');
    const model = createFormCheckModel({ evaluate: realEvaluate, clock });
    const local = { ...base, suspectCounselNoticeOn: '2025-13-40' };
    model.setRemote({ hasVictim: true, suspectCounselNoticeOn: '2025-09-09', returnCount: 'x' });
    model.setRead({ ...read(local), read: readCaseSnapshot(local) });
    const view = mergeCaseView(model.remote.value, model.read.value);
    expect(model.caseRead.value).toEqual(readCaseSnapshot(view));
    const direct = deriveEvaluation(realEvaluate, view, clock);
    expect(direct.findings.some((f) => f.ruleId === 'data-consistency' && f.light !== 'green')).toBe(true);
    expect(model.evaluation.value).toEqual(direct);
  });

  it('computes findings from the snapshot signal, worst first', () => {
    const model = createFormCheckModel({ evaluate: realEvaluate, clock });
    model.setRead(read({ ...base, suspectCounselNoticeOn: undefined }, [...Object.keys(base), 'suspectCounselNoticeOn']));
    const notice = model.findings.value.find((f) => f.ruleId === 'notice-suspect-counsel-3d');
    expect(notice?.light).toBe('red');
    const lights = model.findings.value.map((f) => f.light);
    const order = { red: 0, yellow: 1, grey: 2, green: 3 };
    expect(lights).toEqual([...lights].sort((a, b) => order[a] - order[b]));
    expect(model.summary.value.counts.red).toBeGreaterThan(0);
    expect(model.summary.value.worst).toBe('red');
  });

  it('turns a light green when the missing date is set', () => {
    const model = createFormCheckModel({ evaluate: realEvaluate, clock });
    const fields = [...Object.keys(base), 'suspectCounselNoticeOn', 'suspectCounselNoticeProof'];
    model.setRead(read(base, fields));
    const light = () => model.findings.value.find((f) => f.ruleId === 'notice-suspect-counsel-3d')?.light;
    expect(light()).toBe('red');
    model.setRead(read({ ...base, suspectCounselNoticeOn: '2025-09-09', suspectCounselNoticeProof: true }, fields));
    expect(light()).toBe('green');
  });

  it('holds back findings anchored on a field no frame has shown yet', () => {
    const model = createFormCheckModel({ evaluate: realEvaluate, clock });
    model.setRead(read(base));
    expect(model.findings.value.some((f) => f.anchor === 'suspectCounselNoticeOn')).toBe(false);
    expect(model.unverified.value.some((f) => f.anchor === 'suspectCounselNoticeOn')).toBe(true);
    // Another frame (or an earlier tab) showed it, empty: now it counts.
    model.setRemote({ suspectCounselNoticeOn: null });
    expect(model.findings.value.find((f) => f.anchor === 'suspectCounselNoticeOn')?.light).toBe('red');
  });

  it('places lights only beside fields this frame shows', () => {
    const model = createFormCheckModel({ evaluate: realEvaluate, clock });
    model.setRead(read({ ...base }));
    model.setRemote({ suspectCounselNoticeOn: null });
    expect(model.findingsByField.value.has('suspectCounselNoticeOn')).toBe(false);
    expect([...model.findingsByField.value.keys()].every((f) => Object.keys(base).includes(f))).toBe(true);
  });

  it('lights in the page\'s order of the fields; a field whose lights went out keeps its place; each field\'s findings are its own signal', () => {
    const finding = (anchor: string, light: Finding['light']) => ({ ruleId: `r-${anchor}`, occurrenceKey: anchor, anchor, light, messageId: 'm', message: { zh: light, en: light } }) as unknown as Finding;
    // The light moves between two fields as the bench's flip does (red on the date ↔ yellow on its proof).
    const evaluate: Evaluate = (r) => ((r as { snapshot: { caseNumber?: string } }).snapshot.caseNumber === 'a' ? [finding('acceptedOn', 'red')] : [finding('caseNumber', 'yellow')]);
    const model = createFormCheckModel({ evaluate, clock });
    const fields = ['caseNumber', 'unitName', 'acceptedOn'];
    model.setRead(read({ caseNumber: 'a' }, fields));
    expect(model.litFields.value).toEqual(['acceptedOn']);
    const accepted = model.findingsAt('acceptedOn');
    const caseNo = model.findingsAt('caseNumber');
    expect(accepted.value?.map((f) => f.light)).toEqual(['red']);
    model.setRead(read({ caseNumber: 'b' }, fields));
    expect(model.litFields.value).toEqual(['caseNumber', 'acceptedOn']);
    expect(accepted.value).toBeUndefined();
    expect(caseNo.value?.map((f) => f.light)).toEqual(['yellow']);
    // Back and forth: the same fields, the same array; the signals are the fields' own.
    const lit = model.litFields.value;
    model.setRead(read({ caseNumber: 'a' }, fields));
    expect(model.litFields.value).toBe(lit);
    expect(model.findingsAt('acceptedOn')).toBe(accepted);
    expect(accepted.value?.map((f) => f.light)).toEqual(['red']);
    model.setRead(read({ caseNumber: 'b' }, fields));
    const yellow = caseNo.value;
    // A field that lights nothing changes: the same lists.
    model.setRead(read({ caseNumber: 'b', unitName: 'x' }, fields));
    expect(model.litFields.value).toBe(lit);
    expect(caseNo.value).toBe(yellow);
    // A field no longer shown has no group.
    model.setRead(read({ caseNumber: 'b' }, ['caseNumber']));
    expect(model.litFields.value).toEqual(['caseNumber']);
  });

  it('does not re-evaluate or re-render for an identical read', () => {
    const evaluate = vi.fn<Evaluate>(() => []);
    const model = createFormCheckModel({ evaluate, clock });
    expect(model.setRead(read(base))).toBe(true);
    void model.findings.value;
    expect(model.setRead(read({ ...base }))).toBe(false);
    void model.findings.value;
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('keeps the same findings array when a change alters no finding', () => {
    const model = createFormCheckModel({ evaluate: realEvaluate, clock });
    model.setRead(read({ ...base, unitName: '甲院' }));
    const first = model.findings.value;
    model.setRead(read({ ...base, unitName: '乙院' }));
    expect(model.findings.value).toBe(first);
  });

  it('shows the engine refusing its options instead of throwing', () => {
    const model = createFormCheckModel({ evaluate: realEvaluate, clock, config: { rules: { x: { points: 'many' } } } });
    model.setRead(read(base));
    expect(model.findings.value).toEqual([]);
    expect(model.evaluation.value.error).toMatch(/config/);
  });

  it('marks a finding as objected once an objection for its occurrence exists', () => {
    const model = createFormCheckModel({ evaluate: realEvaluate, clock });
    model.setRead(read(base, [...Object.keys(base), 'suspectCounselNoticeOn']));
    const f = model.findings.value.find((x) => x.ruleId === 'notice-suspect-counsel-3d') as Finding;
    expect(model.objectionFor(f)).toBeUndefined();
    model.addObjection({
      key: `${base.caseNumber}|${f.ruleId}|${f.occurrenceKey}`, caseNumber: base.caseNumber, ruleId: f.ruleId, occurrenceKey: f.occurrenceKey,
      anchor: f.anchor, light: f.light, reason: '已电话告知，笔录待补', training: false, createdAt: '2025-09-20T02:00:00.000Z',
    });
    expect(model.objectionFor(f)?.reason).toBe('已电话告知，笔录待补');
  });
});

describe('mergeCaseView', () => {
  it('lets every field this frame shows override other frames, even when empty here', () => {
    expect(mergeCaseView({ a: 1, b: 2, c: null }, { values: { a: 9 }, fields: ['a', 'b'], issues: [], missing: [] })).toEqual({ a: 9 });
  });
});

describe('shanghaiClock', () => {
  it('is the Asia/Shanghai wall clock', () => {
    expect(shanghaiClock(new Date('2025-09-07T16:30:00Z'))).toEqual({ today: '2025-09-08', now: '2025-09-08T00:30' });
  });
});
