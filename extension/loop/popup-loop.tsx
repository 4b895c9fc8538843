// The popup's loop section: open notices addressed to me (reply there), and 我的期限 — every case I
// checked with its next due dates, overdue first, linking back to the case page. Local data only,
// so it works offline; the notices are the last pulled copy (refreshed when the popup opens).
import { signal } from '@preact/signals';
import type { Notice } from '../../shared/api/index';
import type { DeadlineRow } from './cases';
import { lt } from './i18n';
import { NoticeList, type NoticePort } from './notice-list';

export interface LoopPopupDeps {
  send(message: { type: string } & Record<string, unknown>): Promise<unknown>;
  openUrl(url: string): void;
}

export function createLoopPopupModel(deps: LoopPopupDeps) {
  const deadlines = signal<DeadlineRow[] | null>(null);
  const notices = signal<Notice[]>([]);
  const port: NoticePort = {
    list: async (caseNumber) => (await deps.send({ type: 'loop/notices', ...(caseNumber ? { caseNumber } : {}) })) as Notice[],
    reply: async (id, text) => (await deps.send({ type: 'loop/reply', id, text })) as Awaited<ReturnType<NoticePort['reply']>>,
  };
  async function load() {
    try { deadlines.value = (await deps.send({ type: 'loop/deadlines' })) as DeadlineRow[]; } catch { deadlines.value = []; }
    try { notices.value = await port.list(); } catch { /* none stored yet */ }
    // Then ask the companion for news; offline the stored copy stays.
    try { notices.value = (await deps.send({ type: 'loop/notices-refresh' })) as Notice[]; } catch { /* offline */ }
  }
  return { deadlines, notices, port, load, openUrl: deps.openUrl };
}
export type LoopPopupModel = ReturnType<typeof createLoopPopupModel>;

function left(d: { daysLeft: number }) {
  if (d.daysLeft < 0) return lt('deadlines.overdue', { n: -d.daysLeft });
  if (d.daysLeft === 0) return lt('deadlines.today');
  return lt('deadlines.left', { n: d.daysLeft });
}

export function LoopPopup({ model }: { model: LoopPopupModel }) {
  const rows = model.deadlines.value;
  return (
    <>
      <NoticeList port={model.port} notices={model.notices.value} onChange={(n) => (model.notices.value = n)} />
      <section data-testid="my-deadlines" aria-label={lt('deadlines.title')}>
        <strong>{lt('deadlines.title')}</strong>
        {rows !== null && rows.length === 0 && <p class="muted">{lt('deadlines.empty')}</p>}
        <ul>
          {(rows ?? []).slice(0, 30).map((r) => (
            <li key={r.caseNumber} class={r.overdue ? 'red' : r.dues[0]?.daysLeft <= 3 ? 'yellow' : ''} data-testid="deadline-row" data-overdue={r.overdue ? 'true' : 'false'}>
              <a href={r.url} onClick={(e) => { e.preventDefault(); model.openUrl(r.url); }}>{r.caseNumber}</a>
              {r.inCustody ? ` · ${lt('deadlines.custody')}` : ''}
              {' · '}{r.nextDue} {left(r.dues[0])}
              {r.dues.length > 1 ? ` (+${r.dues.length - 1})` : ''}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
