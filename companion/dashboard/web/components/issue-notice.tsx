// 发送流程监控通知书 from a case page: optionally about one of the case's defects; supervisors only.
import { useEffect } from 'preact/hooks';
import { NOTICE_TEXT_MAX } from '../../../../shared/api/index.ts';
import { useModels } from '../context.ts';
import { pick } from '../i18n.ts';
import { lt, type LoopMessageId } from '../loop-i18n.ts';
import { ErrorNotice } from './common.tsx';

export function IssueNotice(props: { caseNumber: string }) {
  const { notices, session, caseDetail } = useModels();
  const lang = session.lang.value;
  const t = (id: LoopMessageId, p?: Record<string, string | number>) => lt(lang, id, p);
  useEffect(() => { notices.resetIssue(); }, [props.caseNumber]);
  if (session.me.value?.user.role !== 'supervisor') return null;
  const error = notices.textError.value;
  const issued = notices.issued.value;
  const defects = caseDetail.summary.value?.caseNumber === props.caseNumber ? caseDetail.defectRows.value : [];
  return (
    <section class="panel issue-notice" aria-labelledby="h-issue-notice">
      <h2 id="h-issue-notice">{t('issueTitle')}</h2>
      <p class="field-meta">{t('issueIntro')}</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void notices.issue(props.caseNumber); }}>
        <label for="notice-defect">{t('issueDefect')}</label>
        <select id="notice-defect" value={notices.defectId.value ?? ''} onChange={(e) => { notices.defectId.value = e.currentTarget.value || null; }} data-testid="notice-defect">
          <option value="">{t('issueWholeCase')}</option>
          {defects.map((d) => <option key={d.id} value={d.id}>{pick(lang, d.title, d.ruleId)}（{d.prosecutor}）</option>)}
        </select>
        <label for="notice-text">{t('issueText')}</label>
        <textarea id="notice-text" rows={4} maxLength={NOTICE_TEXT_MAX + 50} required aria-required="true" aria-invalid={error !== null}
          aria-describedby={error ? 'notice-text-error' : undefined}
          value={notices.text.value} onInput={(e) => { notices.text.value = e.currentTarget.value; }} data-testid="notice-text" />
        {error && <p id="notice-text-error" class="field-error" role="alert">{t(error, { max: NOTICE_TEXT_MAX })}</p>}
        {notices.issueError.value && <ErrorNotice error={notices.issueError.value} />}
        <div class="button-row">
          <button type="submit" class="button-primary" disabled={notices.submitting.value} data-testid="notice-submit">
            {notices.submitting.value ? t('issueSubmitting') : t('issueSubmit')}
          </button>
        </div>
      </form>
      {issued && issued.caseNumber === props.caseNumber && (
        <p class="notice notice-ok" role="status" data-testid="notice-issued">{t('issueDone', { name: issued.prosecutorName, due: issued.replyDue })}</p>
      )}
    </section>
  );
}
