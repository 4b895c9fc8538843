// NoticesModel: 流程监控通知书 — the list in the supervisor's scope (a status filter, a page at a
// time, newest first, counts per unit) and issuing one from a case page (optionally about a defect).
import { computed, createModel, signal } from '@preact/signals';
import {
  NOTICE_TEXT_MAX, type Notice, type NoticeCreate, type NoticeListResponse, type NoticeStatus,
} from '../../../../shared/api/index.ts';
import type { ApiClient, ApiError } from '../api/client.ts';
import type { LoopMessageId } from '../loop-i18n.ts';
import { asApiError, createLoader } from './resource.ts';

export const NOTICES_PAGE = 50;

/** Why the text cannot be sent yet, or null (the server trims and wants 1–2000 characters). */
export function noticeTextProblem(text: string): LoopMessageId | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'issueTextRequired';
  if (trimmed.length > NOTICE_TEXT_MAX) return 'issueTextTooLong';
  return null;
}

/** Units with overdue replies first, then by code. */
export function sortUnitCounts(rows: NoticeListResponse['byUnit']): NoticeListResponse['byUnit'] {
  return [...rows].sort((a, b) => b.overdue - a.overdue || a.unitCode.localeCompare(b.unitCode));
}

export const NoticesModel = createModel((deps: { api: ApiClient; onIssued?: (n: Notice) => void }) => {
  const list = createLoader<NoticeListResponse>('notices');
  const status = signal<NoticeStatus | null>(null, { name: 'status' });
  const offset = signal(0, { name: 'offset' });

  const byUnit = computed(() => sortUnitCounts(list.state.value.data?.byUnit ?? []), { name: 'byUnit' });
  const range = computed(() => {
    const d = list.state.value.data;
    if (!d || d.notices.length === 0) return null;
    return { from: d.offset + 1, to: d.offset + d.notices.length, total: d.total };
  }, { name: 'range' });
  const hasPrevious = computed(() => (list.state.value.data?.offset ?? 0) > 0, { name: 'hasPrevious' });
  const hasNext = computed(() => {
    const d = list.state.value.data;
    return d !== undefined && d.offset + d.notices.length < d.total;
  }, { name: 'hasNext' });

  function load(): Promise<void> {
    const query: Record<string, string | number> = { limit: NOTICES_PAGE, offset: offset.peek() };
    const s = status.peek();
    if (s) query.status = s;
    return list.load((abort) => deps.api.call('notices', { query, signal: abort }));
  }
  function setStatus(s: NoticeStatus | null): Promise<void> {
    status.value = s;
    offset.value = 0;
    return load();
  }
  function nextPage(): Promise<void> {
    const d = list.state.peek().data;
    if (!d) return Promise.resolve();
    offset.value = d.offset + d.notices.length;
    return load();
  }
  function previousPage(): Promise<void> {
    offset.value = Math.max(0, (list.state.peek().data?.offset ?? 0) - NOTICES_PAGE);
    return load();
  }

  // Issuing, from a case page.
  const text = signal('', { name: 'text' });
  const defectId = signal<string | null>(null, { name: 'defectId' });
  const attempted = signal(false, { name: 'attempted' });
  const submitting = signal(false, { name: 'submitting' });
  const issueError = signal<ApiError | null>(null, { name: 'issueError' });
  const issued = signal<Notice | null>(null, { name: 'issued' });
  const textError = computed(() => (attempted.value ? noticeTextProblem(text.value) : null), { name: 'textError' });

  function resetIssue() {
    text.value = '';
    defectId.value = null;
    attempted.value = false;
    issueError.value = null;
    issued.value = null;
  }

  async function issue(caseNumber: string): Promise<boolean> {
    if (submitting.peek()) return false;
    attempted.value = true;
    if (noticeTextProblem(text.peek()) !== null) return false;
    submitting.value = true;
    issueError.value = null;
    try {
      const body: NoticeCreate = { caseNumber, text: text.peek().trim(), ...(defectId.peek() ? { defectId: defectId.peek() as string } : {}) };
      const notice = await deps.api.call('issueNotice', { body });
      issued.value = notice;
      text.value = '';
      attempted.value = false;
      deps.onIssued?.(notice);
      return true;
    } catch (err) {
      issueError.value = asApiError(err);
      return false;
    } finally {
      submitting.value = false;
    }
  }

  return {
    state: list.state, status, byUnit, range, hasPrevious, hasNext, load, setStatus, nextPage, previousPage,
    text, defectId, attempted, submitting, issueError, issued, textError, resetIssue, issue,
  };
});
export type NoticesModel = InstanceType<typeof NoticesModel>;
