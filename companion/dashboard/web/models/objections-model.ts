// ObjectionsModel: the queue of pending objections and the accept/reject decision, which always needs a reason.
import { computed, createModel, signal } from '@preact/signals';
import {
  OBJECTION_REASON_MAX, ObjectionListResponseSchema, ObjectionSchema,
  type Objection, type ObjectionDecision,
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

export const ObjectionsModel = createModel((deps: ObjectionsDeps) => {
  const list = createLoader<Objection[]>('objections');
  const settled = signal<ReadonlyMap<string, Objection>>(new Map(), { name: 'settled' });
  const draft = signal<DecisionDraft | null>(null, { name: 'draft' });
  const reason = signal('', { name: 'reason' });
  const attempted = signal(false, { name: 'attempted' });
  const submitting = signal(false, { name: 'submitting' });
  const submitError = signal<ApiError | null>(null, { name: 'submitError' });
  const lastSettled = signal<Objection | null>(null, { name: 'lastSettled' });

  const pending = computed(() => derivePending(list.state.value.data ?? [], new Set(settled.value.keys())), { name: 'pending' });
  const pendingCount = computed(() => pending.value.length, { name: 'pendingCount' });
  /** Shown only after a first try, so an empty box is not red before anyone typed. */
  const reasonError = computed(() => (attempted.value ? reasonProblem(reason.value) : null), { name: 'reasonError' });
  const reasonLength = computed(() => reason.value.trim().length, { name: 'reasonLength' });

  function load(): Promise<void> {
    return list.load(async (abort) => {
      const res = await deps.api.get('/api/v1/objections', ObjectionListResponseSchema, { status: 'pending' }, abort);
      return res.objections;
    }).then(() => {
      if (list.state.peek().status === 'ready') settled.value = new Map();
    });
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
      const decided = await deps.api.post(`/api/v1/objections/${encodeURIComponent(current.objection.id)}/decision`, body, ObjectionSchema);
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
    state: list.state, pending, pendingCount, draft, reason, reasonError, reasonLength, attempted,
    submitting, submitError, lastSettled, load, open, setReason, cancel, submit,
  };
});
export type ObjectionsModel = InstanceType<typeof ObjectionsModel>;
