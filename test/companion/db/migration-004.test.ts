// Migration 004 on a ledger made before it (both dialects): events keep their rows and their points
// (now also as the client's figure), event ids become per user, objections keep theirs, and the
// rule configuration in force becomes version 1 of its history.
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../companion/db/store.ts';
import { event } from '../helpers.ts';
import { dialects, oldLedgers } from './migration-helpers.ts';

describe.each(dialects)('migration 004 on an existing ledger (%s)', (dialect) => {
  const open = oldLedgers();

  it('keeps every event, objection and the rule configuration, and takes the same id from another user afterwards', async () => {
    const { connection, db, migrateUpTo } = await open(dialect, '003-cover-indexes');
    const at = '2025-03-01T00:00:00.000Z';
    await db.insertInto('units').values({ code: '3201', name: '市院', parent_code: null, created_at: at }).execute();
    for (const id of ['u1', 'u2']) {
      await db.insertInto('users').values({ id, name: id, role: 'prosecutor', unit_code: '3201', token_hash: `h-${id}`, created_at: at, revoked_at: null, demo: 0 }).execute();
    }
    const e = event();
    await db.insertInto('events').values({
      id: e.id, kind: 'observed', case_number: e.caseNumber, rule_id: e.ruleId, rule_version: 1, occurrence_key: e.occurrenceKey, light: 'red',
      points: 9, due: null, observed_at: '2025-04-05T01:00:00.000Z', received_at: at, procedure: 'prosecution-review', training: 0,
      objection_reason: null, user_id: 'u1', unit_code: '3201', demo: 0,
    }).execute();
    await db.insertInto('defects').values({
      id: 'd1', user_id: 'u1', unit_code: '3201', case_number: e.caseNumber, rule_id: e.ruleId, occurrence_key: e.occurrenceKey, rule_version: 1,
      procedure: 'prosecution-review', points: 9, due: null, first_observed_at: '2025-04-05T01:00:00.000Z', year: 2025, month: 4,
      source_event_id: e.id, rectified_at: null, voided: 0, void_reason: null, voided_at: null, demo: 0,
    }).execute();
    await db.insertInto('objections').values({
      id: 'o1', defect_id: 'd1', source_event_id: e.id, reason: '理由', filed_at: at, status: 'pending', decided_by: null, decision_reason: null, decided_at: null,
    }).execute();
    await db.insertInto('rule_config').values({ rule_id: 'notice-suspect-counsel-3d', enabled: 1, points: JSON.stringify({ late: 2 }), warning_days: 1, updated_at: at }).execute();
    await db.insertInto('settings').values([
      { key: 'thresholds', value: JSON.stringify({ prosecution: 35, other: 25, prosecutionProcedures: ['prosecution-review'] }), updated_at: at },
      { key: 'rule-config-updated-at', value: at, updated_at: at },
    ]).execute();

    await migrateUpTo('999');
    const store = createStore(connection);
    const row = await db.selectFrom('events').selectAll().where('id', '=', e.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ user_id: 'u1', points: 9, client_points: 9, message_id: null });
    expect(await store.objections.get('o1')).toMatchObject({ defectId: 'd1', status: 'pending', reason: '理由' });
    expect(await store.settings.ruleConfig()).toEqual({
      rules: [{ ruleId: 'notice-suspect-counsel-3d', enabled: true, points: { late: 2 }, warningDays: 1 }],
      thresholds: { prosecution: 35, other: 25, prosecutionProcedures: ['prosecution-review'] }, updatedAt: at, version: 1,
    });
    expect((await store.settings.ruleConfigHistory()).versions).toEqual([expect.objectContaining({ version: 1, inForceFrom: at, setBy: null })]);
    // The same event id from another prosecutor is another event now.
    const r = await store.events.ingest({ id: 'u2', unitCode: '3201' }, [{ ...e, observedAt: '2025-04-05T09:00:00+08:00' }], { now: new Date('2025-06-15T02:00:00Z') });
    expect(r).toMatchObject({ accepted: 1, duplicates: 0, rejected: [] });
    expect(await store.events.count()).toBe(2);
  });
});
