// What the administrator sets and every extension pulls: rule settings and thresholds, adapters,
// holiday-calendar overrides. Each PUT replaces the whole document in one transaction.
import type { Kysely } from 'kysely';
import type { Adapter, AdaptersResponse, CalendarOverride, RuleConfig, RuleConfigUpdate } from '../../shared/api/index.ts';
import type { Thresholds } from '../../shared/ledger/index.ts';
import type { Database } from './schema.ts';
import { chunks } from './scope-sql.ts';

const THRESHOLDS = 'thresholds';
const RULE_CONFIG_UPDATED = 'rule-config-updated-at';
const ADAPTERS_UPDATED = 'adapters-updated-at';

export function createSettingsRepository(db: Kysely<Database>, defaults: { thresholds: Thresholds }) {
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
      const s = await setting(THRESHOLDS);
      return s ? (JSON.parse(s.value) as Thresholds) : defaults.thresholds;
    },

    async ruleConfig(): Promise<RuleConfig> {
      const rows = await db.selectFrom('rule_config').selectAll().orderBy('rule_id').execute();
      const updated = await setting(RULE_CONFIG_UPDATED);
      return {
        rules: rows.map((r) => ({ ruleId: r.rule_id, enabled: r.enabled === 1, points: JSON.parse(r.points) as Record<string, number>, warningDays: r.warning_days })),
        thresholds: await this.thresholds(),
        updatedAt: updated?.value ?? null,
      };
    },

    async putRuleConfig(update: RuleConfigUpdate, now: Date = new Date()): Promise<RuleConfig> {
      const at = now.toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('rule_config').execute();
        const rows = update.rules.map((r) => ({ rule_id: r.ruleId, enabled: r.enabled ? 1 : 0, points: JSON.stringify(r.points), warning_days: r.warningDays, updated_at: at }));
        for (const part of chunks(rows, 500)) await trx.insertInto('rule_config').values(part).execute();
        await put(trx, THRESHOLDS, JSON.stringify(update.thresholds), at);
        await put(trx, RULE_CONFIG_UPDATED, at, at);
      });
      return this.ruleConfig();
    },

    async adapters(): Promise<AdaptersResponse> {
      const rows = await db.selectFrom('adapters').select('json').orderBy('id').execute();
      const updated = await setting(ADAPTERS_UPDATED);
      return { adapters: rows.map((r) => JSON.parse(r.json) as Adapter), updatedAt: updated?.value ?? null };
    },

    async putAdapters(adapters: readonly Adapter[], now: Date = new Date()): Promise<AdaptersResponse> {
      const at = now.toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('adapters').execute();
        for (const part of chunks(adapters.map((a) => ({ id: a.id, json: JSON.stringify(a), updated_at: at })), 200)) {
          await trx.insertInto('adapters').values(part).execute();
        }
        await put(trx, ADAPTERS_UPDATED, at, at);
      });
      return this.adapters();
    },

    async calendarOverrides(): Promise<CalendarOverride[]> {
      const rows = await db.selectFrom('calendar_overrides').selectAll().orderBy('date').execute();
      return rows.map((r) => (r.note === null ? { date: r.date, kind: r.kind } : { date: r.date, kind: r.kind, note: r.note }));
    },

    async putCalendarOverrides(overrides: readonly CalendarOverride[]): Promise<CalendarOverride[]> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('calendar_overrides').execute();
        const rows = overrides.map((o) => ({ date: o.date, kind: o.kind, note: o.note ?? null }));
        for (const part of chunks(rows, 500)) await trx.insertInto('calendar_overrides').values(part).execute();
      });
      return this.calendarOverrides();
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
