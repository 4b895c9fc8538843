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
import { EVALUATION_PEOPLE, seedEvaluationDemo } from './evaluation.ts';
import { seedDemoAssessments } from './assessments.ts';

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

const people: Array<{ key: string; name: string; role: Role; unitCode: string; leader?: true }> = [
  { key: 'admin', name: '系统管理员（演示）', role: 'admin', unitCode: '990100' },
  { key: 'city', name: '市院案管部 周主任（演示）', role: 'supervisor', unitCode: '990100' },
  { key: 'east-head', name: '东城区院 吴部长（演示）', role: 'supervisor', unitCode: '990101' },
  { key: 'west-head', name: '西城区院 郑部长（演示）', role: 'supervisor', unitCode: '990102' },
  { key: 'p1', name: '王晓明检察官（演示）', role: 'prosecutor', unitCode: '990101' },
  { key: 'p2', name: '李静检察官（演示）', role: 'prosecutor', unitCode: '990101' },
  { key: 'p3', name: '陈刚检察官（演示）', role: 'prosecutor', unitCode: '990102' },
  { key: 'p4', name: '赵敏检察官（演示）', role: 'prosecutor', unitCode: '990102' },
  { key: 'trainer', name: '培训讲师 孙老师（演示）', role: 'trainer', unitCode: '990100' },
  ...EVALUATION_PEOPLE,
];

/**
 * A demo defect: a real rule id from the catalogue (domain/rules-catalogue.md), the red outcome the
 * demo reports, the points the companion books for it by default, when it falls due (days after the
 * case was received: each defect of a case has its own date), and a reason a prosecutor would give
 * when objecting to that very defect.
 */
export interface DemoRule { ruleId: string; messageId: string; points: number; dueAfterDays: number; objection: string }

const noticeCounsel: DemoRule = { ruleId: 'notice-suspect-counsel-3d', messageId: 'missing', points: 6, dueAfterDays: 3,
  objection: '（演示）受案次日已当面告知犯罪嫌疑人有权委托辩护人，告知笔录在卷，系统未及时录入。' };
const noticeVictim: DemoRule = { ruleId: 'notice-victim-agent-3d', messageId: 'missing', points: 6, dueAfterDays: 3,
  objection: '（演示）已于三日内电话告知被害人有权委托诉讼代理人并制作记录，书面告知书随后送达。' };
const interrogationBeforeCharge: DemoRule = { ruleId: 'prosecution-mandatory-interrogation', messageId: 'missing', points: 8, dueAfterDays: 25,
  objection: '（演示）审查起诉阶段已讯问犯罪嫌疑人，讯问笔录已入卷，系统漏填讯问日期。' };
const pleaCounsel: DemoRule = { ruleId: 'plea-agreement-counsel-present', messageId: 'no-counsel', points: 9, dueAfterDays: 18,
  objection: '（演示）签署具结书时值班律师在场并签字，见具结书末页。' };
const pleaRecording: DemoRule = { ruleId: 'plea-audio-video', messageId: 'signing-not-recorded', points: 4, dueAfterDays: 18,
  objection: '（演示）签署具结书全程同步录音录像，录像已归档，系统漏填。' };
const reviewPeriod = (inCustody: boolean): DemoRule => ({ ruleId: 'prosecution-review-1m', messageId: inCustody ? 'overdue-in-custody' : 'overdue', points: inCustody ? 8 : 6, dueAfterDays: 30,
  objection: '（演示）已报请延长审查起诉期限十五日，批准文书在卷。' });
const arrestInterrogation = (dueAfterDays: number): DemoRule => ({ ruleId: 'arrest-review-mandatory-interrogation', messageId: 'missing', points: 7, dueAfterDays,
  objection: '（演示）决定前已讯问犯罪嫌疑人，讯问笔录在卷，系统漏填讯问日期。' });
const hearDefence = (dueAfterDays: number): DemoRule => ({ ruleId: 'hear-defense-opinions', messageId: 'missing', points: 5, dueAfterDays,
  objection: '（演示）辩护律师已提交书面意见并附卷，审查报告已载明，系统未录入。' });

/**
 * The kinds of demo case and the defects each can carry, consistent with its procedure and custody:
 * an arrest review of a detained suspect (7 days) never carries the 15/20-day rule of one at liberty,
 * nor a review for prosecution out of custody the in-custody outcome.
 */
const caseKinds = {
  'prosecution-custody': { procedure: 'prosecution-review', prefix: '刑诉受', rules: [noticeCounsel, noticeVictim, reviewPeriod(true), interrogationBeforeCharge, pleaCounsel, pleaRecording] },
  'prosecution-at-liberty': { procedure: 'prosecution-review', prefix: '刑诉受', rules: [noticeCounsel, noticeVictim, reviewPeriod(false), interrogationBeforeCharge, pleaRecording] },
  'arrest-detained': { procedure: 'arrest-review', prefix: '捕受', rules: [
    { ruleId: 'arrest-review-police-detained-7d', messageId: 'overdue-detained', points: 10, dueAfterDays: 7,
      objection: '（演示）提请批准逮捕书收到日期录入有误，实际于次日收到，决定未超期。' },
    arrestInterrogation(6), hearDefence(6),
    { ruleId: 'legal-aid-mandatory-notice-3d', messageId: 'missing', points: 8, dueAfterDays: 3,
      objection: '（演示）犯罪嫌疑人系未成年人，已于三日内通知法律援助机构指派律师，通知书在卷。' },
  ] },
  'arrest-at-liberty': { procedure: 'arrest-review', prefix: '捕受', rules: [
    { ruleId: 'arrest-review-police-not-detained-15-20d', messageId: 'overdue', points: 6, dueAfterDays: 15,
      objection: '（演示）本案属重大、复杂案件，审查期限为二十日，尚未届满。' },
    arrestInterrogation(14), hearDefence(14),
  ] },
} as const satisfies Record<string, { procedure: string; prefix: string; rules: readonly DemoRule[] }>;
export type DemoCaseKind = keyof typeof caseKinds;
export const DEMO_CASE_KINDS: Readonly<Record<DemoCaseKind, { procedure: string; rules: readonly DemoRule[] }>> = caseKinds;

/** Every rule the demo books defects against, with the outcome and the points the companion books for it (tested against the catalogue). */
export const DEMO_RULES: readonly DemoRule[] = [...new Map(Object.values(caseKinds).flatMap((k) => k.rules).map((r) => [`${r.ruleId}/${r.messageId}`, r])).values()];

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
    const r = await store.users.add({ name: p.name, role: p.role, unitCode: p.unitCode, demo: true, ...(p.leader ? { leader: true } : {}) }, now);
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
  await seedEvaluationDemo(store, created, now);
  await seedDemoAssessments(store, ['p1', 'p2', 'p3', 'p4'].map((k) => {
    const c = created.get(k) as { id: string; unitCode: string };
    return { id: c.id, unitCode: c.unitCode, district: c.unitCode === '990101' ? '东' : '西' };
  }), now, Number(todayInShanghai(now).slice(0, 4)));
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
      const kindName: DemoCaseKind = heavy
        ? (pi === 0 ? 'prosecution-custody' : 'arrest-detained')
        : pick(random() < 0.6 ? ['prosecution-custody', 'prosecution-at-liberty'] as const : ['arrest-detained', 'arrest-at-liberty'] as const);
      const kind = caseKinds[kindName];
      const procedure = kind.procedure;
      const caseNumber = `演示${district}检${kind.prefix}〔${year}〕${++serial}号`;
      // A heavy case was received six weeks ago, so every one of its periods has run out.
      const acceptedMs = heavy ? start : start + Math.floor(random() * 35) * DAY;
      const count = heavy ? kind.rules.length : 1 + Math.floor(random() * 3);
      const chosen: readonly DemoRule[] = heavy ? kind.rules : [...new Set(Array.from({ length: count }, () => pick(kind.rules)))];
      for (const rule of chosen) {
        const occurrenceKey = isoDate(acceptedMs);
        const dueMs = acceptedMs + rule.dueAfterDays * DAY;
        // Red the working day after its own due date (a defect whose period has not run out yet is not one).
        const observedMs = dueMs + (1 + Math.floor(random() * 3)) * DAY + 9.5 * 3600_000;
        if (observedMs > now.getTime() - DAY / 2) continue;
        const base = {
          caseNumber, ruleId: rule.ruleId, ruleVersion: 1, occurrenceKey, procedure, training: false,
          due: isoDate(dueMs),
        };
        events.push({ ...base, id: randomUUID(), kind: 'observed', light: 'red', messageId: rule.messageId, points: rule.points, observedAt: new Date(observedMs).toISOString() });
        const rectifyMs = observedMs + (1 + Math.floor(random() * 6)) * DAY;
        if (random() < 0.55 && rectifyMs < now.getTime()) {
          events.push({ ...base, id: randomUUID(), kind: 'rectified', light: 'green', points: 0, observedAt: new Date(rectifyMs).toISOString() });
        } else if (!heavy && objections.length < 5 && random() < 0.35 && observedMs + 3600_000 < now.getTime()) {
          objections.push({ prosecutor: key, caseNumber, ruleId: rule.ruleId, occurrenceKey, decide: objections.length === 0 ? 'accepted' : objections.length === 1 ? 'rejected' : undefined });
          events.push({
            ...base, id: randomUUID(), kind: 'objected', light: 'red', messageId: rule.messageId, points: rule.points,
            observedAt: new Date(observedMs + 3600_000).toISOString(),
            objectionReason: rule.objection,
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
      o.decide === 'accepted' ? '（演示）经核查，所述材料在卷，异议成立。' : '（演示）经核查，卷内未见所述材料，异议不成立。', now);
  }
}
