// Objections (异议) kept in chrome.storage.local under `objections`, keyed caseNumber|ruleId|occurrenceKey
// (docs/configuration.md); the sync outbox is told of each one through its hook.
import { OBJECTION_REASON_MAX } from '../../shared/api/limits';
import { objectionKey, type NewObjection, type Objection } from '../protocol';
import { STORAGE_KEYS } from '../settings';


export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Checks a new objection; returns an error in both languages, or null. */
export function validateObjection(o: NewObjection): string | null {
  const reason = typeof o.reason === 'string' ? o.reason.trim() : '';
  if (reason === '') return '异议理由必填 / a reason is required';
  if (reason.length > OBJECTION_REASON_MAX) return `异议理由不超过 ${OBJECTION_REASON_MAX} 字 / at most ${OBJECTION_REASON_MAX} characters`;
  for (const k of ['caseNumber', 'ruleId', 'occurrenceKey', 'anchor'] as const) {
    if (typeof o[k] !== 'string' || o[k].trim() === '') return `缺少 ${k} / ${k} is required`;
  }
  if (!['red', 'yellow', 'green', 'grey'].includes(o.light)) return '无效的灯色 / invalid light';
  return null;
}

export function createObjectionStore(area: KeyValueArea, now: () => Date = () => new Date()) {
  // One read-modify-write at a time: two quick objections must not overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<Record<string, Objection>> => {
    const v = (await area.get(STORAGE_KEYS.objections))[STORAGE_KEYS.objections];
    return typeof v === 'object' && v !== null ? (v as Record<string, Objection>) : {};
  };
  return {
    async list(caseNumber: string): Promise<Objection[]> {
      await queue;
      return Object.values(await read()).filter((o) => o.caseNumber === caseNumber);
    },
    add(o: NewObjection): Promise<Objection> {
      const run = queue.then(async () => {
        const objection: Objection = {
          caseNumber: o.caseNumber.trim(),
          ruleId: o.ruleId,
          occurrenceKey: o.occurrenceKey,
          anchor: o.anchor,
          light: o.light,
          reason: o.reason.trim(),
          training: o.training === true,
          key: '',
          createdAt: now().toISOString(),
        };
        objection.key = objectionKey(objection);
        const all = await read();
        all[objection.key] = objection;
        await area.set({ [STORAGE_KEYS.objections]: all });
        return objection;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

export type ObjectionStore = ReturnType<typeof createObjectionStore>;
