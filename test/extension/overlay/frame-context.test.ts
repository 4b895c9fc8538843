// The checker runs on the bootstrap's WXT context: handed over in the frame's shared globals, gone
// when that context ends (an extension reload), and never a context that has already ended.
import { describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { frameContext, shareFrameContext } from '../../../extension/overlay/frame-context';

/** The part of WXT's context the hand-over uses: an abort signal and its listeners. */
function context(): ContentScriptContext & { end(): void } {
  const controller = new AbortController();
  return {
    get isInvalid() { return controller.signal.aborted; },
    onInvalidated(cb: () => void) {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    end() { controller.abort(); },
  } as unknown as ContentScriptContext & { end(): void };
}

describe('the frame context hand-over', () => {
  it('gives the checker the bootstrap’s context, and nothing once it has ended', () => {
    expect(frameContext()).toBeNull();
    const first = context();
    shareFrameContext(first);
    expect(frameContext()).toBe(first);
    first.end();
    expect(frameContext()).toBeNull();
  });

  it('a newer bootstrap (extension updated) replaces the old one, and the old one ending leaves it in place', () => {
    const old = context();
    shareFrameContext(old);
    const fresh = context();
    shareFrameContext(fresh);
    old.end();
    expect(frameContext()).toBe(fresh);
    fresh.end();
    expect(frameContext()).toBeNull();
  });
});
