// 流程监控通知书 in the extension (issue 10): the background pulls the open notices addressed to this
// prosecutor (GET /api/v1/notices, open and overdue), keeps the last good copy in IndexedDB so they
// show offline, and posts replies (POST /api/v1/notices/:id/reply). The token never leaves the
// background; content scripts and the popup ask through `loop/*` messages.
import type { KyInstance } from 'ky';
import { NOTICE_TEXT_MAX, createApiClient, fromKy, type Notice } from '../../shared/api/index';
import type { CaseLightDb } from '../store/db';

export type ReplyOutcome = { ok: true; notice: Notice } | { ok: false; error: { zh: string; en: string } };

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
  /** The typed client (shared/api/client.ts) over the background's ky, for these settings. */
  const api = (companionUrl: string, token: string) => createApiClient(fromKy(deps.http), { baseUrl: companionUrl, token: () => token });

  /** Pulls the open and overdue notices and replaces the local copy; answers them, or null when it could not. */
  async function pull(): Promise<Notice[] | null> {
    const { companionUrl, token } = await deps.settings();
    if (!companionUrl.trim() || !token.trim()) return null;
    const out: Notice[] = [];
    const call = api(companionUrl, token);
    for (const status of ['overdue', 'open'] as const) {
      try {
        const answer = await call('notices', { query: { status, limit: 200 } });
        if (!answer.ok) return null;
        out.push(...answer.data.notices);
      } catch {
        return null;
      }
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
    let answer;
    try {
      answer = await api(companionUrl, token)('replyNotice', { params: { id }, body: { text: trimmed } });
    } catch {
      return { ok: false, error: { zh: '无法连接服务，请稍后再试', en: 'The companion cannot be reached; try again later' } };
    }
    if (!answer.ok && !answer.problem) return { ok: false, error: reasonOf(answer.body, answer.status) };
    if (!answer.ok) return { ok: false, error: { zh: '服务答复格式不符', en: 'Unexpected answer from the companion' } };
    await deps.db.notices.put(answer.data);
    return { ok: true, notice: answer.data };
  }

  return { pull, list, reply };
}
export type NoticeClient = ReturnType<typeof createNoticeClient>;
