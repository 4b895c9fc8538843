// What the administrator sets and every extension pulls: rule settings and thresholds, adapters,
// holiday-calendar overrides. Each PUT replaces the whole document in one transaction. The rule
// configuration keeps every version with the time it came into force: the ledger books a defect at
// the version in force when it was first observed.
import { sql, type Kysely } from 'kysely';
import type {
  Adapter, AdaptersResponse, AdapterVersion, CalendarOverride, RuleConfig, RuleConfigUpdate, RuleConfigVersion, RuleSetting,
} from '../../shared/api/index.ts';
import type { Thresholds } from '../../shared/ledger/index.ts';
import { recordAudit } from './audit-repository.ts';
import type { Dialect } from './connection.ts';
import type { Database } from './schema.ts';
import { chunks } from './sql.ts';

const ADAPTERS_UPDATED = 'adapters-updated-at';

/** Versions oldest first; `versions[i]` is in force from its `inForceFrom` until the next one's. */
export interface RuleConfigHistoryView { versions: readonly RuleConfigVersion[] }

export function createSettingsRepository(db: Kysely<Database>, defaults: { thresholds: Thresholds }, dialect: Dialect = 'sqlite') {
  // The versions change only through PUT /rule-config, possibly on another instance: re-read them
  // only when the highest version number moved.
  let cached: { max: number; history: RuleConfigHistoryView } | undefined;
  // Asked once per ingested batch: compiled once.
  const topVersion = db.selectFrom('rule_config_versions').select((eb) => eb.fn.max('version').as('max')).compile();
  async function history(): Promise<RuleConfigHistoryView> {
    const top = (await db.executeQuery(topVersion)).rows[0];
    const max = Number(top?.max ?? 0);
    if (cached?.max === max) return cached.history;
    const rows = await db.selectFrom('rule_config_versions').selectAll().orderBy('version').execute();
    const versions = rows.map((r): RuleConfigVersion => {
      const doc = JSON.parse(r.document) as { rules?: RuleSetting[]; thresholds?: Thresholds };
      return { version: r.version, inForceFrom: r.in_force_from, setBy: r.set_by, rules: doc.rules ?? [], thresholds: doc.thresholds ?? defaults.thresholds };
    });
    cached = { max, history: { versions } };
    return cached.history;
  }

  async function setting(key: string): Promise<{ value: string; updated_at: string } | undefined> {
    return db.selectFrom('settings').select(['value', 'updated_at']).where('key', '=', key).executeTakeFirst();
  }
  async function put(trx: Kysely<Database>, key: string, value: string, at: string) {
    await trx.insertInto('settings').values({ key, value, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), updated_at: eb.ref('excluded.updated_at') })))
      .execute();
  }

  return {
    /** The thresholds set through PUT /rule-config, or the configured defaults. */
    async thresholds(): Promise<Thresholds> {
      const { versions } = await history();
      return versions.at(-1)?.thresholds ?? defaults.thresholds;
    },

    /** The version in force now (version 0, the built-in defaults, until an administrator sets one). */
    async ruleConfig(): Promise<RuleConfig> {
      const latest = (await history()).versions.at(-1);
      if (!latest) return { rules: [], thresholds: defaults.thresholds, updatedAt: null, version: 0 };
      return { rules: [...latest.rules].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)), thresholds: latest.thresholds, updatedAt: latest.inForceFrom, version: latest.version };
    },

    /** Every version, oldest first (cached until a new one is made). */
    ruleConfigHistory: history,

    /** Makes a new version, in force from `now`; the previous ones stay as they were. */
    async putRuleConfig(update: RuleConfigUpdate, now: Date = new Date(), actorId: string | null = null): Promise<RuleConfig> {
      const at = now.toISOString();
      await db.transaction().execute(async (trx) => {
        // Two administrators saving at once on two instances must not take the same number.
        if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext('caselight:rule-config'))`.execute(trx);
        const top = await trx.selectFrom('rule_config_versions').select((eb) => eb.fn.max('version').as('max')).executeTakeFirst();
        const version = Number(top?.max ?? 0) + 1;
        await trx.insertInto('rule_config_versions').values({
          version, in_force_from: at, document: JSON.stringify({ rules: update.rules, thresholds: update.thresholds }), set_by: actorId,
        }).execute();
        await recordAudit(trx, {
          action: 'rule-config', subject: String(version), actorId, at,
          after: { rules: update.rules.length, thresholds: update.thresholds },
        });
      });
      return this.ruleConfig();
    },

    async adapters(): Promise<AdaptersResponse> {
      const rows = await db.selectFrom('adapters').select('json').orderBy('id').execute();
      const updated = await setting(ADAPTERS_UPDATED);
      return { adapters: rows.map((r) => JSON.parse(r.json) as Adapter), updatedAt: updated?.value ?? null };
    },

    /**
     * Publishes the whole list. An adapter whose content changed (anything but `version`) gets the
     * next version number (at least the one given) and is kept in adapter_versions; an unchanged one
     * keeps its version. Adapters left out stop being served; their versions stay.
     */
    async putAdapters(adapters: readonly Adapter[], now: Date = new Date(), actorId: string | null = null): Promise<AdaptersResponse> {
      const at = now.toISOString();
      await db.transaction().execute(async (trx) => {
        // Two administrators publishing at once on two instances must not take the same number.
        if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext('caselight:adapters'))`.execute(trx);
        const current = new Map((await trx.selectFrom('adapters').select(['id', 'json']).execute()).map((r) => [r.id, JSON.parse(r.json) as Adapter]));
        const tops = new Map((await trx.selectFrom('adapter_versions').select(['adapter_id']).select((eb) => eb.fn.max('version').as('max')).groupBy('adapter_id').execute())
          .map((r) => [r.adapter_id, Number(r.max)]));
        const same = (a: Adapter, b: Adapter | undefined) => b !== undefined && JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });
        const rows: { id: string; json: string; updated_at: string }[] = [];
        for (const a of adapters) {
          const prev = current.get(a.id);
          if (same(a, prev)) {
            rows.push({ id: a.id, json: JSON.stringify(prev), updated_at: at });
            continue;
          }
          const version = Math.max(a.version, (tops.get(a.id) ?? 0) + 1);
          const next = { ...a, version };
          rows.push({ id: a.id, json: JSON.stringify(next), updated_at: at });
          await trx.insertInto('adapter_versions').values({ adapter_id: a.id, version, json: JSON.stringify(next), published_at: at, published_by: actorId, rollback_of: null }).execute();
          await recordAudit(trx, { action: 'adapter-publish', subject: a.id, actorId, at, before: prev ? { version: prev.version } : null, after: { version } });
        }
        const kept = new Set(adapters.map((a) => a.id));
        for (const [id, prev] of current) {
          if (!kept.has(id)) await recordAudit(trx, { action: 'adapter-publish', subject: id, actorId, at, before: { version: prev.version }, after: null });
        }
        await trx.deleteFrom('adapters').execute();
        for (const part of chunks(rows, 200)) await trx.insertInto('adapters').values(part).execute();
        await put(trx, ADAPTERS_UPDATED, at, at);
      });
      return this.adapters();
    },

    /** Every kept version of one adapter, newest first (empty when it was never published). */
    async adapterVersions(id: string): Promise<AdapterVersion[]> {
      const rows = await db.selectFrom('adapter_versions').selectAll().where('adapter_id', '=', id).orderBy('version', 'desc').execute();
      return rows.map((r) => ({ version: r.version, publishedAt: r.published_at, publishedBy: r.published_by, rollbackOf: r.rollback_of, adapter: JSON.parse(r.json) as Adapter }));
    },

    /**
     * Publishes an earlier version again, as the next version (the history only grows). Undefined
     * when that version does not exist.
     */
    async rollbackAdapter(id: string, version: number, now: Date = new Date(), actorId: string | null = null): Promise<AdaptersResponse | undefined> {
      const at = now.toISOString();
      const done = await db.transaction().execute(async (trx) => {
        if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext('caselight:adapters'))`.execute(trx);
        const old = await trx.selectFrom('adapter_versions').select('json').where('adapter_id', '=', id).where('version', '=', version).executeTakeFirst();
        if (!old) return false;
        const top = await trx.selectFrom('adapter_versions').select((eb) => eb.fn.max('version').as('max')).where('adapter_id', '=', id).executeTakeFirst();
        const next = { ...(JSON.parse(old.json) as Adapter), version: Number(top?.max ?? 0) + 1 };
        const json = JSON.stringify(next);
        const served = await trx.selectFrom('adapters').select('json').where('id', '=', id).executeTakeFirst();
        await recordAudit(trx, {
          action: 'adapter-rollback', subject: id, actorId, at,
          before: served ? { version: (JSON.parse(served.json) as Adapter).version } : null, after: { version: next.version, rollbackOf: version },
        });
        await trx.insertInto('adapter_versions').values({ adapter_id: id, version: next.version, json, published_at: at, published_by: actorId, rollback_of: version }).execute();
        await trx.deleteFrom('adapters').where('id', '=', id).execute();
        await trx.insertInto('adapters').values({ id, json, updated_at: at }).execute();
        await put(trx, ADAPTERS_UPDATED, at, at);
        return true;
      });
      return done ? this.adapters() : undefined;
    },

    async calendarOverrides(): Promise<CalendarOverride[]> {
      const rows = await db.selectFrom('calendar_overrides').selectAll().orderBy('date').execute();
      return rows.map((r) => (r.note === null ? { date: r.date, kind: r.kind } : { date: r.date, kind: r.kind, note: r.note }));
    },

    async putCalendarOverrides(overrides: readonly CalendarOverride[], now: Date = new Date(), actorId: string | null = null): Promise<CalendarOverride[]> {
      await db.transaction().execute(async (trx) => {
        // A changed day moves due dates, and so lights and points: the trail keeps what it was.
        const before = (await trx.selectFrom('calendar_overrides').selectAll().orderBy('date').execute())
          .map((r) => (r.note === null ? { date: r.date, kind: r.kind } : { date: r.date, kind: r.kind, note: r.note }));
        const after = [...overrides].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
          .map((o) => (o.note === undefined ? { date: o.date, kind: o.kind } : { date: o.date, kind: o.kind, note: o.note }));
        if (JSON.stringify(before) !== JSON.stringify(after)) {
          await recordAudit(trx, { action: 'calendar-overrides', subject: 'calendar', actorId, at: now.toISOString(), before: { overrides: before }, after: { overrides: after } });
        }
        await trx.deleteFrom('calendar_overrides').execute();
        const rows = overrides.map((o) => ({ date: o.date, kind: o.kind, note: o.note ?? null }));
        for (const part of chunks(rows, 500)) await trx.insertInto('calendar_overrides').values(part).execute();
      });
      return this.calendarOverrides();
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
