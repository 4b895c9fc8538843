import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeResponseSchema, UnitsResponseSchema, UsersResponseSchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends } from '../helpers.ts';

describe.each(backends)('/api/v1/me, /units, /users ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeAll(async () => { f = await apiFixture(backend); });
  afterAll(async () => { await f.t.cleanup(); });

  it('tells the caller who they are and which units they may see', async () => {
    const me = MeResponseSchema.parse((await request(f.app).get('/api/v1/me').set(auth(f.w.eastSupervisor)).expect(200)).body);
    expect(me.user).toEqual({ id: f.w.eastSupervisor.id, name: '东区部长', role: 'supervisor', unitCode: '320102', unitName: '东区院' });
    expect(me.visibleUnits.map((u) => u.code).sort()).toEqual(['320102', '32010201']);
    const admin = MeResponseSchema.parse((await request(f.app).get('/api/v1/me').set(auth(f.w.admin)).expect(200)).body);
    expect(admin.visibleUnits).toHaveLength(4);
    const prosecutor = MeResponseSchema.parse((await request(f.app).get('/api/v1/me').set(auth(f.w.west1)).expect(200)).body);
    expect(prosecutor.visibleUnits).toEqual([{ code: '320105', name: '西区院', parentCode: '3201' }]);
  });

  it('returns 401 without a token', async () => {
    const res = await request(f.app).get('/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.body.reason.zh).toContain('令牌');
  });

  it('lists units with their parents', async () => {
    const res = UnitsResponseSchema.parse((await request(f.app).get('/api/v1/units').set(auth(f.w.citySupervisor)).expect(200)).body);
    expect(res.units.find((u) => u.code === '32010201')?.parentCode).toBe('320102');
  });

  it('lists users within the caller’s units; a prosecutor sees only themselves; never a token', async () => {
    const east = UsersResponseSchema.parse((await request(f.app).get('/api/v1/users').set(auth(f.w.eastSupervisor)).expect(200)).body);
    expect(east.users.map((u) => u.name).sort()).toEqual(['东一检察官', '东二检察官', '东区部长', '派驻检察官'].sort());
    const own = UsersResponseSchema.parse((await request(f.app).get('/api/v1/users').set(auth(f.w.east1)).expect(200)).body);
    expect(own.users.map((u) => u.id)).toEqual([f.w.east1.id]);
    const all = await request(f.app).get('/api/v1/users').set(auth(f.w.admin)).expect(200);
    expect(JSON.stringify(all.body)).not.toMatch(/token|clt_/);
    expect((await request(f.app).get('/api/v1/users').set(auth(f.w.trainer))).status).toBe(403);
  });
});
