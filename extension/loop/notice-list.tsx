// Open 流程监控通知书 with their reply due date and a reply box: in the popup and on the case page,
// beside the lights. A reply is sent only on a person's click (a trusted event), never on a script's.
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Notice } from '../../shared/api/index';
import { pick } from '../i18n';
import { lt } from './i18n';
import type { ReplyOutcome } from './notices';

export interface NoticePort {
  list(caseNumber?: string): Promise<Notice[]>;
  reply(id: string, text: string): Promise<ReplyOutcome>;
}

export function NoticeItem({ notice, port, onReplied, cls = '' }: { notice: Notice; port: NoticePort; onReplied: (n: Notice) => void; cls?: string }) {
  const open = useSignal(false);
  const text = useSignal('');
  const busy = useSignal(false);
  const problem = useSignal<string | null>(null);
  const armed = useRef(false);
  const overdue = notice.status === 'overdue';
  async function submit(e: Event) {
    e.preventDefault();
    const byPerson = e.isTrusted && armed.current;
    armed.current = false;
    if (!byPerson) return;
    if (text.peek().trim() === '') { problem.value = lt('notices.required'); return; }
    busy.value = true;
    const r = await port.reply(notice.id, text.peek());
    busy.value = false;
    if (r.ok) { open.value = false; problem.value = null; onReplied(r.notice); } else problem.value = pick(r.error);
  }
  return (
    <li class={`${cls} ${overdue ? 'cl-red red' : 'cl-yellow yellow'}`.trim()} data-testid="caselight-notice" data-notice-status={notice.status}>
      <div><strong>{notice.caseNumber}</strong> · {overdue ? lt('notices.overdue', { due: notice.replyDue }) : lt('notices.due', { due: notice.replyDue })}</div>
      <div class="cl-muted muted">{lt('notices.from', { name: notice.issuedByName, on: notice.issuedOn })}</div>
      <p class="cl-notice-text" style={{ whiteSpace: 'pre-wrap', margin: '2px 0' }}>{notice.text}</p>
      {!open.value ? (
        <button type="button" class="cl-btn" onClick={() => (open.value = true)} data-testid="caselight-notice-reply">{lt('notices.reply')}</button>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <label>
            {lt('notices.replyLabel')}
            <textarea rows={3} maxLength={2000} value={text.value} onInput={(e) => (text.value = e.currentTarget.value)} data-testid="caselight-notice-text" style={{ width: '100%' }} />
          </label>
          {problem.value && <div class="cl-error error" role="alert">{problem.value}</div>}
          <button type="submit" class="cl-btn" disabled={busy.value} onClick={(e) => { armed.current = e.isTrusted; }} data-testid="caselight-notice-send">
            {busy.value ? lt('notices.sending') : lt('notices.send')}
          </button>
        </form>
      )}
    </li>
  );
}

/** The notices of one case (the case page) or all open ones (the popup); loaded when shown. */
export function NoticeList({ port, caseNumber, notices, onChange }: { port: NoticePort; caseNumber?: string; notices: Notice[]; onChange: (n: Notice[]) => void }) {
  const mine = caseNumber === undefined ? notices : notices.filter((n) => n.caseNumber === caseNumber);
  if (caseNumber !== undefined && mine.length === 0) return null;
  return (
    <section class="cl-section cl-notices" data-testid="caselight-notices" aria-label={lt('notices.title')}>
      <strong>{lt('notices.title')}</strong>
      {mine.length === 0 ? <p class="muted">{lt('notices.empty')}</p> : (
        <ul class="cl-list">
          {mine.map((n) => <NoticeItem key={n.id} notice={n} port={port} onReplied={(r) => onChange(notices.filter((x) => x.id !== r.id))} cls="cl-item" />)}
        </ul>
      )}
    </section>
  );
}
