// Small pieces every page uses: links that keep the filters, the error notice, tables with captions.
import type { ComponentChildren, TargetedMouseEvent } from 'preact';
import type { ApiError } from '../api/client.ts';
import { useModels, useT } from '../context.ts';
import { formatNumber, formatPercent, pick } from '../i18n.ts';
import { hrefFor, type Route } from '../models/navigation-model.ts';
import type { Resource } from '../models/resource.ts';

export function Link(props: { to: Route; children: ComponentChildren; class?: string; 'aria-label'?: string; 'aria-current'?: 'page' }) {
  const { nav } = useModels();
  const href = hrefFor(props.to, nav.place.value.search);
  const onClick = (e: TargetedMouseEvent<HTMLAnchorElement>) => {
    // Let the browser handle new tabs and windows.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    nav.navigate(props.to);
  };
  return <a href={href} onClick={onClick} class={props.class} aria-label={props['aria-label']} aria-current={props['aria-current']}>{props.children}</a>;
}

/** The server's reason in the current language (its `{ reason: { zh, en } }`), announced as an alert. */
/** Worth trying again: the server was unreachable, failed, or limited the rate. A 403 will not change by retrying. */
export function isTransient(error: ApiError): boolean {
  return error.status === 0 || error.status >= 500 || error.status === 429;
}

export function ErrorNotice(props: { error: ApiError; onRetry?: () => void; action?: ComponentChildren }) {
  const { session } = useModels();
  const t = useT();
  const lang = session.lang.value;
  return (
    <div class="notice notice-error" role="alert" data-testid="error">
      <p>
        <span class="notice-reason">{pick(lang, props.error.reason)}</span>
        {props.error.status > 0 && <span class="notice-code"> ({props.error.status} {props.error.code})</span>}
      </p>
      {props.action}
      {props.onRetry && isTransient(props.error) && <button type="button" class="button-secondary" onClick={props.onRetry}>{t('retry')}</button>}
    </div>
  );
}

export function Loading(props: { label?: string }) {
  const t = useT();
  return <p class="loading" role="status"><span class="spinner" aria-hidden="true" />{props.label ?? t('loading')}</p>;
}

/** Loading / error / content for one resource; keeps the previous data on screen while reloading. */
export function ResourceView<T>(props: { resource: Resource<T>; onRetry?: () => void; errorAction?: (error: ApiError) => ComponentChildren; children: (data: T) => ComponentChildren }) {
  const r = props.resource;
  return (
    <>
      {r.status === 'error' && <ErrorNotice error={r.error} onRetry={props.onRetry} action={props.errorAction?.(r.error)} />}
      {r.data !== undefined ? props.children(r.data) : r.status === 'loading' || r.status === 'idle' ? <Loading /> : null}
    </>
  );
}

/** A derived value shown for a resource: ready when there is one for this page, loading or error otherwise. */
export function resourceOf<T>(state: Resource<unknown>, value: T | null): Resource<T> {
  if (state.status === 'error') return { status: 'error', error: state.error, data: value ?? undefined };
  return value !== null ? { status: 'ready', data: value } : { status: 'loading' };
}

export interface Column<T> {
  header: ComponentChildren;
  cell: (row: T) => ComponentChildren;
  numeric?: boolean;
  /** The row's header cell (th scope=row), for screen readers reading across. */
  rowHeader?: boolean;
  class?: string;
}

export function DataTable<T>(props: {
  caption: ComponentChildren;
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty?: ComponentChildren;
  scroll?: boolean;
  testId?: string;
}) {
  const t = useT();
  const table = (
    <table data-testid={props.testId}>
      <caption class={props.captionHidden ? 'visually-hidden' : undefined}>{props.caption}</caption>
      <thead>
        <tr>{props.columns.map((c, i) => <th key={i} scope="col" class={[c.numeric ? 'num' : '', c.class ?? ''].join(' ').trim() || undefined}>{c.header}</th>)}</tr>
      </thead>
      <tbody>
        {props.rows.length === 0 && (
          <tr><td colSpan={props.columns.length} class="empty">{props.empty ?? t('noData')}</td></tr>
        )}
        {props.rows.map((row) => (
          <tr key={props.rowKey(row)}>
            {props.columns.map((c, i) => {
              const cls = [c.numeric ? 'num' : '', c.class ?? ''].join(' ').trim() || undefined;
              return c.rowHeader
                ? <th key={i} scope="row" class={cls}>{c.cell(row)}</th>
                : <td key={i} class={cls}>{c.cell(row)}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!props.scroll) return <div class="table-wrap">{table}</div>;
  // A focusable scroll region, so keyboard users can scroll it (axe: scrollable-region-focusable).
  return <div class="table-wrap table-scroll" tabIndex={0} role="region" aria-label={typeof props.caption === 'string' ? props.caption : undefined}>{table}</div>;
}

export function Num(props: { value: number }) {
  const { session } = useModels();
  return <>{formatNumber(session.lang.value, props.value)}</>;
}

export function Pct(props: { value: number | null }) {
  const { session } = useModels();
  return <>{formatPercent(session.lang.value, props.value)}</>;
}

export function Kpi(props: { label: string; value: ComponentChildren; detail?: ComponentChildren; tone?: 'warn' | 'ok'; testId?: string }) {
  return (
    <div class={`kpi${props.tone ? ` kpi-${props.tone}` : ''}`} data-testid={props.testId}>
      <dt>{props.label}</dt>
      <dd>
        <span class="kpi-value">{props.value}</span>
        {props.detail && <span class="kpi-detail">{props.detail}</span>}
      </dd>
    </div>
  );
}

/** A rule's title with its id beneath; just the id when the registry does not know the rule. */
export function RuleName(props: { title: string; id: string }) {
  if (props.title === props.id) return <code class="rule-id-only">{props.id}</code>;
  return <><span class="rule-title">{props.title}</span> <code class="rule-id">{props.id}</code></>;
}
