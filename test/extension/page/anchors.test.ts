// Anchor proposal and v2 fallback on a grid-style form (happy-dom): generated ids are never
// proposed, an anchor matching two elements is skipped for the next, labels sit in div cells.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parseAdapter, type Adapter } from '../../../shared/adapters/schema';
import { fieldElementOf, labelTextFor, proposeAnchors, stableSelector } from '../../../extension/page/anchors';
import { readPage } from '../../../extension/page/snapshot';

function page(html: string): Document {
  const window = new Window({ url: 'http://10.1.2.3:8080/ajxx', settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(`<!doctype html><html><body>${html}</body></html>`);
  return window.document as unknown as Document;
}

const GRID = `
<div id="ext-gen1041" class="x-panel">
  <div class="row"><div class="lbl">受理日期：</div><div class="val"><input id="ext-gen1077" class="x-form-text" value="2025.09.08"></div></div>
  <div class="row"><div class="lbl">审结日期</div><div class="val" id="x-auto-12"><span class="ro">2025/9/8</span></div></div>
  <div class="row"><div class="lbl">案件名称</div><div class="val"><input id="el-id-1024-7" name="ajmc" value="张某盗窃案"></div></div>
  <div class="row"><span>承办人</span><input id="3f2504e0-4f89-11d3-9a0c-0305e82c3301" aria-label="承办检察官" value="李检"></div>
</div>
<table><tr><th>是否在押</th><td><select id="ext-gen2001"><option value="">请选择</option><option value="1" selected>是</option><option value="0">否</option></select></td></tr></table>
<div class="twice"><span>备注</span><input name="bz" value="a"></div>
<div class="twice"><span>备注</span><input name="bz2" value="b"></div>`;

function adapter(fields: Record<string, unknown>): Adapter {
  const r = parseAdapter({ id: 'grid', name: 'grid', version: 1, match: ['http://10.1.2.3/*'], fields });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.adapter;
}

describe('proposeAnchors', () => {
  it('never proposes a generated id, for controls and read-only spans alike', () => {
    const doc = page(GRID);
    for (const el of doc.querySelectorAll('input, select, span.ro')) {
      const proposed = proposeAnchors(doc, fieldElementOf(el));
      expect(proposed.length).toBeGreaterThan(0);
      for (const p of proposed) {
        expect(JSON.stringify(p.anchor)).not.toMatch(/ext-gen|x-auto|el-id|3f2504e0/);
      }
    }
  });

  it('finds labels in div cells, th cells and spans before the control, each matching exactly the element', () => {
    const doc = page(GRID);
    const slrq = doc.querySelector('input.x-form-text')!;
    expect(labelTextFor(slrq)).toBe('受理日期');
    expect(proposeAnchors(doc, slrq)[0]).toEqual({ anchor: { label: '受理日期' }, count: 1, usable: true });
    const ro = fieldElementOf(doc.querySelector('.val#x-auto-12')!); // a click on the cell stands for its span
    expect(ro.className).toBe('ro');
    expect(proposeAnchors(doc, ro)[0]).toEqual({ anchor: { label: '审结日期' }, count: 1, usable: true });
    const select = doc.querySelector('select')!;
    expect(proposeAnchors(doc, fieldElementOf(select.options[1])).map((p) => p.anchor)[0]).toEqual({ label: '是否在押' });
    const aria = proposeAnchors(doc, doc.querySelector('[aria-label]')!);
    expect(aria.map((p) => p.anchor)).toContainEqual({ aria: '承办检察官' });
  });

  it('reports an anchor that matches two elements as not usable', () => {
    const doc = page(GRID);
    const bz = doc.querySelector('[name=bz]')!;
    const [label, name] = proposeAnchors(doc, bz);
    expect(label).toEqual({ anchor: { label: '备注' }, count: 2, usable: false });
    expect(name).toEqual({ anchor: { name: 'bz' }, count: 1, usable: true });
  });

  it('builds selectors from stable parts only, which find the element again', () => {
    const doc = page(GRID);
    const el = doc.querySelector('input.x-form-text')!;
    const sel = stableSelector(el);
    expect(sel).not.toMatch(/ext-gen/);
    expect(doc.querySelectorAll(sel)).toHaveLength(1);
    expect(doc.querySelector(sel)).toBe(el);
  });
});

describe('v2 anchors when reading', () => {
  it('skips an anchor that matches two elements and takes the next', () => {
    const doc = page(GRID);
    const r = readPage(doc, adapter({ caseName: { anchors: [{ label: '备注' }, { name: 'bz2' }], parse: 'text' } }));
    expect(r.values.caseName).toBe('b');
  });

  it('skips an anchor that matches nothing (a renamed label) and falls back', () => {
    const doc = page(GRID);
    const r = readPage(doc, adapter({ caseName: { anchors: [{ label: '案由名称' }, { name: 'ajmc' }] } }));
    expect(r.values.caseName).toBe('张某盗窃案');
  });

  it('reports the field missing when no anchor matches exactly one', () => {
    const doc = page(GRID);
    const r = readPage(doc, adapter({ caseName: { anchors: [{ label: '备注' }, { label: '没有' }] } }));
    expect(r.missing).toEqual(['caseName']);
  });

  it('reads dates in the declared format from inputs and read-only spans, and a select by its shown text', () => {
    const doc = page(GRID);
    const r = readPage(doc, adapter({
      acceptedOn: { anchors: [{ label: '受理日期' }], format: 'YYYY.MM.DD' },
      decisionOn: { anchors: [{ label: '审结日期' }], read: 'text', format: 'YYYY/M/D' },
      inCustody: { anchors: [{ label: '是否在押' }], read: 'selectText' },
    }));
    expect(r.snapshot).toEqual({ acceptedOn: '2025-09-08', decisionOn: '2025-09-08', inCustody: true });
    expect(r.elements.get('decisionOn')?.className).toBe('ro');
  });

  it('marks a value that does not fit the format as unreadable instead of guessing', () => {
    const doc = page(GRID);
    const r = readPage(doc, adapter({ acceptedOn: { anchors: [{ label: '受理日期' }], format: 'YYYY/M/D' } }));
    expect(r.snapshot).toEqual({});
    expect(r.issues).toEqual([{ field: 'acceptedOn', code: 'invalid-date', value: '2025.09.08' }]);
  });

  it('looks only inside `within`', () => {
    const doc = page(GRID);
    const absent = readPage(doc, adapter({ caseName: { anchors: [{ label: '备注' }], within: '#no-such-tab' } }));
    expect(absent.missing).toEqual(['caseName']);
    expect(readPage(doc, adapter({ caseName: { anchors: [{ label: '备注' }] } })).missing).toEqual(['caseName']);
    const r = readPage(doc, adapter({ caseName: { anchors: [{ label: '备注' }], within: 'body > div.twice ~ div.twice' } }));
    expect(r.values.caseName).toBe('b');
  });
});
