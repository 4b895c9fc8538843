// TrainingRecordsModel: 训练记录 — what was found and objected to in the training system, newest
// first, a page at a time (GET /api/v1/training-records). Kept apart from the ledger's pages.
import { computed, createModel, signal } from '@preact/signals';
import { type TrainingRecordsResponse } from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api/client.ts';
import { createLoader } from './resource.ts';

export const TRAINING_PAGE = 50;

export const TrainingRecordsModel = createModel((deps: { api: ApiClient }) => {
  const records = createLoader<TrainingRecordsResponse>('trainingRecords');
  const offset = signal(0, { name: 'offset' });
  const hasMore = computed(() => {
    const d = records.state.value.data;
    return d ? d.offset + d.records.length < d.total : false;
  }, { name: 'hasMore' });

  function load(at = offset.peek()): Promise<void> {
    offset.value = Math.max(0, at);
    return records.load((abort) => deps.api.call('trainingRecords', { query: { limit: TRAINING_PAGE, offset: offset.peek() }, signal: abort }));
  }

  return {
    state: records.state, offset, hasMore, load,
    next: () => load(offset.peek() + TRAINING_PAGE),
    previous: () => load(offset.peek() - TRAINING_PAGE),
  };
});
export type TrainingRecordsModel = InstanceType<typeof TrainingRecordsModel>;
