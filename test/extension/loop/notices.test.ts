// The background's notice client and `loop/*` handling against the REAL companion over HTTP: pulls
// the open notices addressed to me into IndexedDB (shown offline afterwards), replies, refuses a
// second reply with the companion's reason; 我的期限 only for extension pages.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../extension/background/handlers.ts';
import { createLoopHandler, type LoopMessage } from '../../../extension/loop/handler.ts';
import { createNoticeClient } from '../../../extension/loop/notices.ts';
import { openDb } from '../../../extension/store/index.ts';
import { createHttp } from '../../../extension/sync/index.ts';
import { startCompanion, type RunningCompanion } from '../../e2e/harness.ts';
import { freshDbName } from '../sync/helpers.ts';

let companion: RunningCompanion;
let prosecutor: string;
let supervisor: string;

beforeAll(async () => {
  companion = await startCompanion();
  await companion.store.units.add({ code: '320102', name: '玄武' });
  const p = await companion.store.users.add({ name: '王检察官', role: 'prosecutor', unitCode: '320102' });
  const s = await companion.store.users.add({ name: '张主任', role: 'supervisor', unitCode: '320102' });
  if (!p.ok || !s.ok) throw new Error('seed');
  prosecutor = p.token;
  supervisor = s.token;
  await companion.store.caseActivity.ingest({ id: p.user.id, unitCode: '320102' }, [{
    id: crypto.randomUUID(), caseNumber: '苏检刑诉受〔2025〕9号', procedure: 'prosecution-review', dueDates: [], inCustody: false, observedAt: new Date().toISOString(),
  }], new Date());
});
afterAll(async () => { await companion?.close(); });

async function issue(text: string) {
  const res = await fetch(`${companion.url}/api/v1/notices`, {
    method: 'POST', headers: { authorization: `Bearer ${supervisor}`, 'content-type': 'application/json' },
    body: JSON.stringify({ caseNumber: '苏检刑诉受〔2025〕9号', text }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string };
}

describe('notices in the background', () => {
  it('pulls open notices, keeps them for offline, replies once', async () => {
    const db = openDb(freshDbName());
    let url = companion.url;
    const client = createNoticeClient({ db, http: createHttp(undefined, 5_000), settings: async () => ({ companionUrl: url, token: prosecutor, trainingMode: false }) });
    const n = await issue('请核查审查起诉期限');
    expect((await client.pull())?.map((x) => x.id)).toEqual([n.id]);
    // Offline: the pull fails, the stored copy stays.
    url = 'http://127.0.0.1:9';
    expect(await client.pull()).toBeNull();
    expect((await client.list('苏检刑诉受〔2025〕9号')).map((x) => x.text)).toEqual(['请核查审查起诉期限']);
    expect(await client.list('other')).toEqual([]);
    url = companion.url;
    expect(await client.reply(n.id, '  ')).toMatchObject({ ok: false });
    const ok = await client.reply(n.id, '已核查，期限内');
    expect(ok).toMatchObject({ ok: true, notice: { status: 'replied', replyText: '已核查，期限内' } });
    expect(await client.list()).toEqual([]);
    const again = await client.reply(n.id, '再次回复');
    expect(again).toMatchObject({ ok: false, error: { zh: expect.stringContaining('已经回复') } });
  });

  it('routes loop/* messages: notices and replies for content scripts too, 我的期限 for extension pages only', async () => {
    const db = openDb(freshDbName());
    const client = createNoticeClient({ db, http: createHttp(undefined, 5_000), settings: async () => ({ companionUrl: companion.url, token: prosecutor, trainingMode: false }) });
    let badge = 0;
    const loop = createLoopHandler({ db, notices: client, onNoticesChanged: () => { badge++; } });
    const handle = createMessageHandler({
      getPublicSettings: async () => { throw new Error('unused'); },
      tabs: { get: () => ({}), set: () => undefined },
      objections: { add: async () => { throw new Error('unused'); }, list: async () => [] } as never,
      push: () => undefined,
      setBadge: () => undefined,
      loop: (m, from) => loop(m as LoopMessage, from),
    });
    const page = { url: 'chrome-extension://abc/popup.html' };
    const content = { tab: { id: 3 }, frameId: 0 };
    const n = await issue('第二份通知');
    const refreshed = (await handle({ type: 'loop/notices-refresh' }, page)) as Array<{ id: string }>;
    expect(refreshed.map((x) => x.id)).toContain(n.id);
    expect(badge).toBe(1);
    await expect(handle({ type: 'loop/notices-refresh' }, content)).rejects.toThrow(/extension pages/);
    await expect(handle({ type: 'loop/deadlines' }, content)).rejects.toThrow(/extension pages/);
    expect(await handle({ type: 'loop/deadlines' }, page)).toEqual([]);
    const mine = (await handle({ type: 'loop/notices', caseNumber: '苏检刑诉受〔2025〕9号' }, content)) as Array<{ id: string }>;
    expect(mine.map((x) => x.id)).toContain(n.id);
    expect(await handle({ type: 'loop/reply', id: n.id, text: '已回复' }, content)).toMatchObject({ ok: true });
    expect(badge).toBe(2);
  });
});
