// First run: demo units, users and a few weeks of clearly marked demo events, so a newcomer opens
// a populated dashboard. Every name says 演示 (demo), every event and defect carries demo = 1. The
// tokens are shown once, when seeded, and kept in <dataDir>/demo-tokens.json (0600) for
// `npm run companion -- demo tokens`; later starts do not print them again.
// A real deployment starts with --no-demo (or CASELIGHT_DEMO=0) and creates users with the CLI.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DefectEvent, Role } from '../../shared/api/index.ts';
import { scopeOf } from '../auth/scope.ts';
import type { Store } from '../db/store.ts';
import { todayInShanghai } from '../../shared/calendar/index.ts';
import { prng } from './prng.ts';

export const DEMO_TOKENS_FILE = 'demo-tokens.json';

export interface DemoUser { name: string; role: Role; unitCode: string; token: string }
export interface DemoSeedResult {
  /** True when this run created the demo data; false when it was there already. */
  created: boolean;
  /** The demo accounts with their tokens: only on the run that created them. */
  users: DemoUser[];
  tokensFile: string;
}

const units = [
  { code: '990100', name: '演示市人民检察院（演示）', parentCode: null },
  { code: '990101', name: '演示市东城区人民检察院（演示）', parentCode: '990100' },
  { code: '990102', name: '演示市西城区人民检察院（演示）', parentCode: '990100' },
];

const people: Array<{ key: string; name: string; role: Role; unitCode: string }> = [
  { key: 'admin', name: '系统管理员（演示）', role: 'admin', unitCode: '990100' },
  { key: 'city', name: '市院案管部 周主任（演示）', role: 'supervisor', unitCode: '990100' },
  { key: 'east-head', name: '东城区院 吴部长（演示）', role: 'supervisor', unitCode: '990101' },
  { key: 'west-head', name: '西城区院 郑部长（演示）', role: 'supervisor', unitCode: '990102' },
  { key: 'p1', name: '王晓明检察官（演示）', role: 'prosecutor', unitCode: '990101' },
  { key: 'p2', name: '李静检察官（演示）', role: 'prosecutor', unitCode: '990101' },
  { key: 'p3', name: '陈刚检察官（演示）', role: 'prosecutor', unitCode: '990102' },
  { key: 'p4', name: '赵敏检察官（演示）', role: 'prosecutor', unitCode: '990102' },
  { key: 'trainer', name: '培训讲师 孙老师（演示）', role: 'trainer', unitCode: '990100' },
];

/** Real rule ids from the catalogue (domain/rules-catalogue.md), the red outcome the demo reports, and the points it books by default. */
const prosecutionRules = [
  { ruleId: 'notice-suspect-counsel-3d', messageId: 'missing', points: 6 },
  { ruleId: 'notice-victim-agent-3d', messageId: 'missing', points: 6 },
  { ruleId: 'prosecution-review-1m', messageId: 'overdue-in-custody', points: 8 },
  { ruleId: 'plea-agreement-counsel-present', messageId: 'no-counsel', points: 9 },
  { ruleId: 'prosecution-mandatory-interrogation', messageId: 'missing', points: 8 },
  { ruleId: 'plea-audio-video', messageId: 'signing-not-recorded', points: 4 },
];
const arrestRules = [
  { ruleId: 'arrest-review-police-detained-7d', messageId: 'overdue', points: 8 },
  { ruleId: 'arrest-review-mandatory-interrogation', messageId: 'missing', points: 7 },
  { ruleId: 'family-notification-24h', messageId: 'missing', points: 6 },
  { ruleId: 'notice-suspect-counsel-3d', messageId: 'missing', points: 6 },
  { ruleId: 'arrest-review-police-not-detained-15-20d', messageId: 'overdue', points: 6 },
  { ruleId: 'interrogation-within-24h', messageId: 'missing', points: 6 },
];
/** Every rule the demo books defects against, with the outcome and the points the companion books for it (tested against the catalogue). */
export const DEMO_RULES: readonly { ruleId: string; messageId: string; points: number }[] = [...prosecutionRules, ...arrestRules];


const DAY = 86_400_000;
const isoDate = (ms: number) => todayInShanghai(new Date(ms));

/** The demo accounts saved when the demo was seeded into this data folder, if it was. */
export function readDemoTokens(dataDir: string): DemoUser[] | undefined {
  return readTokens(join(dataDir, DEMO_TOKENS_FILE));
}

function readTokens(file: string): DemoUser[] | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { users?: DemoUser[] };
    return Array.isArray(parsed.users) ? parsed.users : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Seeds the demo when the database has no users yet. Later runs answer `created: false` without the
 * tokens (they were shown once; the file keeps them), or undefined when this database was not seeded
 * with the demo.
 */
export async function seedDemo(store: Store, options: { dataDir: string; now?: Date }): Promise<DemoSeedResult | undefined> {
  const tokensFile = join(options.dataDir, DEMO_TOKENS_FILE);
  if ((await store.users.count()) > 0) {
    return existsSync(tokensFile) ? { created: false, users: [], tokensFile } : undefined;
  }
  const now = options.now ?? new Date();
  for (const u of units) {
    const r = await store.units.add(u, now);
    if (!r.ok && r.code !== 'exists') throw new Error(`demo unit ${u.code}: ${r.code}`);
  }
  const created = new Map<string, { id: string; unitCode: string; demo: DemoUser }>();
  for (const p of people) {
    const r = await store.users.add({ name: p.name, role: p.role, unitCode: p.unitCode, demo: true }, now);
    if (!r.ok) throw new Error(`demo user ${p.name}: ${r.code}`);
    created.set(p.key, { id: r.user.id, unitCode: p.unitCode, demo: { name: p.name, role: p.role, unitCode: p.unitCode, token: r.token } });
  }
  const users = [...created.values()].map((c) => c.demo);
  mkdirSync(options.dataDir, { recursive: true });
  writeFileSync(tokensFile, JSON.stringify({
    note: '演示账号令牌（仅用于演示数据）/ Tokens of the demo accounts (demo data only). Delete this file and the data folder to start over.',
    users,
  }, null, 2) + '\n', { mode: 0o600 });

  await seedEvents(store, created, now);
  return { created: true, users, tokensFile };
}

async function seedEvents(store: Store, created: Map<string, { id: string; unitCode: string }>, now: Date): Promise<void> {
  const random = prng(20210701);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const year = Number(todayInShanghai(now).slice(0, 4));
  const start = now.getTime() - 6 * 7 * DAY;
  const objections: Array<{ prosecutor: string; caseNumber: string; ruleId: string; occurrenceKey: string; decide?: 'accepted' | 'rejected' }> = [];
  let serial = 100;

  const prosecutors = ['p1', 'p2', 'p3', 'p4'];
  for (const [pi, key] of prosecutors.entries()) {
    const author = created.get(key) as { id: string; unitCode: string };
    const events: DefectEvent[] = [];
    const district = author.unitCode === '990101' ? '东' : '西';
    const caseCount = 7 + Math.floor(random() * 4);
    for (let c = 0; c < caseCount; c++) {
      // The first case of the first and third prosecutor goes over the per-case threshold (公诉 >= 40, others >= 30).
      const heavy = (pi === 0 || pi === 2) && c === 0;
      const prosecution = heavy ? pi === 0 : random() < 0.6;
      const procedure = prosecution ? 'prosecution-review' : 'arrest-review';
      const caseNumber = `演示${district}检${prosecution ? '刑诉受' : '捕受'}〔${year}〕${++serial}号`;
      const acceptedMs = start + Math.floor(random() * 35) * DAY;
      const rules = prosecution ? prosecutionRules : arrestRules;
      const count = heavy ? rules.length : 1 + Math.floor(random() * 3);
      const chosen = heavy ? rules : [...new Set(Array.from({ length: count }, () => pick(rules)))];
      for (const [ri, rule] of chosen.entries()) {
        const occurrenceKey = isoDate(acceptedMs);
        const observedMs = Math.min(acceptedMs + (2 + ri + Math.floor(random() * 5)) * DAY + 9.5 * 3600_000, now.getTime() - DAY);
        const base = {
          caseNumber, ruleId: rule.ruleId, ruleVersion: 1, occurrenceKey, procedure, training: false,
          due: isoDate(acceptedMs + 3 * DAY),
        };
        events.push({ ...base, id: randomUUID(), kind: 'observed', light: 'red', messageId: rule.messageId, points: rule.points, observedAt: new Date(observedMs).toISOString() });
        const rectifyMs = observedMs + (1 + Math.floor(random() * 6)) * DAY;
        if (random() < 0.55 && rectifyMs < now.getTime()) {
          events.push({ ...base, id: randomUUID(), kind: 'rectified', light: 'green', points: 0, observedAt: new Date(rectifyMs).toISOString() });
        } else if (!heavy && objections.length < 5 && random() < 0.35) {
          objections.push({ prosecutor: key, caseNumber, ruleId: rule.ruleId, occurrenceKey, decide: objections.length === 0 ? 'accepted' : objections.length === 1 ? 'rejected' : undefined });
          events.push({
            ...base, id: randomUUID(), kind: 'objected', light: 'red', messageId: rule.messageId, points: rule.points,
            observedAt: new Date(observedMs + 3600_000).toISOString(),
            objectionReason: '（演示）该期限因节假日顺延，实际未超期，请核查。',
          });
        }
      }
    }
    await store.events.ingest(author, events, { now, demo: true });
  }

  // Training-mode findings are stored apart and never reach the ledger: a few to show that.
  const trainer = created.get('trainer') as { id: string; unitCode: string };
  await store.events.ingest(trainer, [{
    id: randomUUID(), kind: 'observed', caseNumber: `培训案例〔${year}〕1号`, ruleId: 'notice-suspect-counsel-3d', ruleVersion: 1,
    occurrenceKey: isoDate(now.getTime() - 3 * DAY), light: 'red', messageId: 'missing', points: 6, observedAt: new Date(now.getTime() - 2 * DAY).toISOString(),
    procedure: 'prosecution-review', training: true,
  }], { now, demo: true });

  // Decide two objections so the dashboard shows each state; the rest stay pending.
  const units = await store.units.list();
  for (const o of objections.filter((x) => x.decide)) {
    const pending = await store.objections.list({ all: true }, { status: 'pending' });
    const match = pending.find((p) => p.caseNumber === o.caseNumber && p.ruleId === o.ruleId && p.occurrenceKey === o.occurrenceKey);
    if (!match) continue;
    const head = created.get(match.unitCode === '990101' ? 'east-head' : 'west-head') as { id: string; unitCode: string };
    const principal = { id: head.id, name: '', role: 'supervisor' as const, unitCode: head.unitCode, unitName: '' };
    await store.objections.decide(principal, scopeOf(principal, units), match.id, o.decide as 'accepted' | 'rejected',
      o.decide === 'accepted' ? '（演示）经核查，期满日为节假日且未在押，依法顺延，异议成立。' : '（演示）犯罪嫌疑人在押，期限不因节假日顺延，异议不成立。', now);
  }
}
