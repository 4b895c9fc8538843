import { describe, expect, it } from 'vitest';
import { isGeneratedId, selectorUsesGeneratedId } from '../../../shared/adapters/anchors';
import { compileDateFormat, parseWithFormat } from '../../../shared/adapters/parse';
import { fieldAnchors, parseAdapter } from '../../../shared/adapters/schema';

describe('isGeneratedId', () => {
  it.each([
    'ext-gen123', 'ext-comp-1001', 'x-auto-4', 'el-id-1024-7', 'ui-id-5', 'gwt-uid-12', 'j_idt12', ':r1:', 'react-select-3-input',
    'mui-12', '3f2504e0-4f89-11d3-9a0c-0305e82c3301', '3F2504E04F8911D39A0C0305E82C3301', 'field_1718000000000', 'row20250908',
    'cell-3-14', '123abc', '__BVID__12', 'f_a3c9e81b7d2f40aa',
  ])('%s is generated', (id) => {
    expect(isGeneratedId(id)).toBe(true);
  });

  it.each(['ajbh', 'slrq', 'caseNumber', 'tab-basic', 'sfzy', 'main', 'field2', 'step-3', 'q1'])('%s is stable', (id) => {
    expect(isGeneratedId(id)).toBe(false);
  });

  it('finds generated ids inside selectors', () => {
    expect(selectorUsesGeneratedId('#ext-gen12 > input')).toBe(true);
    expect(selectorUsesGeneratedId('div[id="x-auto-4"] span')).toBe(true);
    expect(selectorUsesGeneratedId('#ajxx input[name="slrq"]')).toBe(false);
  });
});

describe('date formats', () => {
  it.each([
    ['YYYY.MM.DD', '2025.09.08', 'date', '2025-09-08'],
    ['YYYY/M/D', '2025/9/8', 'date', '2025-09-08'],
    ['YYYY/M/D', '２０２５/9/8', 'date', '2025-09-08'],
    ['YYYY年M月D日 H时m分', '2025年9月8日 9时5分', 'datetime', '2025-09-08T09:05'],
    ['YYYY年M月D日 H时m分', '2025年9月8日9时5分', 'datetime', '2025-09-08T09:05'],
    ['YYYY年M月D日 H时m分', '2025年9月8日 9时5分', 'date', '2025-09-08'],
    ['DD.MM.YYYY', '08.09.2025', 'date', '2025-09-08'],
  ] as const)('%s reads %s as a %s %s', (format, raw, kind, want) => {
    expect(parseWithFormat(format, kind, raw)).toBe(want);
  });

  it.each([
    ['YYYY.MM.DD', '2025/09/08', 'date'], // another separator is not guessed
    ['YYYY.MM.DD', '2025.9.8', 'date'], // MM wants two digits
    ['YYYY/M/D', '2025/2/30', 'date'],
    ['YYYY/M/D', '2025/9/8', 'datetime'], // a date-only format has no time
    ['YYYY年M月D日 H时m分', '2025年9月8日 25时5分', 'datetime'],
  ] as const)('%s refuses %s as a %s', (format, raw, kind) => {
    expect(parseWithFormat(format, kind, raw)).toBeUndefined();
  });

  it.each(['', 'MM/DD', 'YYYY-MM', 'YYYY-MM-DD-DD', 'YYYY-MM-DD mm'])('%s is not a date format', (f) => {
    expect(compileDateFormat(f)).toBeUndefined();
  });
});

const base = { id: 'hostile', name: '测试系统', version: 1, match: ['http://10.1.2.3:8080/*'] };

describe('adapter format v2', () => {
  it('accepts anchors with frame, within, read and format beside v1 fields', () => {
    const r = parseAdapter({
      ...base,
      fields: {
        caseNumber: { selector: '#ajbh' },
        acceptedOn: {
          anchors: [{ label: '受理日期' }, { name: 'slrq' }, { id: 'slrq' }, { aria: '受理日期' }, { selector: 'td:nth-of-type(2) input' }],
          frame: ['iframe[name="main"]', 'iframe[name="sub"]'],
          within: '#tab-basic',
          read: 'text',
          format: 'YYYY.MM.DD',
        },
      },
    });
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (r.ok) expect(fieldAnchors(r.adapter.fields.acceptedOn).map((a) => Object.keys(a)[0])).toEqual(['label', 'name', 'id', 'aria', 'selector']);
  });

  it('refuses a generated id as an anchor, in Chinese and English', () => {
    const r = parseAdapter({ ...base, fields: { acceptedOn: { anchors: [{ id: 'ext-gen123' }] } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].path).toBe('fields.acceptedOn.anchors.0.id');
    expect(r.errors[0].zh).toMatch(/自动生成/);
    expect(r.errors[0].en).toMatch(/generated/);
  });

  it('refuses an anchor with two kinds, anchors beside a v1 locator, and a bad format', () => {
    const two = parseAdapter({ ...base, fields: { acceptedOn: { anchors: [{ label: '受理日期', name: 'slrq' }] } } });
    expect(two.ok ? [] : two.errors.map((e) => e.zh).join()).toMatch(/只能有 label、name、id、aria、selector 之一/);
    const both = parseAdapter({ ...base, fields: { acceptedOn: { label: '受理日期', anchors: [{ name: 'slrq' }] } } });
    expect(both.ok ? [] : both.errors.map((e) => e.en).join()).toMatch(/exactly one way/);
    const fmt = parseAdapter({ ...base, fields: { acceptedOn: { anchors: [{ name: 'slrq' }], format: 'DD/MM' } } });
    expect(fmt.ok ? [] : fmt.errors.map((e) => `${e.path} ${e.zh}`).join()).toMatch(/fields\.acceptedOn\.format 不是有效的日期格式/);
    const read = parseAdapter({ ...base, fields: { acceptedOn: { anchors: [{ name: 'slrq' }], read: 'html' } } });
    expect(read.ok).toBe(false);
  });
});
