// The connection check against a real companion over real HTTP: who the token is, the version, and
// each failure in words with the field to fix; the popup line's wording.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ago, connectedLine, createConnectionService, testConnection, type Connection } from '../../../extension/background/connection.ts';
import { createHttp } from '../../../extension/sync/client.ts';
import { COMPANION_VERSION } from '../../../companion/app.ts';
import { startCompanion, type RunningCompanion } from '../../e2e/harness.ts';

/** The connection service over a plain object as chrome.storage.local, with the settings as given. */
function serviceOver(stored: Record<string, unknown>, settings: () => { companionUrl: string; token: string }) {
  return createConnectionService({
    http: createHttp(undefined, 5_000),
    getSettings: async () => settings(),
    storage: { get: async (k) => (k in stored ? { [k]: stored[k] } : {}), set: async (items) => { Object.assign(stored, items); }, remove: async (k) => { delete stored[k]; } },
  });
}

describe('testConnection (real companion)', () => {
  let companion: RunningCompanion;
  let token: string;
  const http = createHttp(undefined, 5_000);
  beforeAll(async () => {
    companion = await startCompanion();
    await companion.store.units.add({ code: '620502', name: '秦州区院' });
    const added = await companion.store.users.add({ name: '张三', role: 'prosecutor', unitCode: '620502' });
    if (!added.ok) throw new Error(added.code);
    token = added.token;
  });
  afterAll(async () => { await companion.close(); });

  it('says who the token signs in as, and the companion’s version', async () => {
    const c = await testConnection(http, { companionUrl: `${companion.url}/`, token });
    expect(c).toMatchObject({ ok: true, user: { name: '张三', role: 'prosecutor', unitName: '秦州区院' }, version: COMPANION_VERSION, companionUrl: companion.url });
  });

  it('a wrong token is the token field’s problem', async () => {
    const c = await testConnection(http, { companionUrl: companion.url, token: 'not-a-real-token-0000' });
    expect(c).toMatchObject({ ok: false, problem: 'unauthorized', status: 401, field: 'token' });
    expect(!c.ok && c.message.zh).toContain('访问令牌无效');
  });

  it('an address that is not a companion, or does not answer, is the address field’s problem', async () => {
    const notCompanion = await testConnection(http, { companionUrl: `${companion.url}/training`, token });
    expect(notCompanion).toMatchObject({ ok: false, problem: 'not-found', field: 'companionUrl' });
    const closed = await testConnection(http, { companionUrl: 'http://127.0.0.1:9', token });
    expect(closed).toMatchObject({ ok: false, problem: 'offline', field: 'companionUrl' });
    expect(!closed.ok && closed.message.zh).toContain('伴随服务');
  });

  it('nothing set: says so, with no field to blame', async () => {
    expect(await testConnection(http, { companionUrl: '', token: '' })).toMatchObject({ ok: false, problem: 'not-configured', field: null });
  });

  it('the service keeps the last good check for the popup and drops it when the token turns out wrong', async () => {
    const stored: Record<string, unknown> = {};
    let settings = { companionUrl: companion.url, token };
    const service = serviceOver(stored, () => settings);
    const first = await service.get();
    expect(first.ok).toBe(true);
    expect((stored.connection as Connection).ok).toBe(true);
    settings = { companionUrl: companion.url, token: 'revoked-token-000000' };
    expect((await service.test()).ok).toBe(false);
    expect(stored.connection).toBeUndefined();
  });

  it('a check made with one token never answers for another: a new token is checked before its role is told', async () => {
    const added = await companion.store.users.add({ name: '李四', role: 'admin', unitCode: '620502' });
    if (!added.ok) throw new Error(added.code);
    const stored: Record<string, unknown> = {};
    let settings = { companionUrl: companion.url, token };
    const service = serviceOver(stored, () => settings);
    expect(await service.get()).toMatchObject({ ok: true, user: { name: '张三', role: 'prosecutor' } });
    // The stored check keeps no token, only a tag of it, and the pages never see the tag.
    expect(JSON.stringify(stored.connection)).not.toContain(token);
    expect(await service.get()).not.toHaveProperty('tokenTag');
    // The token changes and nothing has forgotten the stored check yet: the role is the new token's.
    settings = { companionUrl: companion.url, token: added.token };
    expect(await service.get()).toMatchObject({ ok: true, user: { name: '李四', role: 'admin' } });
    settings = { companionUrl: companion.url, token };
    expect(await service.get()).toMatchObject({ ok: true, user: { name: '张三', role: 'prosecutor' } });
  });
});

describe('the connected line', () => {
  const c: Extract<Connection, { ok: true }> = { ok: true, user: { name: '张三', role: 'prosecutor', unitName: '秦州区院' }, version: '0.1.0', checkedAt: '2026-01-01T00:00:00Z', companionUrl: 'http://x' };
  const now = new Date('2026-03-02T08:03:30Z');
  it('reads as the issue has it', () => {
    expect(connectedLine('zh-CN', c, '2026-03-02T08:00:00Z', now)).toBe('已连接：张三 · 检察官 · 秦州区院 · 3分钟前同步');
    expect(connectedLine('en', c, '2026-03-02T08:00:00Z', now)).toBe('Connected: 张三 · prosecutor · 秦州区院 · synced 3 min ago');
    expect(connectedLine('zh-CN', c, null, now)).toBe('已连接：张三 · 检察官 · 秦州区院 · 尚未同步');
  });
  it('counts in the largest whole unit', () => {
    expect(ago('zh-CN', '2026-03-02T08:03:00Z', now)).toBe('刚刚');
    expect(ago('zh-CN', '2026-03-02T05:00:00Z', now)).toBe('3小时前');
    expect(ago('zh-CN', '2026-02-27T08:00:00Z', now)).toBe('3天前');
  });
});
