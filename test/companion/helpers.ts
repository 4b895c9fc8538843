// Test fixtures for the companion: a real store (a SQLite file in a temp folder, and PostgreSQL in a
// fresh schema when TEST_DATABASE_URL is set), a small unit tree with one user per role, and an app.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp } from '../../companion/app.ts';
import { ConfigSchema, type Config } from '../../companion/config.ts';
import { openStore, type Store } from '../../companion/db/store.ts';
import type { DefectEvent, Role } from '../../shared/api/index.ts';
import { rulesById } from '../../shared/rules/index.ts';

export interface TestStore { store: Store; dataDir: string; cleanup(): Promise<void> }
export interface Backend { name: 'sqlite' | 'postgres'; open(): Promise<TestStore> }

// The URL only when its server answered (test/postgres-setup.ts probes it once and says why not).
const pgUrl = inject('postgresUrl') || undefined;

const sqlite: Backend = {
  name: 'sqlite',
  async open() {
    const dataDir = mkdtempSync(join(tmpdir(), 'caselight-test-'));
    const store = await openStore({ dataDir });
    return { store, dataDir, async cleanup() { await store.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  },
};

const postgres: Backend = {
  name: 'postgres',
  async open() {
    const dataDir = mkdtempSync(join(tmpdir(), 'caselight-test-'));
    const schema = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const store = await openStore({ dataDir, databaseUrl: pgUrl, pgSchema: schema, poolSize: 4 });
    return {
      store, dataDir,
      async cleanup() {
        await store.close();
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        try { await client.query(`drop schema if exists ${schema} cascade`); } finally { await client.end(); }
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI, and this machine). */
export const backends: Backend[] = pgUrl ? [sqlite, postgres] : [sqlite];

export interface Person { id: string; token: string; role: Role; unitCode: string; name: string }
export interface World {
  admin: Person; citySupervisor: Person; eastSupervisor: Person; westSupervisor: Person;
  east1: Person; east2: Person; eastSub: Person; west1: Person; trainer: Person;
}

/**
 * Units: 3201 city ─┬─ 320102 east ── 32010201 east sub-office
 *                   └─ 320105 west
 */
export async function seedWorld(store: Store): Promise<World> {
  const now = new Date('2025-01-01T00:00:00Z');
  for (const u of [
    { code: '3201', name: '市院', parentCode: null },
    { code: '320102', name: '东区院', parentCode: '3201' },
    { code: '32010201', name: '东区院派驻检察室', parentCode: '320102' },
    { code: '320105', name: '西区院', parentCode: '3201' },
  ]) {
    const r = await store.units.add(u, now);
    if (!r.ok) throw new Error(r.code);
  }
  const add = async (name: string, role: Role, unitCode: string): Promise<Person> => {
    const r = await store.users.add({ name, role, unitCode }, now);
    if (!r.ok) throw new Error(r.code);
    return { id: r.user.id, token: r.token, role, unitCode, name };
  };
  return {
    admin: await add('管理员', 'admin', '3201'),
    citySupervisor: await add('市院督察', 'supervisor', '3201'),
    eastSupervisor: await add('东区部长', 'supervisor', '320102'),
    westSupervisor: await add('西区部长', 'supervisor', '320105'),
    east1: await add('东一检察官', 'prosecutor', '320102'),
    east2: await add('东二检察官', 'prosecutor', '320102'),
    eastSub: await add('派驻检察官', 'prosecutor', '32010201'),
    west1: await add('西一检察官', 'prosecutor', '320105'),
    trainer: await add('培训讲师', 'trainer', '3201'),
  };
}

/** The clock every API test runs on: 2025-06-15 10:00 in Shanghai. */
export const NOW = new Date('2025-06-15T02:00:00Z');

export function testConfig(dataDir: string, overrides: Partial<Config> = {}): Config {
  return ConfigSchema.parse({ dataDir, logLevel: 'silent', demo: false, rateLimitPerMinute: 1_000_000, ...overrides });
}

export function testApp(t: TestStore, overrides: Partial<Config> = {}) {
  return createApp({ config: testConfig(t.dataDir, overrides), store: t.store, now: () => NOW });
}

export const auth = (p: Person) => ({ Authorization: `Bearer ${p.token}` });

/** Real rule ids, for tests that spread events over several rules. */
export const SOME_RULES = [
  'prosecution-review-1m', 'notice-suspect-counsel-3d', 'notice-victim-agent-3d', 'plea-agreement-counsel-present',
  'plea-audio-video', 'family-notification-24h', 'interrogation-within-24h', 'prosecution-mandatory-interrogation', 'legal-aid-mandatory-notice-3d',
] as const;

/** The red outcome of a rule that books the most points by default (the first such, in meta order). */
export function topRedMessage(ruleId: string): string {
  const rule = rulesById.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const reds = Object.entries(rule.meta.messages).filter(([, m]) => m.light === 'red').map(([id]) => id);
  return reds.reduce((best, id) => ((rule.meta.points[id] ?? 0) > (rule.meta.points[best] ?? 0) ? id : best));
}

/** The points a rule's red outcome books by default (rule meta). */
export const defaultPoints = (ruleId: string, messageId = topRedMessage(ruleId)) => rulesById.get(ruleId)?.meta.points[messageId] ?? 0;

/**
 * A valid red observation of prosecution-review-1m (8 points); override what the test is about. A
 * red event carries its rule's top red outcome unless the test names one (`messageId: undefined`
 * makes an event as older extensions sent it); `points` is only the client's hint.
 */
export function event(overrides: Partial<DefectEvent> = {}): DefectEvent {
  const e = {
    id: randomUUID(),
    kind: 'observed',
    caseNumber: '苏检刑诉受〔2025〕1号',
    ruleId: 'prosecution-review-1m',
    ruleVersion: 1,
    occurrenceKey: '2025-03-03',
    light: 'red',
    points: 8,
    due: '2025-04-03',
    observedAt: '2025-04-05T09:00:00+08:00',
    procedure: 'prosecution-review',
    training: false,
    ...overrides,
  } as DefectEvent;
  if (!('messageId' in overrides) && e.light === 'red' && rulesById.has(e.ruleId)) e.messageId = topRedMessage(e.ruleId);
  if (e.messageId === undefined) delete e.messageId;
  return e;
}

/** Sets the central rule configuration as an administrator would, in force from `at`. */
export async function setRuleConfig(
  store: Store, rules: Array<{ ruleId: string; points: Record<string, number>; enabled?: boolean }>, at: Date,
  thresholds: { prosecution: number; other: number } = { prosecution: 40, other: 30 },
) {
  await store.settings.putRuleConfig({
    rules: rules.map((r) => ({ ruleId: r.ruleId, enabled: r.enabled ?? true, points: r.points, warningDays: null })),
    thresholds: { ...thresholds, prosecutionProcedures: ['prosecution-review'] },
  }, at);
}

/** Posts events as one user straight through the repository (what POST /events does). */
export async function ingest(store: Store, who: Person, events: DefectEvent[]) {
  return store.events.ingest({ id: who.id, unitCode: who.unitCode }, events, { now: NOW });
}

/** An app over a fresh store with the standard units and users, for one route test file. */
export async function apiFixture(backend: Backend, overrides: Partial<Config> = {}) {
  const t = await backend.open();
  const w = await seedWorld(t.store);
  return { t, w, store: t.store, app: testApp(t, overrides) };
}
