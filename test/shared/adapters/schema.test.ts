import { describe, expect, it } from 'vitest';
import { formatAdapterErrors, parseAdapter } from '../../../shared/adapters/schema';

const valid = {
  id: 'province-x',
  name: '某省统一业务应用系统',
  version: 1,
  match: ['http://10.1.2.3/ajxx/*'],
  fields: {
    caseNumber: { selector: '#ajbh' },
    acceptedOn: { label: '受理日期', parse: 'date' },
    inCustody: { label: '是否在押', parse: 'yes-no' },
    procedure: { name: 'ajlb', map: { 审查逮捕: 'arrest-review', 审查起诉: 'prosecution-review' } },
  },
};

const known = (id: string) => ['caseNumber', 'acceptedOn', 'inCustody', 'procedure'].includes(id);

describe('parseAdapter', () => {
  it('accepts a valid adapter given as an object or as JSON text', () => {
    expect(parseAdapter(valid, { isKnownField: known })).toMatchObject({ ok: true, adapter: { id: 'province-x' } });
    expect(parseAdapter(JSON.stringify(valid), { isKnownField: known }).ok).toBe(true);
  });

  it('reports broken JSON in both languages', () => {
    const r = parseAdapter('{"id": ');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].zh).toMatch(/不是有效的 JSON/);
    expect(r.errors[0].en).toMatch(/not valid JSON/);
  });

  it('requires exactly one locator per field', () => {
    const r = parseAdapter({ ...valid, fields: { acceptedOn: { label: '受理日期', selector: '#slrq' }, caseNumber: {} } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path).sort()).toEqual(['fields.acceptedOn', 'fields.caseNumber']);
    expect(r.errors[0].zh).toMatch(/只能给出一种定位方式/);
  });

  it('checks field ids against the case-field registry by default', () => {
    const r = parseAdapter({ ...valid, fields: { ...valid.fields, notAField: { label: 'x' } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual(['fields.notAField']);
  });

  it('rejects unknown case fields, with the field in the path', () => {
    const r = parseAdapter({ ...valid, fields: { ...valid.fields, acceptDate: { label: '受理日期' } } }, { isKnownField: known });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].path).toBe('fields.acceptDate');
    expect(r.errors[0].zh).toContain('未知的案件字段');
  });

  it('rejects bad match patterns, parse kinds, typos and missing keys', () => {
    const r = parseAdapter({
      id: 'Bad Id', name: '', match: ['10.1.2.3'],
      fields: { acceptedOn: { label: '受理日期', parse: 'chinese-date' }, inCustody: { lable: '是否在押' } },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['id', 'name', 'version', 'match.0', 'fields.acceptedOn.parse', 'fields.inCustody']));
    for (const e of r.errors) {
      expect(e.zh.length).toBeGreaterThan(0);
      expect(e.en.length).toBeGreaterThan(0);
    }
    expect(formatAdapterErrors(r.errors)).toContain('version: 缺少必填项');
    expect(formatAdapterErrors(r.errors, 'en')).toContain('version: required');
  });
});
