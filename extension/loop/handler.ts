// `loop/*` messages (issue 10), answered by the background: 我的期限 for the popup, the open notices
// (popup and the case page), a reply, and the reminder preferences having changed.
import { diffDays, todayInShanghai } from '../../shared/calendar/index';
import type { CaseLightDb } from '../store/db';
import { myDeadlines } from './cases';
import type { NoticeClient } from './notices';

export type LoopMessage =
  /** popup → DeadlineRow[] (works offline: local data only) */
  | { type: 'loop/deadlines' }
  /** popup, content → Notice[]: open notices addressed to me, optionally for one case (last pulled copy) */
  | { type: 'loop/notices'; caseNumber?: string }
  /** popup, options → Notice[] after pulling now */
  | { type: 'loop/notices-refresh' }
  /** popup, content → ReplyOutcome */
  | { type: 'loop/reply'; id: string; text: string }
  /** options → null: the reminder preferences changed */
  | { type: 'loop/reminders-changed' };

export interface LoopHandlerDeps {
  db: CaseLightDb;
  notices: NoticeClient;
  now?: () => number;
  /** After notices change (pulled or replied): the badge follows. */
  onNoticesChanged?: () => void | Promise<void>;
  onRemindersChanged?: () => void | Promise<void>;
}

export function isLoopMessage(m: unknown): m is LoopMessage {
  const t = typeof m === 'object' && m !== null ? (m as { type?: unknown }).type : undefined;
  return typeof t === 'string' && t.startsWith('loop/');
}

export function createLoopHandler(deps: LoopHandlerDeps) {
  const now = deps.now ?? Date.now;
  return async (message: LoopMessage, from: { extensionPage: boolean; content: boolean }): Promise<unknown> => {
    switch (message.type) {
      case 'loop/deadlines':
        if (!from.extensionPage) throw new Error('loop/deadlines comes from extension pages only');
        return myDeadlines(await deps.db.cases.toArray(), todayInShanghai(new Date(now())), diffDays);
      case 'loop/notices':
        return deps.notices.list(typeof message.caseNumber === 'string' ? message.caseNumber : undefined);
      case 'loop/notices-refresh': {
        if (!from.extensionPage) throw new Error('loop/notices-refresh comes from extension pages only');
        await deps.notices.pull();
        await deps.onNoticesChanged?.();
        return deps.notices.list();
      }
      case 'loop/reply': {
        if (typeof message.id !== 'string' || typeof message.text !== 'string') throw new Error('loop/reply needs id and text');
        const r = await deps.notices.reply(message.id, message.text);
        if (r.ok) await deps.onNoticesChanged?.();
        return r;
      }
      case 'loop/reminders-changed':
        if (!from.extensionPage) throw new Error('loop/reminders-changed comes from extension pages only');
        await deps.onRemindersChanged?.();
        return null;
      default:
        throw new Error(`unknown loop message: ${(message as { type: string }).type}`);
    }
  };
}
