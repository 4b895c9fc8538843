// The studio's pure logic: formats guessed from what the page shows, value maps, field suggestions,
// the locator a pick gives, match patterns for intranet hosts (any port, bare IPs), coverage, diffs.
import { describe, expect, it } from 'vitest';
import { matchesPattern, toPermissionOrigin } from '../../../shared/adapters/parse';
import { parseAdapter, type Adapter } from '../../../shared/adapters/schema';
import { rules } from '../../../shared/rules';
import {
  coverage, diffAdapters, guessFormat, idFor, locatorFor, matchFor, proposeMap, suggestFields, valuesNeedingMap, type Pick,
} from '../../../extension/studio/draft';

function pick(p: Partial<Pick>): Pick {
  return { url: 'http://10.1.2.3:8080/ajxx/index.html', tag: 'input', anchors: [], texts: [], readHint: undefined, ...p };
}

describe('guessFormat', () => {
  it.each([
    ['2025.09.08', false, 'YYYY.MM.DD'],
    ['2025/9/8', false, 'YYYY/M/D'],
    ['2025-09-08', false, 'YYYY-MM-DD'],
    ['2025年9月8日', false, 'YYYY年M月D日'],
    ['2025年9月8日 9时5分', true, 'YYYY年M月D日 H时m分'],
    ['abc', false, undefined],
  ] as const)('%s → %s', (text, withTime, want) => {
    expect(guessFormat(text, withTime)).toBe(want);
  });
});

describe('value maps', () => {
  it('asks for a map only where the shown text does not read by itself', () => {
    expect(valuesNeedingMap('inCustody', pick({ tag: 'select', options: ['在押', '未在押'], texts: ['在押'] }))).toEqual(['在押', '未在押']);
    expect(valuesNeedingMap('hasCounsel', pick({ tag: 'select', options: ['是', '否'], texts: ['否'] }))).toEqual([]);
    expect(valuesNeedingMap('procedure', pick({ tag: 'span', texts: ['审查起诉'] }))).toEqual(['审查起诉']);
    expect(valuesNeedingMap('acceptedOn', pick({ texts: ['2025.09.08'] }))).toEqual([]);
  });

  it('proposes enum values by their Chinese labels and yes/no by negation', () => {
    expect(proposeMap('procedure', ['审查起诉', '审查逮捕', '其他'])).toEqual({ '审查起诉': 'prosecution-review', '审查逮捕': 'arrest-review' });
    expect(proposeMap('inCustody', ['在押', '未在押'])).toEqual({ '在押': '是', '未在押': '否' });
  });
});

describe('suggestFields', () => {
  it('ranks the registry by the page label and the value type', () => {
    expect(suggestFields(pick({ label: '受理日期', texts: ['2025.09.08'] }), '')[0].id).toBe('acceptedOn');
    const dated = suggestFields(pick({ label: '受理日期', texts: ['2025.09.08'] }), '', 200);
    expect(dated.every((f) => f.type === 'date' || f.type === 'text' || f.type === 'enum' || f.type === 'boolean')).toBe(true);
  });

  it('searches Chinese labels, English labels and ids', () => {
    expect(suggestFields(null, '委托辩护人').map((f) => f.id)).toContain('suspectCounselNoticeOn');
    expect(suggestFields(null, 'hasCounsel').map((f) => f.id)).toEqual(['hasCounsel']);
  });
});

describe('locatorFor', () => {
  it('keeps only the usable anchors, in order, with the frame chain, the read mode and the format', () => {
    const loc = locatorFor('acceptedOn', pick({
      tag: 'span', readHint: 'text', texts: ['2025.09.08'], frame: ['iframe[name="main"]'],
      anchors: [
        { anchor: { label: '备注' }, count: 2, usable: false },
        { anchor: { label: '受理日期' }, count: 1, usable: true },
        { anchor: { selector: 'body > div > span' }, count: 1, usable: true },
      ],
    }));
    expect(loc).toEqual({ anchors: [{ label: '受理日期' }, { selector: 'body > div > span' }], frame: ['iframe[name="main"]'], read: 'text', format: 'YYYY.MM.DD' });
    expect(parseAdapter({ id: 'x', name: 'x', version: 1, match: ['http://10.1.2.3/*'], fields: { acceptedOn: loc } }).ok).toBe(true);
  });

  it('reads a checkbox as checked for a yes/no field', () => {
    expect(locatorFor('suspectCounselNoticeProof', pick({ inputType: 'checkbox', checked: true, anchors: [{ anchor: { label: '附卷' }, count: 1, usable: true }] })).read).toBe('checked');
  });
});

describe('host patterns', () => {
  it('covers any port and bare IPs, and asks Chrome for the port-less origin', () => {
    const p = matchFor('http://10.1.2.3:8080/ajxx/index.html?id=1');
    expect(p).toBe('http://10.1.2.3/ajxx/*');
    expect(matchesPattern('http://10.1.2.3:8080/ajxx/x', p)).toBe(true);
    expect(matchesPattern('http://10.1.2.3/ajxx/x', p)).toBe(true);
    expect(matchesPattern('http://10.1.2.4:8080/ajxx/x', p)).toBe(false);
    expect(toPermissionOrigin(p)).toBe('http://10.1.2.3/*');
    expect(matchFor('http://tyyw.xx.jcy/')).toBe('http://tyyw.xx.jcy/*');
    expect(matchesPattern('http://10.1.2.3:9090/a', 'http://10.1.2.3:*/*')).toBe(true);
    expect(matchesPattern('http://10.1.2.3:9090/a', 'http://10.1.2.3:8080/*')).toBe(false);
    expect(matchesPattern('http://[fd00::1]:8080/a', 'http://[fd00::1]/*')).toBe(true);
    expect(idFor('http://10.1.2.3:8080/x')).toBe('host-10-1-2-3');
  });
});

describe('coverage', () => {
  it('names the unmapped fields and the rules that stay grey, per procedure', () => {
    const none = coverage(rules, new Set()).find((c) => c.procedure === 'prosecution-review')!;
    expect(none.grey.map((g) => g.id)).toContain('notice-suspect-counsel-3d');
    expect(none.unmapped).toContain('acceptedOn');
    const some = coverage(rules, new Set(['acceptedOn', 'suspectCounselNoticeOn']), new Set(['suspectCounselNoticeOn'])).find((c) => c.procedure === 'prosecution-review')!;
    expect(some.grey.map((g) => g.id)).not.toContain('notice-suspect-counsel-3d');
    expect(some.ready).toBeGreaterThan(none.ready);
    expect(some.unmapped).not.toContain('acceptedOn');
    expect(some.unreadable).toEqual(['suspectCounselNoticeOn']);
  });
});

describe('diffAdapters', () => {
  it('lists added, removed and changed fields', () => {
    const a = { id: 'x', name: 'x', version: 1, match: ['http://a/*'], fields: { acceptedOn: { label: '受理日期' }, caseNumber: { selector: '#ajbh' } } } as Adapter;
    const b = { ...a, version: 2, fields: { acceptedOn: { anchors: [{ label: '受理日期' }] }, inCustody: { label: '是否在押' } } } as Adapter;
    expect(diffAdapters(a, b)).toEqual({ added: ['inCustody'], removed: ['caseNumber'], changed: ['acceptedOn'], other: [] });
    expect(diffAdapters(null, b).added).toEqual(['acceptedOn', 'inCustody']);
  });
});
