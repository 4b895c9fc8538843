// One loaded value with its state, and a loader that drops answers to requests a newer one replaced.
import { signal, type Signal } from '@preact/signals';
import { ApiError } from '../api/client.ts';

export type Resource<T> =
  | { status: 'idle'; data?: undefined; error?: undefined }
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: T; error: ApiError };

export const idle = { status: 'idle' } as const;

export interface Loader<T> {
  state: Signal<Resource<T>>;
  /** Starts a load, aborting the previous one; resolves once the state is settled (never rejects). */
  load(fetcher: (signal: AbortSignal) => Promise<T>): Promise<void>;
  reset(): void;
}

export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new ApiError(0, 'client-error', { zh: `出错了：${message}`, en: `Something went wrong: ${message}` });
}

export function createLoader<T>(name: string): Loader<T> {
  const state = signal<Resource<T>>(idle, { name });
  let current: AbortController | null = null;
  return {
    state,
    async load(fetcher) {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      const previous = state.peek().data;
      state.value = { status: 'loading', data: previous };
      try {
        const data = await fetcher(controller.signal);
        if (current === controller) state.value = { status: 'ready', data };
      } catch (err) {
        if (current !== controller || controller.signal.aborted) return;
        state.value = { status: 'error', error: asApiError(err), data: previous };
      } finally {
        if (current === controller) current = null;
      }
    },
    reset() {
      current?.abort();
      current = null;
      state.value = idle;
    },
  };
}
