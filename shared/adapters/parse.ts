// Pure parsers for what host forms show: Chinese and ISO dates, date-times, yes/no words, numbers,
// and Chrome match patterns. No DOM; the extension's page reader and the adapter schema use them.

import { daysInMonth } from '../calendar';

const FULLWIDTH_DIGIT = /[０-９]/g;

/** Full-width digits (０-９) to ASCII; host systems typed with a Chinese IME produce them. */
export function toHalfWidthDigits(s: string): string {
  return s.replace(FULLWIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function civil(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

// 2025-09-08 · 2025/9/8 · 2025.09.08 · 2025年9月8日 · 20250908, optionally followed by a time part.
const DATE_PART = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|(\d{2})(\d{2}))/;
// 14:30 · 14:30:05 · 14时30分 · 14时30分05秒 · 14点30分 · 14时 (minutes 00)
const TIME_PART = /^(?:[T\s]\s*|\s*)(\d{1,2})\s*(?::\s*(\d{1,2})(?:\s*:\s*\d{1,2}(?:\.\d+)?)?|[时點点]\s*(?:(\d{1,2})\s*分(?:\s*\d{1,2}\s*秒)?)?)$/;

function splitDate(raw: string): { date: string; rest: string } | undefined {
  const s = toHalfWidthDigits(raw).trim();
  const m = DATE_PART.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2] ?? m[4] ?? m[6]);
  const d = Number(m[3] ?? m[5] ?? m[7]);
  const date = civil(y, mo, d);
  return date ? { date, rest: s.slice(m[0].length) } : undefined;
}

/**
 * A civil date `YYYY-MM-DD` from the spellings host forms use, or undefined. A time after the date
 * is ignored (a date-time in a date field keeps its date).
 *
 * @example parseDate('2025年9月8日') // '2025-09-08'
 * @example parseDate('2025/9/8 14:30') // '2025-09-08'
 * @example parseDate('2025-02-30') // undefined
 */
export function parseDate(raw: string): string | undefined {
  const parts = splitDate(raw);
  if (!parts) return undefined;
  if (parts.rest === '' || TIME_PART.test(parts.rest)) return parts.date;
  return undefined;
}

/**
 * A civil date-time `YYYY-MM-DDTHH:mm` (seconds dropped), or undefined when the date or the time
 * is missing or impossible.
 *
 * @example parseDateTime('2025年9月8日 14时30分') // '2025-09-08T14:30'
 * @example parseDateTime('2025-09-08T14:30:59') // '2025-09-08T14:30'
 */
export function parseDateTime(raw: string): string | undefined {
  const parts = splitDate(raw);
  if (!parts) return undefined;
  const t = TIME_PART.exec(parts.rest);
  if (!t) return undefined;
  const h = Number(t[1]);
  const min = Number(t[2] ?? t[3] ?? 0);
  if (h > 23 || min > 59) return undefined;
  return `${parts.date}T${pad2(h)}:${pad2(min)}`;
}

const YES = new Set(['是', '有', '已', 'true', 'yes', 'y', '1', '√', '✓']);
const NO = new Set(['否', '无', '無', '未', 'false', 'no', 'n', '0', '×', '✗']);

/**
 * Yes/no words: 是/否, 有/无, true/false (and yes/no, 1/0). Undefined for anything else, including
 * the empty string ("not filled in" is not "no").
 */
export function parseYesNo(raw: string): boolean | undefined {
  const s = raw.trim().toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return undefined;
}

/** A finite number from `12`, `1,200`, `３`, `-1.5`; undefined otherwise. */
export function parseNumber(raw: string): number | undefined {
  const s = toHalfWidthDigits(raw).replace(/[,，\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

export type ParseKind = 'date' | 'datetime' | 'yes-no' | 'number' | 'text';

/** Applies one of the adapter's `parse` kinds to a raw string; undefined when it does not parse. */
export function parseAs(kind: ParseKind, raw: string): string | number | boolean | undefined {
  switch (kind) {
    case 'date':
      return parseDate(raw);
    case 'datetime':
      return parseDateTime(raw);
    case 'yes-no':
      return parseYesNo(raw);
    case 'number':
      return parseNumber(raw);
    case 'text': {
      const s = raw.trim();
      return s === '' ? undefined : s;
    }
  }
}

// Chrome match patterns (Chrome extension docs, "Match patterns"):
// <scheme>://<host>[:<port>]<path>, scheme * = http or https, host * or *.domain, a pattern with no
// port matches every port.
const PATTERN = /^(\*|https?|wss?|file|ftp|urn):\/\/(\*|\*\.[^/*:[\]]+|\[[0-9a-fA-F:.]+\]|[^/*:[\]]*)(?::(\*|\d{1,5}))?(\/.*)$/;

export interface MatchPattern {
  scheme: string;
  host: string;
  port?: string;
  path: string;
}

/** The parts of a match pattern, or undefined when it is not one. `<all_urls>` has host `*`. */
export function parseMatchPattern(pattern: string): MatchPattern | undefined {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*', path: '/*' };
  const m = PATTERN.exec(pattern);
  if (!m) return undefined;
  const [, scheme, host, port, path] = m;
  if (scheme !== 'file' && host === '') return undefined;
  if (port !== undefined && port !== '*' && Number(port) > 65535) return undefined;
  return { scheme, host: host.toLowerCase(), port, path };
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443', 'ftp:': '21' };

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/**
 * True when `url` matches the Chrome match pattern. A pattern without a port matches every port,
 * so `http://127.0.0.1/*` covers `http://127.0.0.1:5173/training`.
 *
 * @example matchesPattern('http://localhost:8080/a?b=1', 'http://localhost/a*') // true
 * @example matchesPattern('https://example.com/', 'http://*\/*') // false
 */
export function matchesPattern(url: string, pattern: string): boolean {
  const p = parseMatchPattern(pattern);
  if (!p) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const scheme = u.protocol.slice(0, -1);
  if (p.scheme === '*' ? scheme !== 'http' && scheme !== 'https' && pattern !== '<all_urls>' : p.scheme !== scheme) return false;
  if (pattern === '<all_urls>') return ['http', 'https', 'file', 'ftp', 'ws', 'wss'].includes(scheme);
  const host = u.hostname.toLowerCase();
  if (p.host !== '*') {
    if (p.host.startsWith('*.')) {
      const base = p.host.slice(2);
      if (host !== base && !host.endsWith(`.${base}`)) return false;
    } else if (p.host !== host) return false;
  }
  if (p.port !== undefined && p.port !== '*') {
    const port = u.port || DEFAULT_PORTS[u.protocol] || '';
    if (port !== p.port) return false;
  }
  return globToRegExp(p.path).test(u.pathname + u.search);
}

/** True when any of the patterns matches. */
export function matchesAny(url: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => matchesPattern(url, p));
}

/**
 * The pattern Chrome's permission and content-script APIs accept for this one: they take no port,
 * so `http://10.1.2.3:8080/ajxx/*` asks for `http://10.1.2.3/*`.
 */
export function toPermissionOrigin(pattern: string): string | undefined {
  const p = parseMatchPattern(pattern);
  if (!p) return undefined;
  if (pattern === '<all_urls>') return pattern;
  return `${p.scheme}://${p.host}/*`;
}

// ── explicit date/time formats (adapter v2 `format`) ───────────────────────────────────────────
// A host that shows dates one fixed way (`2025.09.08`, `2025/9/8`, `2025年9月8日 9时5分`) can say so:
// the value then has to match that format exactly, so `9/8/2025` in a `YYYY/M/D` field is unread,
// not guessed. Tokens: YYYY, MM/M (month), DD/D (day), HH/H (hour), mm/m (minute), ss/s (second,
// dropped); any other character is literal, and a space matches any run of white space.

const FORMAT_TOKENS = ['YYYY', 'MM', 'M', 'DD', 'D', 'HH', 'H', 'mm', 'm', 'ss', 's'] as const;
type FormatToken = (typeof FORMAT_TOKENS)[number];

export interface DateFormat {
  /** Whether the format has an hour (then it reads date-times). */
  hasTime: boolean;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, or undefined when `raw` does not match or is impossible. */
  parse(raw: string): string | undefined;
}

/**
 * Compiles a date format such as `YYYY.MM.DD` or `YYYY年M月D日 H时m分`; undefined when it is not one
 * (it must have YYYY, a month and a day, each once; minutes only with an hour).
 *
 * @example compileDateFormat('YYYY/M/D')?.parse('2025/9/8') // '2025-09-08'
 */
export function compileDateFormat(format: string): DateFormat | undefined {
  if (format.length === 0 || format.length > 60) return undefined;
  const order: FormatToken[] = [];
  let source = '';
  for (let i = 0; i < format.length; ) {
    const token = FORMAT_TOKENS.find((t) => format.startsWith(t, i));
    if (token) {
      order.push(token);
      source += token === 'YYYY' ? '(\\d{4})' : token.length === 2 ? '(\\d{2})' : '(\\d{1,2})';
      i += token.length;
    } else {
      const c = format[i];
      source += /\s/.test(c) ? '\\s*' : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      i += 1;
    }
  }
  const count = (k: string) => order.filter((t) => t[0] === k).length;
  if (count('Y') !== 1 || count('M') !== 1 || count('D') !== 1 || count('H') > 1 || count('m') > 1 || count('s') > 1) return undefined;
  if (count('m') === 1 && count('H') === 0) return undefined;
  const hasTime = count('H') === 1;
  const re = new RegExp(`^\\s*${source}\\s*$`);
  return {
    hasTime,
    parse(raw: string) {
      const m = re.exec(toHalfWidthDigits(raw));
      if (!m) return undefined;
      const got: Partial<Record<string, number>> = {};
      order.forEach((t, i) => (got[t[0]] = Number(m[i + 1])));
      const date = civil(got.Y!, got.M!, got.D!);
      if (!date || !hasTime) return date;
      const h = got.H!;
      const min = got.m ?? 0;
      if (h > 23 || min > 59 || (got.s ?? 0) > 59) return undefined;
      return `${date}T${pad2(h)}:${pad2(min)}`;
    },
  };
}

/**
 * A value in an explicit format, as the field's kind wants it: a date-time format read into a date
 * field keeps its date; a date-only format cannot give a date-time.
 */
export function parseWithFormat(format: string, kind: 'date' | 'datetime', raw: string): string | undefined {
  const f = compileDateFormat(format);
  const v = f?.parse(raw);
  if (v === undefined) return undefined;
  if (kind === 'date') return v.slice(0, 10);
  return f!.hasTime ? v : undefined;
}
