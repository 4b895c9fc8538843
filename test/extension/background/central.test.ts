// Central configuration: the pure pull/merge logic with fake fetch, then the pull against the REAL
// companion over real HTTP, down to what content scripts receive and what they evaluate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CENTRAL_RESOURCES, EMPTY_CENTRAL, centralCalendar, centralRules, centralToStorage, pullCentral, readCentral, type CentralStored,
} from '../../../extension/background/central';
import { mergeSettings, resolveAdapters, toPublicSettings } from '../../../extension/background/settings';
import { deserializeCalendar as decodeCalendar } from '../../../shared/calendar/serialized';
import { configureRules, withRuleConfigs } from '../../../shared/engine/config';
import { CENTRAL_KEYS } from '../../../extension/settings';
import { createHttp } from '../../../extension/sync/client';
import { builtInAdapters, trainingSystemAdapter } from '../../../shared/adapters';
import { createCalendar, countWorkdays, isYearCovered } from '../../../shared/calendar';
import { evaluate } from '../../../shared/engine';
import { rules } from '../../../shared/rules';
import { startCompanion, type RunningCompanion } from '../../e2e/harness';

const RULE = 'notice-suspect-counsel-3d';
const ruleConfig = {
  rules: [{ ruleId: RULE, enabled: true, points: { late: 9 }, warningDays: 1 }],
  thresholds: { prosecution: 40, other: 30, prosecutionProcedures: ['prosecution-review'] },
  updatedAt: '2025-09-01T00:00:00.000Z',
};
const adapters = { adapters: [{ ...(trainingSystemAdapter as object), id: 'central-host', name: '集中下发系统', training: false }], updatedAt: null };
const overrides = { overrides: [{ date: '2025-09-03', kind: 'holiday', note: '地方休息日' }] };

function fakeFetch(answers: Record<string, () => Response | Promise<Response>>): typeof fetch {
  return async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    const hit = Object.entries(answers).find(([path]) => url.endsWith(path));
    if (!hit) return new Response('{}', { status: 404 });
    return hit[1]();
  };
}
const json = (body: unknown, status = 200) => () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const deps = (f: typeof fetch) => ({ http: createHttp(f, 2_000), companionUrl: 'http://companion.test/', token: 't', now: () => new Date('2025-09-10T02:00:00Z') });

describe('pullCentral (fake fetch)', () => {
  it('stores all three when all arrive valid; fetchedAt moves, error clears', async () => {
    const next = await pullCentral({ ...EMPTY_CENTRAL, error: { at: 'x', zh: '旧', en: 'old' } }, deps(fakeFetch({
      '/api/v1/rule-config': json(ruleConfig), '/api/v1/adapters': json(adapters), '/api/v1/calendar-overrides': json(overrides),
    })));
    expect(next.fetchedAt).toBe('2025-09-10T02:00:00.000Z');
    expect(next.error).toBeNull();
    expect(next.ruleConfig?.rules[0].points).toEqual({ late: 9 });
    expect(next.adapters?.adapters.map((a) => a.id)).toEqual(['central-host']);
    expect(next.calendarOverrides?.overrides).toHaveLength(1);
  });

  it('keeps the last good copy of a resource that fails validation, fails over HTTP or the network, and says why in zh and en', async () => {
    const prev: CentralStored = readCentral(centralToStorage({
      ruleConfig: ruleConfig as CentralStored['ruleConfig'], adapters: adapters as unknown as CentralStored['adapters'],
      calendarOverrides: overrides as CentralStored['calendarOverrides'], fetchedAt: '2025-09-01T00:00:00.000Z', error: null,
    }));
    expect(prev.ruleConfig).not.toBeNull();
    const next = await pullCentral(prev, deps(fakeFetch({
      '/api/v1/rule-config': json({ rules: [{ ruleId: RULE, enabled: 'yes' }] }),
      '/api/v1/adapters': json({ reason: { zh: '出错', en: 'boom' } }, 500),
      '/api/v1/calendar-overrides': () => { throw new TypeError('Failed to fetch'); },
    })));
    expect(next.ruleConfig).toEqual(prev.ruleConfig);
    expect(next.adapters).toEqual(prev.adapters);
    expect(next.calendarOverrides).toEqual(prev.calendarOverrides);
    expect(next.fetchedAt).toBe('2025-09-01T00:00:00.000Z');
    expect(next.error?.at).toBe('2025-09-10T02:00:00.000Z');
    expect(next.error?.zh).toMatch(/规则配置：答复格式无效/);
    expect(next.error?.zh).toMatch(/适配器：伴随服务出错（HTTP 500）/);
    expect(next.error?.zh).toMatch(/节假日调整：无法连接/);
    expect(next.error?.en).toMatch(/rule config: invalid answer \(rules\.0/);
    expect(next.error?.en).toMatch(/keeping the last good copy/);
  });

  it('401 is a rejected token; not configured keeps everything and asks for a URL and token', async () => {
    const next = await pullCentral(EMPTY_CENTRAL, deps(fakeFetch(Object.fromEntries(CENTRAL_RESOURCES.map(() => ['', json({}, 401)])))));
    expect(next.error?.en).toMatch(/token was rejected/);
    const none = await pullCentral(EMPTY_CENTRAL, { ...deps(fakeFetch({})), token: '' });
    expect(none).toMatchObject({ ruleConfig: null, adapters: null, calendarOverrides: null, fetchedAt: null });
    expect(none.error?.zh).toMatch(/尚未设置/);
  });

  it('storage round trip under the documented keys; hand-edited junk reads as no copy', () => {
    const stored = centralToStorage({ ...EMPTY_CENTRAL, ruleConfig: ruleConfig as CentralStored['ruleConfig'] });
    expect(Object.keys(stored).sort()).toEqual(Object.values(CENTRAL_KEYS).sort());
    expect(readCentral(stored).ruleConfig?.rules).toHaveLength(1);
    expect(readCentral({ [CENTRAL_KEYS.ruleConfig]: { rules: 'x' }, [CENTRAL_KEYS.error]: 5 })).toEqual(EMPTY_CENTRAL);
  });
});

describe('merge into what content scripts get', () => {
  it('central rule settings map to engine terms; refused points are dropped and reported; unknown rules ignored', () => {
    const { rules: r, problems } = centralRules({
      ...ruleConfig,
      rules: [
        { ruleId: RULE, enabled: true, points: { late: 9 }, warningDays: null },
        { ruleId: 'prosecution-review-1m', enabled: false, points: { 'no-such-message': 3 }, warningDays: 5 },
        { ruleId: 'rule-from-a-newer-companion', enabled: false, points: {}, warningDays: null },
      ],
    });
    expect(r[RULE]).toEqual({ enabled: true, points: { late: 9 } });
    expect(r['prosecution-review-1m']).toEqual({ enabled: false, warningDays: 5 });
    expect(r['rule-from-a-newer-companion']).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0].en).toMatch(/prosecution-review-1m.*no-such-message/);
  });

  it('configured rules evaluate like the engine config would (points, disable)', () => {
    const snapshot = { procedure: 'prosecution-review', acceptedOn: '2025-09-01', materialsReceivedOn: '2025-09-01', suspectCounselNoticeOn: '2025-09-08', inCustody: false };
    const today = '2025-09-20';
    const viaConfig = evaluate(snapshot, { today, config: { rules: { [RULE]: { points: { late: 9 } } } } }).filter((f) => f.ruleId === RULE);
    const viaRules = evaluate(snapshot, { today, rules: configureRules(rules, { [RULE]: { enabled: true, points: { late: 9 } } }) }).filter((f) => f.ruleId === RULE);
    expect(viaConfig.some((f) => f.light === 'red' && f.points === 9)).toBe(true);
    expect(viaRules).toEqual(viaConfig);
    expect(evaluate(snapshot, { today, rules: configureRules(rules, { [RULE]: { enabled: false } }) }).filter((f) => f.ruleId === RULE)).toEqual([]);
    expect(configureRules(rules, {})).toEqual([...rules]);
  });

  it('the calendar crosses the message boundary unchanged', () => {
    const { calendar } = centralCalendar(overrides as CentralStored['calendarOverrides']);
    const decoded = decodeCalendar(JSON.parse(JSON.stringify(calendar)));
    const direct = createCalendar({ holidays: ['2025-09-03'] });
    expect(decoded.lo).toBe(direct.lo);
    expect([...decoded.flags]).toEqual([...direct.flags]);
    expect(countWorkdays('2025-09-01', '2025-09-05', decoded)).toBe(countWorkdays('2025-09-01', '2025-09-05', direct));
    expect(centralCalendar(null).calendar).toBeNull();
  });

  it('a year the administrator entered overrides for counts as loaded: its deadlines light red again', () => {
    const year2027 = { overrides: [{ date: '2027-01-01', kind: 'holiday' }, { date: '2027-02-06', kind: 'workday' }] } as CentralStored['calendarOverrides'];
    const decoded = decodeCalendar(JSON.parse(JSON.stringify(centralCalendar(year2027).calendar)));
    expect(isYearCovered('2027-03-01', decoded)).toBe(true);
    expect(isYearCovered('2028-03-01', decoded)).toBe(false);
    const bail = { procedure: 'prosecution-review', acceptedOn: '2027-01-15', inCustody: false };
    const r29 = rules.filter((r) => r.meta.id === 'prosecution-review-1m');
    expect(evaluate(bail, { today: '2027-02-20', rules: r29 })[0].light).toBe('yellow');
    expect(evaluate(bail, { today: '2027-02-20', rules: r29, calendar: decoded })[0].light).toBe('red');
  });

  it('adapter precedence: managed > central > user > built-in on the same id', () => {
    const a = (id: string, name: string) => ({ ...(trainingSystemAdapter as object), id, name });
    const { adapters: resolved } = resolveAdapters({
      managed: [a('x', 'managed')], central: [a('x', 'central'), a('y', 'central')], user: [a('y', 'user'), a('z', 'user')], 'built-in': [a('z', 'built-in')],
    });
    expect(resolved.map((r) => `${r.adapter.id}:${r.source}`)).toEqual(['x:managed', 'y:central', 'z:user']);
  });
});

describe('pull from the real companion (startCompanion, real HTTP)', () => {
  let companion: RunningCompanion;
  let admin: string;
  let prosecutor: string;
  beforeAll(async () => {
    companion = await startCompanion();
    await companion.store.units.add({ code: '320102', name: '南京市玄武区人民检察院' });
    const a = await companion.store.users.add({ name: '管理员', role: 'admin', unitCode: '320102' });
    const p = await companion.store.users.add({ name: '王检察官', role: 'prosecutor', unitCode: '320102' });
    if (!a.ok || !p.ok) throw new Error('users');
    admin = a.token;
    prosecutor = p.token;
  });
  afterAll(async () => {
    await companion?.close();
  });

  async function put(path: string, body: unknown) {
    const res = await fetch(`${companion.url}/api/v1${path}`, {
      method: 'PUT', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    expect(res.status, await res.clone().text()).toBe(200);
  }

  it('PUT rule config, adapter and calendar override → pulled with a prosecutor token → what content scripts receive', async () => {
    const { updatedAt: _u, ...rc } = ruleConfig;
    await put('/rule-config', { ...rc, rules: [{ ruleId: RULE, enabled: true, points: { late: 9 }, warningDays: null }, { ruleId: 'prosecution-review-1m', enabled: false, points: {}, warningDays: null }] });
    await put('/adapters', { adapters: adapters.adapters });
    await put('/calendar-overrides', overrides);

    const stored = await pullCentral(EMPTY_CENTRAL, { http: createHttp(), companionUrl: companion.url, token: prosecutor });
    expect(stored.error).toBeNull();
    expect(stored.fetchedAt).not.toBeNull();

    const pub = toPublicSettings(mergeSettings({ companionUrl: companion.url, token: prosecutor }, {}), builtInAdapters, readCentral(centralToStorage(stored)));
    expect(JSON.stringify(pub)).not.toContain(prosecutor);
    expect(pub.central.rules).toEqual({ [RULE]: { enabled: true, points: { late: 9 } }, 'prosecution-review-1m': { enabled: false } });
    expect(pub.central.counts).toEqual({ rules: 2, adapters: 1, calendarOverrides: 1 });
    expect(pub.central.calendar?.holidays).toEqual(['2025-09-03']);
    expect(pub.adapters.map((a) => `${a.adapter.id}:${a.source}`)).toEqual(['central-host:central', `${(trainingSystemAdapter as { id: string }).id}:built-in`]);

    // The content script evaluates with these; the finding's points are what the sync sends.
    const configured = configureRules(rules, pub.central.rules);
    expect(configured.some((r) => r.meta.id === 'prosecution-review-1m')).toBe(false);
    // What the checker applies: the background's resolved settings, through JSON (a browser message).
    const sent = withRuleConfigs(rules, JSON.parse(JSON.stringify(pub.central.configured)));
    expect(Object.keys(pub.central.configured).sort()).toEqual([RULE, 'prosecution-review-1m'].sort());
    expect(sent.map((r) => r.meta.id)).toEqual(configured.map((r) => r.meta.id));
    const snapshot = { procedure: 'prosecution-review', acceptedOn: '2025-09-01', materialsReceivedOn: '2025-09-01', suspectCounselNoticeOn: '2025-09-08', inCustody: false };
    const red = evaluate(snapshot, { today: '2025-09-20', rules: configured, calendar: decodeCalendar(pub.central.calendar!) }).find((f) => f.ruleId === RULE && f.light === 'red');
    expect(red?.points).toBe(9);
    const viaSent = evaluate(snapshot, { today: '2025-09-20', rules: sent, calendar: decodeCalendar(pub.central.calendar!) });
    expect(viaSent).toEqual(evaluate(snapshot, { today: '2025-09-20', rules: configured, calendar: decodeCalendar(pub.central.calendar!) }));
  });

  it('a wrong token keeps the last good copy and records the error', async () => {
    const good = await pullCentral(EMPTY_CENTRAL, { http: createHttp(), companionUrl: companion.url, token: prosecutor });
    const bad = await pullCentral(good, { http: createHttp(), companionUrl: companion.url, token: 'not-a-token' });
    expect(bad.ruleConfig).toEqual(good.ruleConfig);
    expect(bad.fetchedAt).toBe(good.fetchedAt);
    expect(bad.error?.en).toMatch(/HTTP 401/);
  });
});
