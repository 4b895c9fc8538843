// One generic runner for test/fixtures/forms: each <page>.html has a <page>.json beside it with the
// adapter and the expected snapshot, anchors, missing fields and read issues. Add a case by adding data.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parseAdapter } from '../../../shared/adapters/schema';
import { isFieldId } from '../../../shared/case/fields';
import { createPageReader, readPage } from '../../../extension/page/snapshot';
import { textBundle } from '../../../shared/rules/text';

const dir = resolve(import.meta.dirname, '../../fixtures/forms');

interface Fixture {
  description: string;
  url?: string;
  adapter: unknown;
  expected: {
    snapshot: Record<string, unknown>;
    anchors: Record<string, string>;
    missing: string[];
    issues: { field: string; code: string; value?: string }[];
  };
}

export function loadFixturePage(name: string, url = 'http://127.0.0.1:4000/'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(readFileSync(join(dir, `${name}.html`), 'utf8'));
  // happy-dom 21 ignores the `selected` attribute while parsing; browsers honour it.
  for (const opt of window.document.querySelectorAll('option[selected]')) (opt as unknown as HTMLOptionElement).selected = true;
  return window.document as unknown as Document;
}

const names = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

describe('form fixtures', () => {
  it('has fixtures, each with its page', () => {
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(readdirSync(dir)).toContain(`${n}.html`);
  });

  describe.each(names)('%s', (name) => {
    const fixture = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Fixture;
    const parsed = parseAdapter(fixture.adapter, { isKnownField: isFieldId });
    const doc = loadFixturePage(name, fixture.url);

    it('has a valid adapter', () => {
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    });
    if (!parsed.ok) return;
    // With the enum labels the checker has from the background's `rules/text` answer.
    const result = readPage(doc, parsed.adapter, textBundle().values);

    it('reads the expected snapshot', () => {
      expect(result.snapshot).toEqual(fixture.expected.snapshot);
    });

    it('anchors each found field to the element it was read from', () => {
      expect([...result.elements.keys()].sort()).toEqual(Object.keys(fixture.expected.anchors).sort());
      for (const [field, selector] of Object.entries(fixture.expected.anchors)) {
        const want = doc.querySelector(selector);
        expect(want, `${field}: fixture selector ${selector}`).not.toBeNull();
        expect(result.elements.get(field) === want, `${field} anchored to ${selector}`).toBe(true);
      }
    });

    it('lists missing fields and read issues', () => {
      expect([...result.missing].sort()).toEqual([...fixture.expected.missing].sort());
      const byField = (a: { field: string }, b: { field: string }) => a.field.localeCompare(b.field);
      expect([...result.issues].sort(byField)).toEqual([...fixture.expected.issues].sort(byField));
    });

    it('reads again without parsing what did not change: the same read while nothing changed, after an edit what a new reader reads', () => {
      const reader = createPageReader(doc, parsed.adapter, textBundle().values);
      const first = reader.read();
      expect(first.values).toEqual(result.values);
      expect(reader.read()).toBe(first);
      const input = [...first.elements.values()].find((e): e is HTMLInputElement => e.tagName === 'INPUT' && ['text', ''].includes((e as HTMLInputElement).type));
      if (!input) return;
      const was = input.value;
      try {
        for (const value of ['2025年1月2日', '', was]) {
          input.value = value;
          const next = reader.read();
          expect(next.values).toEqual(readPage(doc, parsed.adapter, textBundle().values).values);
          expect(next.issues).toEqual(readPage(doc, parsed.adapter, textBundle().values).issues);
          expect(reader.read()).toBe(next);
        }
      } finally {
        input.value = was;
      }
    });

    it('after an input reads only the fields of its element, as a full read would; another field changed without an event waits for the full read (the poll)', () => {
      const labels = textBundle().values;
      const reader = createPageReader(doc, parsed.adapter, labels);
      const controls = [...doc.querySelectorAll<HTMLInputElement>('input, select, textarea')];
      const sel = (c: Element) => c as unknown as HTMLSelectElement;
      const saved = controls.map((c) => ({ value: c.value, checked: c.checked, index: sel(c).selectedIndex }));
      const restore = () => controls.forEach((c, i) => {
        if (c.tagName === 'SELECT') sel(c).selectedIndex = saved[i].index;
        else if (c.type === 'checkbox' || c.type === 'radio') c.checked = saved[i].checked;
        else c.value = saved[i].value;
      });
      const edits = (c: HTMLInputElement): (() => void)[] => {
        if (c.tagName === 'SELECT') return [() => (sel(c).selectedIndex = (sel(c).selectedIndex + 1) % sel(c).options.length)];
        if (c.type === 'checkbox' || c.type === 'radio') return [() => (c.checked = !c.checked)];
        return [() => (c.value = '2025年1月2日'), () => (c.value = 'x'), () => (c.value = '')];
      };
      try {
        // Every control of the page (radio buttons one by one, selects, checkboxes, text): an input on it reads what a new reader reads.
        for (const c of controls) {
          for (const edit of edits(c)) {
            reader.read();
            edit();
            const fresh = readPage(doc, parsed.adapter, labels);
            const next = reader.read(c);
            expect({ values: next.values, snapshot: next.snapshot, issues: next.issues }, `${name}: input on ${c.outerHTML}`).toEqual({ values: fresh.values, snapshot: fresh.snapshot, issues: fresh.issues });
            expect(reader.read(c)).toBe(next);
            expect(reader.read()).toBe(next);
          }
          restore();
        }
        // Two text fields: A edited with an input event, B set by a script without one.
        const first = reader.read();
        const texts = [...first.elements].filter(([, e]) => e.tagName === 'INPUT' && ['text', ''].includes((e as HTMLInputElement).type));
        if (texts.length < 2) return;
        const [[a, inputA], [b, inputB]] = texts as [string, HTMLInputElement][];
        const before = first.values[b];
        inputB.value = '2031年5月6日';
        inputA.value = '2030年1月2日';
        const afterInput = reader.read(inputA);
        expect(afterInput.values[a]).toBe(readPage(doc, parsed.adapter, labels).values[a]);
        expect(afterInput.values[b]).toBe(before);
        const polled = reader.read();
        expect(polled.values).toEqual(readPage(doc, parsed.adapter, labels).values);
        expect(polled.values[b]).not.toBe(before);
      } finally {
        restore();
      }
    });
  });
});
