import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdaptersResponseSchema, AdapterVersionsSchema, AuditResponseSchema } from '../../../shared/api/index.ts';
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

  it('keeps every published version: a changed adapter gets the next number, an unchanged one keeps its own', async () => {
    const put = (adapters: unknown[]) => request(f.app).put('/api/v1/adapters').set(auth(f.w.admin)).send({ adapters }).expect(200);
    await put([province]);
    // The studio publishes a v2 adapter with the same version number it started from: bumped to 4.
    const v2 = { ...province, fields: { ...province.fields, caseNumber: { anchors: [{ label: '部门受案号' }, { selector: '#ajxx span.ajbh' }], read: 'text' } } };
    const second = AdaptersResponseSchema.parse((await put([v2])).body);
    expect(second.adapters[0].version).toBe(4);
    expect(second.adapters[0].fields.caseNumber).toEqual(v2.fields.caseNumber);
    const third = AdaptersResponseSchema.parse((await put([{ ...v2, version: 1 }])).body);
    expect(third.adapters[0].version).toBe(4); // nothing changed but the number: no new version
    const list = AdapterVersionsSchema.parse((await request(f.app).get('/api/v1/adapters/js-tyyw-2/versions').set(auth(f.w.admin)).expect(200)).body);
    expect(list.versions.map((v) => v.version)).toEqual([4, 3]);
    expect(list.versions[0].publishedBy).toBe(f.w.admin.id);
    expect(list.versions[1].adapter.fields).toEqual(province.fields);
  });

  it('records every publication, withdrawal and rollback in the audit trail, with who and which versions', async () => {
    const put = (adapters: unknown[]) => request(f.app).put('/api/v1/adapters').set(auth(f.w.admin)).send({ adapters }).expect(200);
    await put([province, trainingSystemAdapter]);
    await put([province, trainingSystemAdapter]); // unchanged: no entry
    await put([{ ...province, fields: { acceptedOn: { anchors: [{ name: 'slrq' }], format: 'YYYY.MM.DD' } } }]); // changed, and the training adapter withdrawn
    await request(f.app).post('/api/v1/adapters/js-tyyw-2/rollback').set(auth(f.w.admin)).send({ version: 3 }).expect(200);
    const trail = AuditResponseSchema.parse((await request(f.app).get('/api/v1/audit?limit=20').set(auth(f.w.admin)).expect(200)).body);
    const mine = trail.entries.filter((e) => e.action === 'adapter-publish' || e.action === 'adapter-rollback')
      .map((e) => [e.action, e.subject, e.before, e.after, e.actorId]);
    expect(mine).toHaveLength(5);
    expect(mine).toEqual(expect.arrayContaining([
      ['adapter-publish', 'js-tyyw-2', null, { version: 3 }, f.w.admin.id],
      ['adapter-publish', 'training-system', null, { version: trainingSystemAdapter.version }, f.w.admin.id],
      ['adapter-publish', 'js-tyyw-2', { version: 3 }, { version: 4 }, f.w.admin.id],
      ['adapter-publish', 'training-system', { version: trainingSystemAdapter.version }, null, f.w.admin.id],
      ['adapter-rollback', 'js-tyyw-2', { version: 4 }, { version: 5, rollbackOf: 3 }, f.w.admin.id],
    ]));
    expect(mine[0][0]).toBe('adapter-rollback'); // newest first
  });

  it('rolls back by publishing an earlier version again as a new one', async () => {
    const put = (adapters: unknown[]) => request(f.app).put('/api/v1/adapters').set(auth(f.w.admin)).send({ adapters }).expect(200);
    await put([province]);
    await put([{ ...province, fields: { acceptedOn: { anchors: [{ name: 'slrq' }], format: 'YYYY.MM.DD' } } }]);
    const res = await request(f.app).post('/api/v1/adapters/js-tyyw-2/rollback').set(auth(f.w.admin)).send({ version: 3 }).expect(200);
    const body = AdaptersResponseSchema.parse(res.body);
    expect(body.adapters[0]).toEqual({ ...province, version: 5 });
    const pulled = AdaptersResponseSchema.parse((await request(f.app).get('/api/v1/adapters').set(auth(f.w.east1)).expect(200)).body);
    expect(pulled.adapters[0].fields).toEqual(province.fields);
    const list = AdapterVersionsSchema.parse((await request(f.app).get('/api/v1/adapters/js-tyyw-2/versions').set(auth(f.w.admin)).expect(200)).body);
    expect(list.versions.map((v) => [v.version, v.rollbackOf])).toEqual([[5, 3], [4, null], [3, null]]);
  });

  it('answers 404 in Chinese and English for a version that does not exist, 403 for a supervisor, 400 for a bad id', async () => {
    await request(f.app).put('/api/v1/adapters').set(auth(f.w.admin)).send({ adapters: [province] }).expect(200);
    const missing = await request(f.app).post('/api/v1/adapters/js-tyyw-2/rollback').set(auth(f.w.admin)).send({ version: 9 });
    expect(missing.status).toBe(404);
    expect(JSON.stringify(missing.body)).toMatch(/没有第 9 版/);
    expect(JSON.stringify(missing.body)).toMatch(/has no version 9/);
    expect((await request(f.app).post('/api/v1/adapters/js-tyyw-2/rollback').set(auth(f.w.citySupervisor)).send({ version: 3 })).status).toBe(403);
    expect((await request(f.app).get('/api/v1/adapters/Not_An_Id/versions').set(auth(f.w.admin))).status).toBe(400);
    const pulled = AdaptersResponseSchema.parse((await request(f.app).get('/api/v1/adapters').set(auth(f.w.east1)).expect(200)).body);
    expect(pulled.adapters).toEqual([province]); // nothing half-written
  });
});
