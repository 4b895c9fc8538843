import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdaptersResponseSchema } from '../../../shared/api/index.ts';
import { trainingSystemAdapter } from '../../../shared/adapters/index.ts';
import { apiFixture, auth, backends } from '../helpers.ts';

describe.each(backends)('/api/v1/adapters ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeEach(async () => { f = await apiFixture(backend); });
  afterEach(async () => { await f.t.cleanup(); });

  const province = { id: 'js-tyyw-2', name: '江苏统一业务应用系统 2.0', version: 3, match: ['https://tyyw.example.gov.cn/*'], fields: { acceptedOn: { label: '受理日期', parse: 'date' } } };

  it('answers no adapters until an administrator puts some', async () => {
    const res = await request(f.app).get('/api/v1/adapters').set(auth(f.w.east1)).expect(200);
    expect(AdaptersResponseSchema.parse(res.body)).toEqual({ adapters: [], updatedAt: null });
  });

  it('lets an administrator replace the adapters, and extensions pull them', async () => {
    await request(f.app).put('/api/v1/adapters').set(auth(f.w.admin)).send({ adapters: [province, trainingSystemAdapter] }).expect(200);
    const res = await request(f.app).get('/api/v1/adapters').set(auth(f.w.east1)).expect(200);
    const body = AdaptersResponseSchema.parse(res.body);
    expect(body.adapters.map((a) => a.id)).toEqual(['js-tyyw-2', 'training-system']);
    expect(body.adapters[0]).toEqual(province);
    expect(body.updatedAt).toBe('2025-06-15T02:00:00.000Z');
  });

  it('returns 400 for an adapter naming an unknown case field or with two locators', async () => {
    const put = (a: unknown) => request(f.app).put('/api/v1/adapters').set(auth(f.w.admin)).send({ adapters: [a] });
    expect((await put({ ...province, fields: { notACaseField: { label: '某字段' } } })).status).toBe(400);
    expect((await put({ ...province, fields: { acceptedOn: { label: '受理日期', name: 'slrq' } } })).status).toBe(400);
    expect((await put({ ...province, match: ['not a pattern'] })).status).toBe(400);
  });

  it('returns 403 when a supervisor puts adapters', async () => {
    expect((await request(f.app).put('/api/v1/adapters').set(auth(f.w.citySupervisor)).send({ adapters: [province] })).status).toBe(403);
  });
});
