// The common event, checked without zod: POST /events checks each of up to 500 events by itself, and
// DefectEventSchema.safeParse took ~9 µs per event, about a tenth of the ingest's CPU (issue 12).
// quickEvent answers the event only when it is certainly one DefectEventSchema accepts unchanged:
// every key known, every required key present, each value of the type, length, range and pattern the
// schema asks. Anything else (an objection, whose reason zod trims; any doubt at all) answers
// undefined, and the caller runs zod, which accepts it or says exactly what is wrong.
// test/companion/routes/event-fast-path.test.ts holds the two to each other on thousands of
// mutated events: whatever quickEvent accepts, zod accepts with the same data.
import { CivilDateSchema, IdSchema, InstantSchema } from '../../shared/api/common.ts';
import type { DefectEvent } from '../../shared/api/index.ts';
import { LIGHTS } from '../../shared/light.ts';

/** The pattern zod checks a string format with, or undefined when its internals do not show it (then no fast path). */
function zodPattern(schema: unknown): RegExp | undefined {
  const p = (schema as { _zod?: { def?: { pattern?: unknown } } })._zod?.def?.pattern;
  return p instanceof RegExp ? new RegExp(p.source, p.flags.replace('g', '')) : undefined;
}

const UUID = zodPattern(IdSchema);
const INSTANT = zodPattern(InstantSchema);
const DATE = zodPattern(CivilDateSchema);
/** As shared/api/common.ts: SlugSchema and the printable texts (case number, occurrence key). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const PRINTABLE = /^[^\u0000-\u001f\u007f]+$/;

const KINDS: ReadonlySet<unknown> = new Set(['observed', 'rectified']);
const LIGHT_SET: ReadonlySet<unknown> = new Set(LIGHTS);
const REQUIRED = ['id', 'kind', 'caseNumber', 'ruleId', 'ruleVersion', 'occurrenceKey', 'light', 'points', 'observedAt', 'procedure', 'training'] as const;
const OPTIONAL: ReadonlySet<string> = new Set(['messageId', 'due']);
const KNOWN: ReadonlySet<string> = new Set([...REQUIRED, ...OPTIONAL]);

const text = (v: unknown, max: number, pattern: RegExp): boolean =>
  typeof v === 'string' && v.length >= 1 && v.length <= max && pattern.test(v);
const int = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/**
 * The event as DefectEventSchema would answer it, when it is certainly valid; undefined when zod
 * must decide (including every objection and every event with something wrong).
 */
export function quickEvent(raw: unknown): DefectEvent | undefined {
  if (UUID === undefined || INSTANT === undefined || DATE === undefined) return undefined;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || Object.getPrototypeOf(raw) !== Object.prototype) return undefined;
  const e = raw as Record<string, unknown>;
  let count = 0;
  for (const k in e) {
    if (!Object.hasOwn(e, k) || !KNOWN.has(k)) return undefined;
    count++;
  }
  if (Object.getOwnPropertySymbols(e).length > 0) return undefined;
  let optional = 0;
  if ('messageId' in e) { optional++; if (!text(e.messageId, 100, SLUG)) return undefined; }
  if ('due' in e) { optional++; if (typeof e.due !== 'string' || !DATE.test(e.due)) return undefined; }
  if (count !== REQUIRED.length + optional) return undefined;
  if (typeof e.id !== 'string' || !UUID.test(e.id)) return undefined;
  if (!KINDS.has(e.kind) || !LIGHT_SET.has(e.light)) return undefined;
  if (!text(e.caseNumber, 100, PRINTABLE) || !text(e.occurrenceKey, 200, PRINTABLE)) return undefined;
  if (!text(e.ruleId, 100, SLUG) || !text(e.procedure, 100, SLUG)) return undefined;
  if (!int(e.ruleVersion, 1, 1_000_000) || !int(e.points, 0, 100)) return undefined;
  if (typeof e.observedAt !== 'string' || !INSTANT.test(e.observedAt)) return undefined;
  if (typeof e.training !== 'boolean') return undefined;
  return { ...e } as DefectEvent;
}
