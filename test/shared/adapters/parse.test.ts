import { describe, expect, it } from 'vitest';
import {
  matchesPattern, parseDate, parseDateTime, parseMatchPattern, parseNumber, parseYesNo, toPermissionOrigin,
} from '../../../shared/adapters/parse';

describe('parseDate', () => {
  it.each([
    ['2025-09-08', '2025-09-08'],
    ['2025/9/8', '2025-09-08'],
    ['2025.09.08', '2025-09-08'],
    ['2025年9月8日', '2025-09-08'],
    ['2025 年 9 月 8 日', '2025-09-08'],
    ['２０２５年９月８日', '2025-09-08'],
    ['  2025-9-8 ', '2025-09-08'],
    ['20250908', '2025-09-08'],
    ['2024-02-29', '2024-02-29'],
    // a date-time in a date field keeps its date
    ['2025-09-08 14:30', '2025-09-08'],
    ['2025年9月8日 14时30分', '2025-09-08'],
  ])('reads %s as %s', (raw, want) => {
    expect(parseDate(raw)).toBe(want);
  });

  it.each(['', '2025-02-30', '2025-13-01', '2023-02-29', '9/8/2025', 'abc', '2025-09-08 foo', '2025年9月'])(
    'rejects %s',
    (raw) => {
      expect(parseDate(raw)).toBeUndefined();
    },
  );
});

describe('parseDateTime', () => {
  it.each([
    ['2025-09-08 14:30', '2025-09-08T14:30'],
    ['2025-09-08T14:30:59', '2025-09-08T14:30'],
    ['2025/9/8 9:05', '2025-09-08T09:05'],
    ['2025年9月8日 14时30分', '2025-09-08T14:30'],
    ['2025年9月8日14时30分', '2025-09-08T14:30'],
    ['2025年9月8日 14时30分20秒', '2025-09-08T14:30'],
    ['2025年9月8日 14点30分', '2025-09-08T14:30'],
    ['2025年9月8日 14时', '2025-09-08T14:00'],
    ['2025.09.08 23:59', '2025-09-08T23:59'],
  ])('reads %s as %s', (raw, want) => {
    expect(parseDateTime(raw)).toBe(want);
  });

  it.each(['2025-09-08', '2025-09-08 24:00', '2025-09-08 12:60', '2025-02-30 10:00', '14:30'])('rejects %s', (raw) => {
    expect(parseDateTime(raw)).toBeUndefined();
  });
});

describe('parseYesNo', () => {
  it.each([['是', true], ['否', false], ['有', true], ['无', false], ['true', true], ['FALSE', false], [' 是 ', true]] as const)(
    'reads %s',
    (raw, want) => {
      expect(parseYesNo(raw)).toBe(want);
    },
  );
  it('treats empty and unknown words as unknown, never as no', () => {
    expect(parseYesNo('')).toBeUndefined();
    expect(parseYesNo('不详')).toBeUndefined();
  });
});

describe('parseNumber', () => {
  it('reads plain, grouped and full-width numbers', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber('1,200')).toBe(1200);
    expect(parseNumber('３')).toBe(3);
    expect(parseNumber('-1.5')).toBe(-1.5);
    expect(parseNumber('two')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });
});

describe('matchesPattern', () => {
  it.each([
    ['http://127.0.0.1:5173/training/case/1', 'http://127.0.0.1/*', true],
    ['http://127.0.0.1/x', 'http://127.0.0.1/*', true],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080/*', true],
    ['http://127.0.0.1:8081/x', 'http://127.0.0.1:8080/*', false],
    ['http://127.0.0.1/x', 'http://127.0.0.1:80/*', true],
    ['http://localhost:3000/a/b?c=1', 'http://localhost/a/*', true],
    ['http://localhost:3000/b', 'http://localhost/a/*', false],
    ['https://case.jcy.gov.cn/ajxx', '*://*.jcy.gov.cn/*', true],
    ['https://jcy.gov.cn/ajxx', '*://*.jcy.gov.cn/*', true],
    ['https://evil-jcy.gov.cn/', '*://*.jcy.gov.cn/*', false],
    ['ftp://x.cn/', '*://*/*', false],
    ['http://10.1.2.3:8080/ajxx/list', 'http://10.1.2.3:*/ajxx/*', true],
    ['http://[::1]:8080/a', 'http://[::1]/*', true],
    ['http://127.0.0.1/x', '<all_urls>', true],
    ['not a url', 'http://*/*', false],
    ['http://127.0.0.1/x', 'not a pattern', false],
  ])('%s against %s is %s', (url, pattern, want) => {
    expect(matchesPattern(url, pattern)).toBe(want);
  });

  it('rejects malformed patterns', () => {
    for (const p of ['http://127.0.0.1', 'http://*foo.com/*', 'gopher://x/*', 'http://a:99999/*', 'http:///*']) {
      expect(parseMatchPattern(p), p).toBeUndefined();
    }
  });

  it('drops the port for permission requests', () => {
    expect(toPermissionOrigin('http://10.1.2.3:8080/ajxx/*')).toBe('http://10.1.2.3/*');
  });
});
