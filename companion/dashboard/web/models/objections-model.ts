// ObjectionsModel: the queue of pending objections, a page at a time and oldest first (the server
// orders and pages it, so however many are filed, the oldest stay in view), and the accept/reject
// decision, which always needs a reason.
import { computed, createModel, signal } from '@preact/signals';
import {
  OBJECTION_REASON_MAX, type Objection, type ObjectionDecision, type ObjectionListResponse,
} from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api/client.ts';
import type { MessageId } from '../i18n.ts';
import { asApiError, createLoader } from './resource.ts';
import type { ApiError } from '../api/client.ts';

export type Decision = ObjectionDecision['decision'];

export interface DecisionDraft {
  objection: Objection;
  decision: Decision;
}

/** Why the reason cannot be sent yet, or null. The server trims and wants 1–500 characters. */
export function reasonProblem(reason: string): MessageId | null {
  const trimmed = reason.trim();
  if (trimmed === '') return 'decisionReasonRequired';
  if (trimmed.length > OBJECTION_REASON_MAX) return 'decisionReasonTooLong';
  return null;
}

/** Oldest first: the queue is worked in the order objections were filed. */
export function derivePending(objections: readonly Objection[], settledIds: ReadonlySet<string>): Objection[] {
  return objections
    .filter((o) => o.status === 'pending' && !settledIds.has(o.id))
    .sort((a, b) => a.filedAt.localeCompare(b.filedAt) || a.id.localeCompare(b.id));
}

export interface ObjectionsDeps {
  api: ApiClient;
  /** After a decision: the overview's points and pending count changed. */
  onSettled?: (objection: Objection) => void;
}

/** Objections per page of the queue. */
export const OBJECTIONS_PAGE = 50;

export const ObjectionsModel = createModel((deps: ObjectionsDeps) => {
  const list = createLoader<ObjectionListResponse>('objections');
  const offset = signal(0, { name: 'offset' });
  const settled = signal<ReadonlyMap<string, Objection>>(new Map(), { name: 'settled' });
  const draft = signal<DecisionDraft | null>(null, { name: 'draft' });
  const reason = signal('', { name: 'reason' });
  const attempted = signal(false, { name: 'attempted' });
  const submitting = signal(false, { name: 'submitting' });
  const submitError = signal<ApiError | null>(null, { name: 'submitError' });
  const lastSettled = signal<Objection | null>(null, { name: 'lastSettled' });

  const pending = computed(() => derivePending(list.state.value.data?.objections ?? [], new Set(settled.value.keys())), { name: 'pending' });
  /** All pending objections (every page), less those decided here since the last load. */
  const pendingCount = computed(() => Math.max(0, (list.state.value.data?.total ?? 0) - settled.value.size), { name: 'pendingCount' });
  /** Where this page sits in the queue; null before the first answer or when the queue is empty. */
  const range = computed(() => {
    const d = list.state.value.data;
    if (!d || d.objections.length === 0) return null;
    return { from: d.offset + 1, to: d.offset + d.objections.length, total: d.total };
  }, { name: 'range' });
  const hasPrevious = computed(() => (list.state.value.data?.offset ?? 0) > 0, { name: 'hasPrevious' });
  const hasNext = computed(() => {
    const d = list.state.value.data;
    return d !== undefined && d.offset + d.objections.length < d.total;
  }, { name: 'hasNext' });
  /** Shown only after a first try, so an empty box is not red before anyone typed. */
  const reasonError = computed(() => (attempted.value ? reasonProblem(reason.value) : null), { name: 'reasonError' });
  const reasonLength = computed(() => reason.value.trim().length, { name: 'reasonLength' });

  function load(): Promise<void> {
    const at = offset.peek();
    return list.load((abort) =>
      deps.api.call('objections', { query: { status: 'pending', order: 'oldest', limit: OBJECTIONS_PAGE, offset: at }, signal: abort }),
    ).then(() => {
      if (list.state.peek().status === 'ready') settled.value = new Map();
    });
  }

  /** The next page; objections decided on this one have left the queue, so it starts that much earlier. */
  function nextPage(): Promise<void> {
    const d = list.state.peek().data;
    if (!d) return Promise.resolve();
    const decidedHere = d.objections.filter((o) => settled.peek().has(o.id)).length;
    offset.value = d.offset + d.objections.length - decidedHere;
    return load();
  }

  function previousPage(): Promise<void> {
    offset.value = Math.max(0, (list.state.peek().data?.offset ?? 0) - OBJECTIONS_PAGE);
    return load();
  }

  function open(objection: Objection, decision: Decision) {
    draft.value = { objection, decision };
    reason.value = '';
    attempted.value = false;
    submitError.value = null;
  }

  function setReason(text: string) {
    reason.value = text;
  }

  function cancel() {
    if (submitting.peek()) return;
    draft.value = null;
    submitError.value = null;
  }

  async function submit(): Promise<boolean> {
    const current = draft.peek();
    const text = reason.peek();
    if (!current || submitting.peek()) return false;
    attempted.value = true;
    if (reasonProblem(text) !== null) return false;
    submitting.value = true;
    submitError.value = null;
    try {
      const body: ObjectionDecision = { decision: current.decision, reason: text.trim() };
      const decided = await deps.api.call('decideObjection', { params: { id: current.objection.id }, body });
      settled.value = new Map(settled.peek()).set(decided.id, decided);
      lastSettled.value = decided;
      draft.value = null;
      deps.onSettled?.(decided);
      return true;
    } catch (err) {
      submitError.value = asApiError(err);
      return false;
    } finally {
      submitting.value = false;
    }
  }

  return {
    state: list.state, pending, pendingCount, range, hasPrevious, hasNext, draft, reason, reasonError, reasonLength, attempted,
    submitting, submitError, lastSettled, load, nextPage, previousPage, open, setReason, cancel, submit,
  };
});
export type ObjectionsModel = InstanceType<typeof ObjectionsModel>;
