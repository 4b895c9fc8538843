// 审计记录 (administrators): the audit trail newest first, a page at a time, filtered by action. Every
// value is rendered as text (JSX text nodes), never as HTML. A non-administrator who opens /audit
// gets the server's 403 reason, like any other refused page.
import { useComputed, useSignalEffect } from '@preact/signals';
import { AuditActionSchema, type AuditAction, type AuditEntry } from '../../../../shared/api/index.ts';
import { AUDIT_ACTION_NAMES, aut, type AuditMessageId } from '../audit-i18n.ts';
import { useModels } from '../context.ts';
import { formatDate, formatNumber, pick } from '../i18n.ts';
import { describeChange, entryCaseNumber } from '../models/audit-model.ts';
import { DataTable, Link, ResourceView, type Column } from './common.tsx';

function ChangeText(props: { entry: AuditEntry }) {
  const { session } = useModels();
  const lang = session.lang.value;
  const at = (id: AuditMessageId, params?: Record<string, string | number>) => aut(lang, id, params);
  const lines = describeChange(lang, props.entry.before, props.entry.after);
  if (lines.length === 0) return <>—</>;
  return (
    <ul class="audit-change">
      {lines.map((l) => (
        <li key={l.field}>
          <span class="audit-field">{l.label}{lang === 'zh' ? '：' : ': '}</span>
          {l.list ? (
            <>
              {l.list.added.length > 0 && <span class="audit-added">{at('listAdded', { n: l.list.added.length, items: l.list.added.join(lang === 'zh' ? '、' : ', ') })} </span>}
              {l.list.removed.length > 0 && <span class="audit-removed">{at('listRemoved', { n: l.list.removed.length, items: l.list.removed.join(lang === 'zh' ? '、' : ', ') })} </span>}
              {l.list.added.length === 0 && l.list.removed.length === 0 && <span>{at('listUnchanged', { n: l.list.unchanged })}</span>}
            </>
          ) : l.before !== null && l.after !== null ? (
            <><span class="audit-before">{l.before}</span> → <span class="audit-after">{l.after}</span></>
          ) : (
            <span>{l.before ?? l.after}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function AuditPage() {
  const { audit, session, nav } = useModels();
  const lang = session.lang.value;
  const at = (id: AuditMessageId, params?: Record<string, string | number>) => aut(lang, id, params);
  // The action filter lives in the URL (?action=…): a reload, the back button or a link sent on shows
  // the same entries. Anything but a known action is "all".
  const urlAction = useComputed(() => {
    const parsed = AuditActionSchema.safeParse(nav.query.value.get('action'));
    return parsed.success ? parsed.data : null;
  });
  // Reload whenever the page is opened or its action changes: what was changed elsewhere since shows at the top.
  useSignalEffect(() => {
    void audit.setAction(urlAction.value);
  });
  const columns: Column<AuditEntry>[] = [
    { header: at('colTime'), class: 'nowrap', cell: (e) => <time dateTime={e.at}>{formatDate(lang, e.at)}</time> },
    { header: at('colAction'), rowHeader: true, class: 'nowrap', cell: (e) => pick(lang, AUDIT_ACTION_NAMES[e.action], e.action) },
    {
      header: at('colSubject'),
      cell: (e) => {
        const caseNumber = entryCaseNumber(e);
        if (caseNumber) return <><Link to={{ name: 'case', caseNumber }}>{caseNumber}</Link><br /><code class="audit-subject">{e.subject}</code></>;
        return <code class="audit-subject">{e.subject}</code>;
      },
    },
    { header: at('colActor'), class: 'nowrap', cell: (e) => e.actorName ?? e.actorId ?? at('system') },
    { header: at('colChange'), cell: (e) => <ChangeText entry={e} /> },
    { header: at('colReason'), cell: (e) => <span class="reason">{e.reason ?? at('noReason')}</span> },
  ];
  const range = audit.range.value;
  const state = audit.state.value;
  // A refusal shows no earlier page with it (another administrator's page, before a sign-out in this tab).
  const shown = state.status === 'error' ? { status: 'error' as const, error: state.error } : state;
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1} id="h-audit">{at('title')}</h1>
      </div>
      <p class="panel-hint">{at('intro')}</p>
      {state.status !== 'error' && <form class="field-inline" onSubmit={(e) => e.preventDefault()}>
        <label for="audit-action">{at('filterAction')}</label>
        <select
          id="audit-action"
          value={audit.action.value ?? ''}
          onChange={(e) => nav.setParam('action', (e.currentTarget.value || null) as AuditAction | null)}
          data-testid="audit-action"
        >
          <option value="">{at('allActions')}</option>
          {AuditActionSchema.options.map((a) => <option key={a} value={a}>{pick(lang, AUDIT_ACTION_NAMES[a], a)}</option>)}
        </select>
      </form>}
      <ResourceView resource={shown} onRetry={() => void audit.load()}>
        {() => (
          <section class="panel">
            <DataTable
              caption={at('title')}
              captionHidden
              columns={columns}
              rows={audit.entries.value}
              rowKey={(e) => e.id}
              empty={at('empty')}
              testId="table-audit"
            />
            {(audit.hasPrevious.value || audit.hasNext.value) && (
              <nav class="button-row pager" aria-label={at('pager')} data-testid="audit-pager">
                <button type="button" class="button-secondary" disabled={!audit.hasPrevious.value} onClick={() => void audit.previousPage()}>{at('pagePrev')}</button>
                <button type="button" class="button-secondary" disabled={!audit.hasNext.value} onClick={() => void audit.nextPage()}>{at('pageNext')}</button>
              </nav>
            )}
            {range && <p class="field-meta" role="status" data-testid="audit-range">{at('range', {
              from: formatNumber(lang, range.from), to: formatNumber(lang, range.to), total: formatNumber(lang, range.total),
            })}</p>}
          </section>
        )}
      </ResourceView>
    </>
  );
}
