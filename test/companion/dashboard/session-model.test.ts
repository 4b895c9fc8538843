import { describe, expect, it } from 'vitest';
import type { MeResponse } from '../../../shared/api/index.ts';
import { ApiError } from '../../../companion/dashboard/web/api/client.ts';
import { deriveUnitOptions, LANG_KEY, SessionModel, TOKEN_KEY } from '../../../companion/dashboard/web/models/session-model.ts';
import { fakeApi, ids, memoryStorage } from './fake-api.ts';

const me = (role: MeResponse['user']['role'] = 'supervisor'): MeResponse => ({
  user: { id: ids.supervisor, name: '张主任', role, unitCode: '320100', unitName: '南京市院' },
  visibleUnits: [
    { code: '320102', name: '玄武区院', parentCode: '320100' },
    { code: '320100', name: '南京市院', parentCode: '320000' },
    { code: '320104', name: '秦淮区院', parentCode: '320100' },
    { code: '32010401', name: '秦淮区院第一部', parentCode: '320104' },
  ],
});

function setup(stored: Record<string, string> = {}, role: MeResponse['user']['role'] = 'supervisor') {
  const api = fakeApi(null).on('GET', '/api/v1/me', ({ token }) => (token === 'good' ? me(role) : new ApiError(401, 'unauthorized', { zh: '令牌无效', en: 'Invalid token' })));
  const storage = memoryStorage(stored);
  const prefs = memoryStorage();
  const session = new SessionModel({ api, storage, prefs });
  return { api, storage, prefs, session };
}

describe('SessionModel', () => {
  it('starts signed out without a kept token', () => {
    const { session } = setup();
    expect(session.status.value).toBe('signed-out');
    expect(session.lang.value).toBe('zh');
  });

  it('keeps the token in sessionStorage only after /me accepts it, and sends it as the bearer', async () => {
    const { session, storage, api } = setup();
    expect(await session.signIn('  Bearer good ')).toBe(true);
    expect(session.status.value).toBe('signed-in');
    expect(session.token.value).toBe('good');
    expect(storage.data.get(TOKEN_KEY)).toBe('good');
    expect(api.calls[0]).toMatchObject({ path: '/api/v1/me', token: 'good' });
    expect(session.me.value?.user.name).toBe('张主任');
  });

  it('shows the server reason and keeps nothing when the token is refused', async () => {
    const { session, storage } = setup();
    expect(await session.signIn('bad')).toBe(false);
    expect(session.status.value).toBe('signed-out');
    expect(session.error.value).toEqual({ zh: '令牌无效', en: 'Invalid token' });
    expect(storage.data.has(TOKEN_KEY)).toBe(false);
  });

  it('turns away roles that may not use the dashboard, naming the role', async () => {
    const { session } = setup({}, 'prosecutor');
    expect(await session.signIn('good')).toBe(false);
    expect(session.status.value).toBe('signed-out');
    expect(session.error.value?.zh).toContain('检察官');
    expect(session.error.value?.en).toContain('prosecutor');
  });

  it('lets administrators look but only supervisors decide objections', async () => {
    const admin = setup({}, 'admin');
    await admin.session.signIn('good');
    expect(admin.session.status.value).toBe('signed-in');
    expect(admin.session.canDecide.value).toBe(false);
    const sup = setup();
    await sup.session.signIn('good');
    expect(sup.session.canDecide.value).toBe(true);
  });

  it('checks a token kept earlier in the tab before showing anything', async () => {
    const { session } = setup({ [TOKEN_KEY]: 'good' });
    const restoring = session.restore();
    expect(session.status.value).toBe('checking');
    await restoring;
    expect(session.status.value).toBe('signed-in');
  });

  it('signs out and forgets the token', async () => {
    const { session, storage } = setup();
    await session.signIn('good');
    session.signOut();
    expect(session.status.value).toBe('signed-out');
    expect(storage.data.has(TOKEN_KEY)).toBe(false);
    expect(session.me.value).toBeNull();
  });

  it('expires on a 401 with a message saying so', async () => {
    const { session } = setup();
    await session.signIn('good');
    session.expire();
    expect(session.status.value).toBe('signed-out');
    expect(session.error.value?.en).toMatch(/expired/);
  });

  it('remembers the language choice', () => {
    const { session, prefs } = setup();
    session.setLang('en');
    expect(session.lang.value).toBe('en');
    expect(prefs.data.get(LANG_KEY)).toBe('en');
  });

  it('lists visible units as a tree, own unit first, and knows when there are sub-units', async () => {
    const { session } = setup();
    expect(session.hasSubUnits.value).toBe(false);
    await session.signIn('good');
    expect(session.unitOptions.value).toEqual([
      { code: '320100', name: '南京市院', depth: 0 },
      { code: '320102', name: '玄武区院', depth: 1 },
      { code: '320104', name: '秦淮区院', depth: 1 },
      { code: '32010401', name: '秦淮区院第一部', depth: 2 },
    ]);
    expect(session.hasSubUnits.value).toBe(true);
    expect(session.unitNames.value.get('320104')).toBe('秦淮区院');
  });

  it('gives a unit without sub-units a single option', () => {
    const single: MeResponse = { ...me(), visibleUnits: [{ code: '320100', name: '南京市院', parentCode: null }] };
    expect(deriveUnitOptions(single)).toEqual([{ code: '320100', name: '南京市院', depth: 0 }]);
  });
});
