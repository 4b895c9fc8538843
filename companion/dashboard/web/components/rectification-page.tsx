// 整改跟踪: per unit and prosecutor, open red defects (neither rectified nor voided), their points, how
// long the oldest has been open, rectified defects and the cases handled (the denominator).
import { useSignalEffect } from '@preact/signals';
import type { RectificationRow } from '../../../../shared/api/index.ts';
import { useModels } from '../context.ts';
import { lt, type LoopMessageId } from '../loop-i18n.ts';
import { DataTable, Link, Num, ResourceView, type Column } from './common.tsx';

export function RectificationPage() {
  const { rectification, session, nav } = useModels();
  const lang = session.lang.value;
  const t = (id: LoopMessageId, p?: Record<string, string | number>) => lt(lang, id, p);
  useSignalEffect(() => { void rectification.load(nav.unit.value); });
  const unitName = (code: string) => session.unitNames.value.get(code) ?? code;
  const columns: Column<RectificationRow>[] = [
    { header: t('colProsecutor'), rowHeader: true, cell: (r) => <Link to={{ name: 'prosecutor', id: r.userId }}>{r.userName}</Link> },
    { header: t('colLeader'), cell: (r) => (r.leader ? '✓' : '') },
    { header: t('colCases'), numeric: true, cell: (r) => <Num value={r.casesHandled} /> },
    { header: t('colOpenDefects'), numeric: true, cell: (r) => <span class={r.openDefects > 0 ? 'num-overdue' : undefined}><Num value={r.openDefects} /></span> },
    { header: t('colOpenPoints'), numeric: true, cell: (r) => <Num value={r.openPoints} /> },
    { header: t('colOldest'), numeric: true, cell: (r) => (r.openDefects > 0 ? t('days', { n: r.oldestOpenDays }) : '—') },
    { header: t('colOldestSince'), class: 'nowrap', cell: (r) => r.oldestOpenSince ?? '—' },
    { header: t('colRectifiedDefects'), numeric: true, cell: (r) => <Num value={r.rectifiedDefects} /> },
  ];
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('rectTitle')}</h1>
        <p class="field-meta">{t('rectIntro')}{rectification.state.value.data ? ` ${t('rectToday', { today: rectification.state.value.data.today })}` : ''}</p>
      </div>
      <ResourceView resource={rectification.state.value} onRetry={() => void rectification.load(nav.unit.value)}>
        {() => (rectification.groups.value.length === 0
          ? <p class="empty">{t('rectEmpty')}</p>
          : rectification.groups.value.map((g) => (
            <section class="panel" key={g.unitCode} aria-labelledby={`h-rect-${g.unitCode}`} data-testid={`rect-unit-${g.unitCode}`}>
              <h2 id={`h-rect-${g.unitCode}`}>
                {unitName(g.unitCode)} — {t('colOpenDefects')} <Num value={g.openDefects} />，{t('colOldest')} {t('days', { n: g.oldestOpenDays })}
              </h2>
              <DataTable caption={t('unitTotal', { unit: unitName(g.unitCode) })} captionHidden columns={columns} rows={g.rows} rowKey={(r) => r.userId} testId="table-rectification" />
            </section>
          )))}
      </ResourceView>
    </>
  );
}
