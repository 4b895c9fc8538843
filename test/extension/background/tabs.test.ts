import { describe, expect, it } from 'vitest';
import { applyReport, badgeFor, mergeFor, removeFrame, tabSummary, type TabsState } from '../../../extension/background/tabs';
import type { FrameReport } from '../../../extension/protocol';

function report(over: Partial<FrameReport> = {}): FrameReport {
  return {
    url: 'http://127.0.0.1/training/cases/x', adapterId: 'training-system', adapterName: '训练', training: true,
    values: {}, findings: [], checkedAt: '2025-09-20T02:00:00.000Z', ...over,
  };
}

describe('tab state', () => {
  it('merges what other frames show into each frame, minus the fields it shows itself', () => {
    let state: TabsState = {};
    ({ state } = applyReport(state, 1, 0, report({ caseNumber: 'A', values: { caseNumber: 'A', acceptedOn: '2025-09-08' } }), true));
    const r = applyReport(state, 1, 7, report({ caseNumber: 'A', values: { caseNumber: 'A', counselPresentAtSigning: false } }), true);
    expect(r.merge).toEqual({ remote: { acceptedOn: '2025-09-08' }, panel: false, frames: 2 });
    // The top frame learns what the iframe shows.
    expect(r.changed).toEqual([[0, { remote: { counselPresentAtSigning: false }, panel: true, frames: 2 }]]);
  });

  it('counts iframes that reported before the new top frame, and show no case number, into its case', () => {
    let state: TabsState = {};
    // A reload: the frame two deep (no case number of its own) reports before its top page does.
    ({ state } = applyReport(state, 1, 9, report({ values: { suspectCounselNoticeOn: '2025-09-15' } }), true));
    const r = applyReport(state, 1, 0, report({ caseNumber: 'A', values: { caseNumber: 'A', acceptedOn: '2025-09-08' } }), true);
    expect(r.merge).toEqual({ remote: { suspectCounselNoticeOn: '2025-09-15' }, panel: true, frames: 2 });
    expect(r.changed).toEqual([[9, { remote: { caseNumber: 'A', acceptedOn: '2025-09-08' }, panel: false, frames: 2 }]]);
  });

  it('remembers fields of a tab switched away (the frame stops showing them) for the same case', () => {
    let state: TabsState = {};
    ({ state } = applyReport(state, 1, 0, report({ caseNumber: 'A', values: { caseNumber: 'A', suspectCounselNoticeOn: '2025-09-09' } }), true));
    ({ state } = applyReport(state, 1, 0, report({ caseNumber: 'A', values: { caseNumber: 'A', decisionOn: null } }), false));
    expect(mergeFor(state[1], 0).remote).toEqual({ suspectCounselNoticeOn: '2025-09-09' });
  });

  it('keeps cases apart and starts afresh when the top frame loads a new document', () => {
    let state: TabsState = {};
    ({ state } = applyReport(state, 1, 0, report({ caseNumber: 'A', values: { caseNumber: 'A', acceptedOn: '2025-09-08' } }), true));
    ({ state } = applyReport(state, 1, 0, report({ caseNumber: 'B', values: { caseNumber: 'B' } }), false));
    expect(mergeFor(state[1], 0).remote).toEqual({});
    ({ state } = applyReport(state, 1, 0, report({ caseNumber: 'A', values: { caseNumber: 'A' } }), true));
    expect(mergeFor(state[1], 0).remote).toEqual({});
  });

  it('gives the panel to the lowest frame with an adapter when the top frame has none', () => {
    let state: TabsState = {};
    ({ state } = applyReport(state, 1, 0, report({ adapterId: null }), true));
    const r = applyReport(state, 1, 3, report(), true);
    expect(r.merge.panel).toBe(true);
  });

  it('forgets a frame that went, and the tab when its top frame went', () => {
    let state: TabsState = {};
    ({ state } = applyReport(state, 1, 0, report(), true));
    ({ state } = applyReport(state, 1, 4, report(), true));
    ({ state } = removeFrame(state, 1, 4));
    expect(Object.keys(state[1].frames)).toEqual(['0']);
    ({ state } = removeFrame(state, 1, 0));
    expect(state[1]).toBeUndefined();
  });

  it('summarises findings over frames without counting one twice, and sets the badge', () => {
    let state: TabsState = {};
    const red = { ruleId: 'r', light: 'red' as const, anchor: 'a', occurrenceKey: 'r:1', messageId: 'missing', points: 6 };
    const green = { ruleId: 'g', light: 'green' as const, anchor: 'b', occurrenceKey: 'g:1', messageId: 'done' };
    ({ state } = applyReport(state, 1, 0, report({ caseNumber: 'A', findings: [red, green] }), true));
    ({ state } = applyReport(state, 1, 2, report({ caseNumber: 'A', findings: [red] }), true));
    const s = tabSummary(state, 1)!;
    expect(s.counts).toEqual({ red: 1, yellow: 0, green: 1, grey: 0 });
    expect(s.worst).toBe('red');
    expect(s.frames).toBe(2);
    expect(badgeFor(s)).toEqual({ text: '1', color: '#d93025' });
    expect(badgeFor(null)).toEqual({ text: '', color: '#80868b' });
  });
});

describe('a new top document', () => {
  it('keeps what an iframe of the new document reported before its parent', () => {
    let state: TabsState = {};
    ({ state } = applyReport(state, 1, 0, report({ caseNumber: 'A', values: { caseNumber: 'A', decisionOn: '2025-10-01' } }), true));
    ({ state } = applyReport(state, 1, 0, report({ caseNumber: 'A', values: { caseNumber: 'A' } }), false));
    // reload: the iframe reports first, then the top frame
    ({ state } = applyReport(state, 1, 9, report({ caseNumber: 'A', values: { caseNumber: 'A', pleaAccepted: true } }), true));
    const r = applyReport(state, 1, 0, report({ caseNumber: 'A', values: { caseNumber: 'A' } }), true);
    expect(r.merge.remote).toEqual({ pleaAccepted: true });
  });
});
