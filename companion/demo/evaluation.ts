// Demo data for issue 11's reports: the case records the extension would have synced for the demo
// cases (ids, dates, the 疑难复杂 flag), a leader's own cases month by month with one open defect,
// a custody case seen past its due date (Tianjin's rigid indicator), and the chief prosecutors'
// posts — 东城区院 held all year, 西城区院 changing hands on 30 April, so the report shows one
// attribution by tenure each way. Everything says 演示, and every defect carries demo = 1.
import { randomUUID } from 'node:crypto';
import type { CaseActivity, DefectEvent, Role } from '../../shared/api/index.ts';
import { addDays, todayInShanghai } from '../../shared/calendar/index.ts';
import type { Store } from '../db/store.ts';

/** The demo's leaders and chief prosecutors (users flagged leader, with posts). */
export const EVALUATION_PEOPLE: ReadonlyArray<{ key: string; name: string; role: Role; unitCode: string; leader: true }> = [
  { key: 'east-chief', name: '东城区院 刘检察长（演示）', role: 'prosecutor', unitCode: '990101', leader: true },
  { key: 'west-chief-former', name: '西城区院 钱检察长（演示）', role: 'prosecutor', unitCode: '990102', leader: true },
  { key: 'west-chief', name: '西城区院 孙检察长（演示）', role: 'prosecutor', unitCode: '990102', leader: true },
];

type Author = { id: string; unitCode: string };

export async function seedEvaluationDemo(store: Store, created: ReadonlyMap<string, Author>, now: Date): Promise<void> {
  const today = todayInShanghai(now);
  const year = Number(today.slice(0, 4));
  const observedAt = new Date(now.getTime() - 3_600_000).toISOString();
  const get = (key: string) => {
    const a = created.get(key);
    if (!a) throw new Error(`demo user ${key} missing`);
    return a;
  };
  const activity = (caseNumber: string, procedure: string, extra: Partial<CaseActivity> = {}): CaseActivity => ({
    id: randomUUID(), caseNumber, procedure, dueDates: [], inCustody: false, observedAt, ...extra,
  });

  // The demo prosecutors' cases, as the extension records them: accepted on the day the case's
  // periods run from (the occurrence key of its defects).
  const cases = await store.db.selectFrom('defects').select(['user_id', 'case_number', 'procedure', (eb) => eb.fn.min('occurrence_key').as('accepted')])
    .where('demo', '=', 1).groupBy(['user_id', 'case_number', 'procedure']).execute();
  const byUser = new Map<string, CaseActivity[]>();
  for (const c of cases) {
    const list = byUser.get(c.user_id) ?? [];
    list.push(activity(c.case_number, c.procedure, /^\d{4}-\d{2}-\d{2}$/.test(String(c.accepted)) ? { acceptedOn: String(c.accepted) } : {}));
    byUser.set(c.user_id, list);
  }
  for (const [key, author] of created) {
    const list = byUser.get(author.id);
    if (list?.length) await store.caseActivity.ingest(author, list, now);
    void key;
  }

  // Cases without defects too (most cases have none): 东城 handles more of them than 西城, so the
  // units differ on defects per 100 cases.
  let serial = 700;
  for (const [key, count] of [['p1', 40], ['p2', 40], ['p3', 15], ['p4', 15]] as const) {
    const author = get(key);
    const district = author.unitCode === '990101' ? '东' : '西';
    const list = Array.from({ length: count }, (_, k) => activity(`演示${district}检刑诉受〔${year}〕${++serial}号`, 'prosecution-review', {
      acceptedOn: addDays(today, -((k * 7) % 150) - 1),
    }));
    await store.caseActivity.ingest(author, list, now);
  }

  // 西城区院: a custody case seen three days past its due date (在押案件超期: a rigid negative).
  const p3 = get('p3');
  await store.caseActivity.ingest(p3, [activity(`演示西检刑诉受〔${year}〕900号`, 'prosecution-review', {
    acceptedOn: addDays(today, -40), inCustody: true, dueDates: [addDays(today, -3)],
  })], now);

  // The leaders' own cases: one every three weeks back from today, every third marked 疑难复杂,
  // every other one concluded two weeks after it was accepted.
  const leaderCases = async (key: string, district: string, count: number, serial: number) => {
    const author = get(key);
    const list: CaseActivity[] = [];
    for (let k = 0; k < count; k++) {
      const accepted = addDays(today, -(k * 21 + 2));
      const concluded = addDays(accepted, 14);
      list.push(activity(`演示${district}检刑诉受〔${accepted.slice(0, 4)}〕${serial + k}号`, 'prosecution-review', {
        acceptedOn: accepted,
        ...(k % 2 === 1 && concluded <= today ? { concludedOn: concluded } : {}),
        ...(k % 3 === 0 ? { difficult: true } : {}),
      }));
    }
    await store.caseActivity.ingest(author, list, now);
    return list;
  };
  const east = await leaderCases('east-chief', '东', 12, 500);
  await leaderCases('west-chief', '西', 6, 600);

  // One open red defect on the east chief's newest difficult case whose 3-day notice is past due.
  const kase = east.find((c) => c.difficult === true && c.acceptedOn !== undefined && addDays(c.acceptedOn, 3) < today);
  const due = kase?.acceptedOn && addDays(kase.acceptedOn, 3);
  if (kase && due) {
    const event: DefectEvent = {
      id: randomUUID(), kind: 'observed', caseNumber: kase.caseNumber, ruleId: 'notice-suspect-counsel-3d', ruleVersion: 1,
      occurrenceKey: kase.acceptedOn ?? today, light: 'red', messageId: 'missing', points: 6, due,
      observedAt: new Date(now.getTime() - 2 * 3_600_000).toISOString(), procedure: 'prosecution-review', training: false,
    };
    await store.events.ingest(get('east-chief'), [event], { now, demo: true });
  }

  // Chief prosecutors: 东城 held all year; 西城 changed hands on 30 April.
  const admin = get('admin');
  await store.evaluation.setPosts(get('east-chief').id, [{ unitCode: '990101', post: 'chief', startOn: `${year - 2}-06-01`, endOn: null }], admin.id, now);
  await store.evaluation.setPosts(get('west-chief-former').id, [{ unitCode: '990102', post: 'chief', startOn: `${year - 3}-01-01`, endOn: `${year}-04-30` }], admin.id, now);
  await store.evaluation.setPosts(get('west-chief').id, [{ unitCode: '990102', post: 'chief', startOn: `${year}-05-01`, endOn: null }], admin.id, now);
}
