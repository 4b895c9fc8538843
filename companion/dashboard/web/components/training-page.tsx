// 训练记录: findings and objections made in the training system, so a trainer can show a class what
// they did. Kept apart from the ledger: nothing here carries points or reaches the overview.
import { useSignalEffect } from '@preact/signals';
import type { TrainingRecord } from '../../../../shared/api/index.ts';
import { useModels, useT } from '../context.ts';
import { formatDate, formatNumber, pick } from '../i18n.ts';
import { ruleInfo } from '../models/rule-catalogue.ts';
import { DataTable, Num, ResourceView, RuleName, type Column } from './common.tsx';

export function TrainingPage() {
  const { training, session, catalogue } = useModels();
  const t = useT();
  const lang = session.lang.value;
  useSignalEffect(() => {
    void training.load(0);
  });
  const columns: Column<TrainingRecord>[] = [
    { header: t('colTime'), class: 'nowrap', cell: (r) => formatDate(lang, r.at) },
    { header: t('colPerson'), cell: (r) => r.userName },
    { header: t('colCaseNumber'), rowHeader: true, cell: (r) => r.caseNumber },
    { header: t('colRule'), cell: (r) => <RuleName title={pick(lang, ruleInfo(catalogue.value, r.ruleId).title)} id={r.ruleId} /> },
    { header: t('colEvent'), class: 'nowrap', cell: (r) => <span class={`light-word light-${r.light}`}>{t(`trainingKind_${r.kind}`)} · {t(`light_${r.light}`)}</span> },
    { header: t('colPointsIfReal'), numeric: true, cell: (r) => <Num value={r.points} /> },
    { header: t('objectionReason'), cell: (r) => <span class="reason">{r.objectionReason ?? ''}</span> },
  ];
  const data = training.state.value.data;
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('navTraining')}</h1>
      </div>
      <section class="panel" aria-labelledby="h-training">
        <h2 id="h-training" class="visually-hidden">{t('navTraining')}</h2>
        <p class="panel-hint">{t('trainingHint')}</p>
        <ResourceView resource={training.state.value} onRetry={() => void training.load()}>
          {() => (
            <>
              <DataTable caption={t('navTraining')} captionHidden columns={columns} rows={data?.records ?? []} rowKey={(r) => r.id}
                empty={t('trainingEmpty')} testId="table-training" />
              {data && data.total > 0 && (
                <p class="panel-foot button-row">
                  <span data-testid="training-count">{t('trainingCount', { from: formatNumber(lang, data.offset + 1), to: formatNumber(lang, data.offset + data.records.length), total: formatNumber(lang, data.total) })}</span>
                  {data.offset > 0 && <button type="button" class="button-secondary" onClick={() => void training.previous()}>{t('previousPage')}</button>}
                  {training.hasMore.value && <button type="button" class="button-secondary" onClick={() => void training.next()}>{t('nextPage')}</button>}
                </p>
              )}
            </>
          )}
        </ResourceView>
      </section>
    </>
  );
}
