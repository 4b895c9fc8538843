import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditResponseSchema, CalendarOverridesSchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends } from '../helpers.ts';

describe.each(backends)('/api/v1/calendar-overrides ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeEach(async () => { f = await apiFixture(backend); });
  afterEach(async () => { await f.t.cleanup(); });

  const overrides = [
    { date: '2027-10-01', kind: 'holiday', note: '国庆节（2027 年安排公布前的临时设置）' },
    { date: '2027-09-26', kind: 'workday' },
  ];

  it('lets an administrator replace the overrides, and everyone pull them in date order', async () => {
    await request(f.app).put('/api/v1/calendar-overrides').set(auth(f.w.admin)).send({ overrides }).expect(200);
    const res = await request(f.app).get('/api/v1/calendar-overrides').set(auth(f.w.east1)).expect(200);
    expect(CalendarOverridesSchema.parse(res.body).overrides).toEqual([overrides[1], overrides[0]]);
    await request(f.app).put('/api/v1/calendar-overrides').set(auth(f.w.admin)).send({ overrides: [] }).expect(200);
    expect((await request(f.app).get('/api/v1/calendar-overrides').set(auth(f.w.east1))).body).toEqual({ overrides: [] });
  });

  it('keeps who changed the calendar, and what it was before, in the audit trail (a day moves due dates)', async () => {
    const trail = async () => AuditResponseSchema.parse((await request(f.app).get('/api/v1/audit?action=calendar-overrides').set(auth(f.w.admin)).expect(200)).body);
    await request(f.app).put('/api/v1/calendar-overrides').set(auth(f.w.admin)).send({ overrides }).expect(200);
    // The same list again (in another order) changes nothing and is not recorded twice.
    await request(f.app).put('/api/v1/calendar-overrides').set(auth(f.w.admin)).send({ overrides: [overrides[1], overrides[0]] }).expect(200);
    await request(f.app).put('/api/v1/calendar-overrides').set(auth(f.w.admin)).send({ overrides: [overrides[1]] }).expect(200);
    const { total, entries } = await trail();
    expect(total).toBe(2);
    expect(entries[0]).toMatchObject({
      action: 'calendar-overrides', subject: 'calendar', actorId: f.w.admin.id,
      before: { overrides: [overrides[1], overrides[0]] }, after: { overrides: [overrides[1]] },
    });
    expect(entries[1]).toMatchObject({ before: { overrides: [] }, after: { overrides: [overrides[1], overrides[0]] } });
    // A refused change leaves no entry.
    await request(f.app).put('/api/v1/calendar-overrides').set(auth(f.w.east1)).send({ overrides }).expect(403);
    expect((await trail()).total).toBe(2);
  });

  it('returns 400 for an impossible date, an unknown kind and a date listed twice', async () => {
    const put = (o: unknown[]) => request(f.app).put('/api/v1/calendar-overrides').set(auth(f.w.admin)).send({ overrides: o });
    expect((await put([{ date: '2027-02-30', kind: 'holiday' }])).status).toBe(400);
    expect((await put([{ date: '2027-02-03', kind: 'half-day' }])).status).toBe(400);
    expect((await put([overrides[0], overrides[0]])).status).toBe(400);
  });

  it('returns 403 when a prosecutor puts overrides', async () => {
    expect((await request(f.app).put('/api/v1/calendar-overrides').set(auth(f.w.east1)).send({ overrides })).status).toBe(403);
  });
});
