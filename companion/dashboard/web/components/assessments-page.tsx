// 社会危险性评估: per unit, how arrest decisions relate to the assessment bands — a band × decision
// table (the cells that go against the band marked), the cases assessed and the share decided
// against the band; then the latest assessments. Real cases by default, training on request.
import { useSignalEffect } from '@preact/signals';
import type { AssessmentSummary } from '../../../../shared/api/index.ts';
import { ast, type AssessmentMessageId } from '../assessment-i18n.ts';
import { useModels } from '../context.ts';
import { againstShare, cell, type UnitSummary } from '../models/assessments-model.ts';
import { DataTable, Link, Num, Pct, ResourceView, type Column } from './common.tsx';

type Band = AssessmentSummary['bands'][number];
type Recent = AssessmentSummary['recent'][number];

export function AssessmentsPage() {
  const { assessments, session, nav } = useModels();
  const lang = session.lang.value;
  const t = (id: AssessmentMessageId, p?: Record<string, string | number>) => ast(lang, id, p);
  const reload = () => void assessments.load(nav.year.value, nav.unit.value);
  useSignalEffect(() => { void assessments.load(nav.year.value, nav.unit.value); });
  const unitName = (code: string) => session.unitNames.value.get(code) ?? code;
  const label = (b: Band) => (lang === 'en' ? b.label.en : b.label.zh);
  const decisionText = (d: 'arrest' | 'no-arrest') => (d === 'arrest' ? t('arrest') : t('noArrest'));

  function unitTable(unit: UnitSummary, bands: readonly Band[]) {
    const mark = (b: Band, d: 'arrest' | 'no-arrest') => (b.suggests === 'arrest' && d === 'no-arrest') || (b.suggests === 'no-arrest' && d === 'arrest');
    const columns: Column<Band>[] = [
      { header: t('band'), rowHeader: true, cell: (b) => <>{label(b)} <span class="field-meta">（{t(`suggests_${b.suggests}`)}）</span></> },
      ...(['arrest', 'no-arrest'] as const).map((d): Column<Band> => ({
        header: decisionText(d), numeric: true,
        cell: (b) => {
          const n = cell(unit, b.id, d);
          return <span class={n > 0 && mark(b, d) ? 'num-overdue' : undefined} data-cell={`${b.id}|${d}`} data-against={mark(b, d) ? 'true' : 'false'}><Num value={n} /></span>;
        },
      })),
    ];
    return <DataTable caption={t('unitTable', { unit: unitName(unit.unitCode) })} columns={columns} rows={bands} rowKey={(b) => b.id} testId={`assessment-table-${unit.unitCode}`} />;
  }

  const recentColumns = (bands: readonly Band[]): Column<Recent>[] => [
    { header: t('colCase'), rowHeader: true, cell: (r) => <Link to={{ name: 'case', caseNumber: r.caseNumber }}>{r.caseNumber}</Link> },
    { header: t('colUnit'), cell: (r) => unitName(r.unitCode) },
    { header: t('colProsecutor'), cell: (r) => r.userName },
    { header: t('colVersion'), numeric: true, cell: (r) => <Num value={r.instrumentVersion} /> },
    { header: t('colScore'), numeric: true, cell: (r) => <Num value={r.score} /> },
    { header: t('band'), cell: (r) => { const b = bands.find((x) => x.id === r.band); return b ? label(b) : r.band; } },
    { header: t('colDecision'), cell: (r) => decisionText(r.decision) },
    { header: t('against'), cell: (r) => (r.againstBand ? <span class="num-overdue">{t('yes')}</span> : '') },
    { header: t('colAssessedAt'), class: 'nowrap', cell: (r) => new Date(r.assessedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }) },
  ];

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('title')}</h1>
        <p class="field-meta">{t('intro')}</p>
        <label class="check">
          <input type="checkbox" data-testid="assessments-training" checked={assessments.training.value}
            onChange={(e) => { assessments.training.value = (e.currentTarget as HTMLInputElement).checked; reload(); }} />
          {' '}{t('training')}
        </label>
      </div>
      <ResourceView resource={assessments.state.value} onRetry={reload}>
        {(data) => (data.units.length === 0 ? <p class="empty" data-testid="assessments-empty">{t('empty')}</p> : (
          <>
            {data.units.map((u) => (
              <section class="panel" key={u.unitCode} aria-labelledby={`h-assess-${u.unitCode}`} data-testid={`assessment-unit-${u.unitCode}`}>
                <h2 id={`h-assess-${u.unitCode}`}>
                  {unitName(u.unitCode)} — {t('cases')} <Num value={u.cases} />，{t('against')} <Num value={u.againstBand} />（{t('againstShare')} <Pct value={againstShare(u)} />）
                </h2>
                {unitTable(u, data.bands)}
              </section>
            ))}
            <section class="panel" aria-labelledby="h-assess-recent">
              <h2 id="h-assess-recent">{t('recent')}</h2>
              <DataTable caption={t('recent')} captionHidden columns={recentColumns(data.bands)} rows={data.recent} rowKey={(r) => `${r.unitCode}|${r.caseNumber}`} testId="assessment-recent" scroll />
            </section>
          </>
        ))}
      </ResourceView>
    </>
  );
}
