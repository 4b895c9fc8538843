// The studio's in-frame picker on a grid-style page (happy-dom): what a pick says about an element,
// what a probe finds for a draft, and that dispose leaves nothing behind.
import { Window as HappyWindow } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parseAdapter, type Adapter } from '../../../shared/adapters/schema';
import { createPicker, describePick } from '../../../extension/studio/picker';

function page(): { win: Window; doc: Document } {
  const window = new HappyWindow({ url: 'http://10.1.2.3:8080/ajxx/index.html', settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(`<!doctype html><html><body><div id="ext-gen1001" class="x-grid">
    <div class="x-lbl">受理日期</div><div class="x-val" id="x-auto-7"><span class="x-ro">2025.09.08</span></div>
    <div class="x-lbl">在押情况</div><div class="x-val"><select name="x-auto-77-3"><option value="">--请选择--</option><option value="01" selected>在押</option><option value="02">未在押</option></select></div>
    <div class="x-lbl">告知笔录已附卷</div><div class="x-val"><input type="checkbox" id="el-id-1024-7" checked></div>
  </div></body></html>`);
  return { win: window as unknown as Window, doc: window.document as unknown as Document };
}

function adapter(fields: Record<string, unknown>): Adapter {
  const r = parseAdapter({ id: 'x', name: 'x', version: 1, match: ['http://10.1.2.3/*'], fields });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.adapter;
}

describe('describePick', () => {
  it('says what the studio needs: label, value, options, anchors without generated ids or names', () => {
    const { doc } = page();
    const span = describePick(doc, doc.querySelector('.x-ro')!);
    expect(span).toMatchObject({ tag: 'span', label: '受理日期', texts: ['2025.09.08'], readHint: 'text' });
    expect(span.frame).toBeUndefined();
    const select = describePick(doc, doc.querySelector('option[value="02"]')!);
    expect(select).toMatchObject({ tag: 'select', label: '在押情况', texts: ['在押', '01'], options: ['在押', '未在押'], readHint: 'selectText' });
    const box = describePick(doc, doc.querySelector('input')!);
    expect(box).toMatchObject({ tag: 'input', inputType: 'checkbox', checked: true, label: '告知笔录已附卷' });
    for (const p of [span, select, box]) {
      expect(JSON.stringify(p.anchors)).not.toMatch(/ext-gen|x-auto|el-id/);
      expect(p.anchors[0]).toEqual({ anchor: { label: p.label }, count: 1, usable: true });
    }
  });
});

describe('createPicker', () => {
  it('arms listeners, probes a draft with outlines named by text, and disposes to nothing', () => {
    const { win, doc } = page();
    const picks: unknown[] = [];
    const picker = createPicker(win, (p) => picks.push(p));
    expect(picker.listeners()).toBe(0);
    picker.arm();
    expect(picker.listeners()).toBeGreaterThan(0);
    // A script's click is not a person's: no pick, and the page does not get it either.
    const click = new (win as unknown as { MouseEvent: typeof MouseEvent }).MouseEvent('click', { bubbles: true, cancelable: true });
    doc.querySelector('input')!.dispatchEvent(click);
    expect(picks).toEqual([]);
    expect(click.defaultPrevented).toBe(true);
    const probe = picker.probe(adapter({
      acceptedOn: { anchors: [{ label: '受理日期' }], read: 'text', format: 'YYYY.MM.DD' },
      inCustody: { anchors: [{ label: '在押情况' }], read: 'selectText', map: { '在押': '是', '未在押': '否' } },
      suspectCounselNoticeProof: { anchors: [{ label: '告知笔录已附卷' }], read: 'checked' },
      decisionOn: { anchors: [{ label: '审结日期' }] },
    }));
    expect(probe.fields.acceptedOn).toMatchObject({ found: true, text: '2025.09.08', value: '2025-09-08' });
    expect(probe.fields.inCustody).toMatchObject({ found: true, text: '在押', value: true });
    expect(probe.fields.suspectCounselNoticeProof).toMatchObject({ found: true, value: true });
    expect(probe.fields.decisionOn).toEqual({ found: false, trials: [{ anchor: { label: '审结日期' }, count: 0 }] });
    expect(doc.querySelectorAll('caselight-studio')).toHaveLength(1);
    picker.disarm();
    picker.dispose();
    expect(picker.listeners()).toBe(0);
    expect(doc.querySelectorAll('caselight-studio')).toHaveLength(0);
    // The host's data is as it was.
    expect(doc.querySelector('input')!.checked).toBe(true);
    expect(doc.querySelector('select')!.value).toBe('01');
  });
});
