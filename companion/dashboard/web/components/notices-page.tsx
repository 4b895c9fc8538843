// 流程监控通知书: counts per unit (overdue replies in red), then the notices a page at a time with a
// status filter: case, prosecutor, reply due, status, the reply, and whether the case's defects were
// rectified after the notice.
import { useSignalEffect } from '@preact/signals';
import { NoticeStatusSchema, type Notice, type NoticeUnitCount, type NoticeStatus } from '../../../../shared/api/index.ts';
import { useModels } from '../context.ts';
import { formatDate, formatNumber } from '../i18n.ts';
import { lt, type LoopMessageId } from '../loop-i18n.ts';
import { DataTable, Link, Num, ResourceView, type Column } from './common.tsx';

export function NoticeStatusTag(props: { status: NoticeStatus }) {
  const { session } = useModels();
  const cls = props.status === 'overdue' ? 'status status-overdue' : props.status === 'replied' ? 'status status-ok' : 'status status-open';
  return <span class={cls} data-status={props.status}>{lt(session.lang.value, `status_${props.status}` as LoopMessageId)}</span>;
}

export function NoticesPage() {
  const { notices, session } = useModels();
  const lang = session.lang.value;
  const t = (id: LoopMessageId, p?: Record<string, string | number>) => lt(lang, id, p);
  useSignalEffect(() => { void notices.load(); });
  const unitName = (code: string) => session.unitNames.value.get(code) ?? code;

  const unitColumns: Column<NoticeUnitCount>[] = [
    { header: t('colUnit'), rowHeader: true, cell: (u) => unitName(u.unitCode) },
    { header: t('colOpen'), numeric: true, cell: (u) => <Num value={u.open} /> },
    { header: t('colOverdue'), numeric: true, cell: (u) => <span class={u.overdue > 0 ? 'num-overdue' : undefined}><Num value={u.overdue} /></span> },
    { header: t('colReplied'), numeric: true, cell: (u) => <Num value={u.replied} /> },
  ];
  const columns: Column<Notice>[] = [
    { header: t('colIssuedOn'), class: 'nowrap', cell: (n) => n.issuedOn },
    { header: t('colCase'), rowHeader: true, cell: (n) => <Link to={{ name: 'case', caseNumber: n.caseNumber }}>{n.caseNumber}</Link> },
    { header: t('colAddressee'), cell: (n) => <Link to={{ name: 'prosecutor', id: n.prosecutorId }}>{n.prosecutorName}</Link> },
    { header: t('colUnit'), cell: (n) => unitName(n.unitCode) },
    { header: t('colReplyDue'), class: 'nowrap', cell: (n) => <span class={n.status === 'overdue' ? 'num-overdue' : undefined}>{n.replyDue}</span> },
    { header: t('colStatus'), cell: (n) => <NoticeStatusTag status={n.status} /> },
    { header: t('colText'), cell: (n) => <span class="reason">{n.text}</span> },
    { header: t('colReply'), cell: (n) => (n.replyText === null ? '—' : <span class="reason">{formatDate(lang, n.repliedAt)}：{n.replyText}</span>) },
    {
      header: t('colRectified'),
      cell: (n) => (n.rectification.openAtNotice === 0 ? t('noDefectsAtNotice') : t('rectifiedOf', { open: n.rectification.openAtNotice, done: n.rectification.rectifiedSince })),
    },
  ];
  const filters: Array<NoticeStatus | null> = [null, ...NoticeStatusSchema.options];
  const range = notices.range.value;
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('noticesTitle')}</h1>
        <p class="field-meta">{t('noticesIntro')}</p>
      </div>
      <ResourceView resource={notices.state.value} onRetry={() => void notices.load()}>
        {() => (
          <>
            <section class="panel" aria-labelledby="h-notice-units">
              <h2 id="h-notice-units">{t('noticesByUnit')}</h2>
              <DataTable caption={t('noticesByUnit')} captionHidden columns={unitColumns} rows={notices.byUnit.value} rowKey={(u) => u.unitCode} testId="table-notice-units" />
            </section>
            <section class="panel" aria-labelledby="h-notices">
              <h2 id="h-notices">{t('noticesList')}</h2>
              <p class="button-row" role="group" aria-label={t('statusFilter')}>
                {filters.map((f) => (
                  <button key={f ?? 'all'} type="button" class={notices.status.value === f ? 'button-primary' : 'button-secondary'}
                    aria-pressed={notices.status.value === f} onClick={() => void notices.setStatus(f)} data-testid={`notice-filter-${f ?? 'all'}`}>
                    {f === null ? t('filterAll') : t(`status_${f}` as LoopMessageId)}
                  </button>
                ))}
              </p>
              <DataTable caption={t('noticesList')} captionHidden columns={columns} rows={notices.state.value.data?.notices ?? []} rowKey={(n) => n.id}
                empty={t('noticesEmpty')} testId="table-notices" />
              {(notices.hasPrevious.value || notices.hasNext.value) && (
                <nav class="button-row pager" aria-label={t('noticesList')}>
                  <button type="button" class="button-secondary" disabled={!notices.hasPrevious.value} onClick={() => void notices.previousPage()}>{t('pagePrev')}</button>
                  <button type="button" class="button-secondary" disabled={!notices.hasNext.value} onClick={() => void notices.nextPage()}>{t('pageNext')}</button>
                </nav>
              )}
              {range && <p class="field-meta" role="status">{t('pageRange', { from: formatNumber(lang, range.from), to: formatNumber(lang, range.to), total: formatNumber(lang, range.total) })}</p>}
            </section>
          </>
        )}
      </ResourceView>
    </>
  );
}
