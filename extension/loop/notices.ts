// 流程监控通知书 in the extension (issue 10): the background pulls the open notices addressed to this
// prosecutor (GET /api/v1/notices, open and overdue), keeps the last good copy in IndexedDB so they
// show offline, and posts replies (POST /api/v1/notices/:id/reply). The token never leaves the
// background; content scripts and the popup ask through `loop/*` messages.
import type { KyInstance } from 'ky';
import { NOTICE_TEXT_MAX, NoticeListResponseSchema, NoticeSchema, type Notice } from '../../shared/api/index';
import type { CaseLightDb } from '../store/db';

export const NOTICES_PATH = '/api/v1/notices';

export type ReplyOutcome = { ok: true; notice: Notice } | { ok: false; error: { zh: string; en: string } };

const base = (url: string) => url.trim().replace(/\/+$/, '');

function reasonOf(body: unknown, status: number): { zh: string; en: string } {
  const r = (body as { reason?: { zh?: unknown; en?: unknown } } | null)?.reason;
  if (r && typeof r.zh === 'string' && typeof r.en === 'string') return { zh: r.zh, en: r.en };
  return { zh: `服务器答复 HTTP ${status}`, en: `The companion answered HTTP ${status}` };
}

export interface NoticeDeps {
  db: CaseLightDb;
  http: KyInstance;
  settings: () => Promise<{ companionUrl: string; token: string; trainingMode: boolean }>;
}

export function createNoticeClient(deps: NoticeDeps) {
  /** Pulls the open and overdue notices and replaces the local copy; answers them, or null when it could not. */
  async function pull(): Promise<Notice[] | null> {
    const { companionUrl, token } = await deps.settings();
    if (!companionUrl.trim() || !token.trim()) return null;
    const out: Notice[] = [];
    for (const status of ['overdue', 'open'] as const) {
      let body: unknown;
      try {
        const res = await deps.http.get(`${base(companionUrl)}${NOTICES_PATH}`, {
          searchParams: { status, limit: 200 }, headers: { authorization: `Bearer ${token}` },
        });
        if (!res.ok) return null;
        body = await res.json();
      } catch {
        return null;
      }
      const parsed = NoticeListResponseSchema.safeParse(body);
      if (!parsed.success) return null;
      out.push(...parsed.data.notices);
    }
    await deps.db.transaction('rw', deps.db.notices, async () => {
      await deps.db.notices.clear();
      await deps.db.notices.bulkPut(out);
    });
    return out;
  }

  /** Open notices as last pulled, overdue first then by reply due date. */
  async function list(caseNumber?: string): Promise<Notice[]> {
    const rows = caseNumber === undefined ? await deps.db.notices.toArray() : await deps.db.notices.where('caseNumber').equals(caseNumber).toArray();
    return rows.filter((n) => n.status !== 'replied')
      .sort((a, b) => Number(b.status === 'overdue') - Number(a.status === 'overdue') || a.replyDue.localeCompare(b.replyDue) || a.id.localeCompare(b.id));
  }

  async function reply(id: string, text: string): Promise<ReplyOutcome> {
    const trimmed = text.trim();
    if (trimmed.length === 0) return { ok: false, error: { zh: '请填写回复内容', en: 'Write the reply first' } };
    if (trimmed.length > NOTICE_TEXT_MAX) return { ok: false, error: { zh: `回复不超过 ${NOTICE_TEXT_MAX} 字`, en: `The reply is limited to ${NOTICE_TEXT_MAX} characters` } };
    const { companionUrl, token } = await deps.settings();
    if (!companionUrl.trim() || !token.trim()) return { ok: false, error: { zh: '尚未设置服务地址或访问令牌', en: 'The companion address or token is not set' } };
    let res: Response;
    try {
      res = await deps.http.post(`${base(companionUrl)}${NOTICES_PATH}/${encodeURIComponent(id)}/reply`, {
        json: { text: trimmed }, headers: { authorization: `Bearer ${token}` },
      });
    } catch {
      return { ok: false, error: { zh: '无法连接服务，请稍后再试', en: 'The companion cannot be reached; try again later' } };
    }
    let body: unknown;
    try { body = await res.json(); } catch { body = undefined; }
    if (!res.ok) return { ok: false, error: reasonOf(body, res.status) };
    const parsed = NoticeSchema.safeParse(body);
    if (!parsed.success) return { ok: false, error: { zh: '服务答复格式不符', en: 'Unexpected answer from the companion' } };
    await deps.db.notices.put(parsed.data);
    return { ok: true, notice: parsed.data };
  }

  return { pull, list, reply };
}
export type NoticeClient = ReturnType<typeof createNoticeClient>;
