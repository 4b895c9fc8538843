// Build-time stand-in for zod in the content-script bundle only (wxt.config.ts). shared/ builds zod
// schemas at module load (rule meta, snapshot, engine config) that the content script never runs:
// it passes no engine config and no calendar overrides, and adapters arrive validated from the
// background. Real zod would be ~25 KB of the 60 KB gzipped budget. Any schema that *is* used
// fails loudly (safeParse → failure, parse → throw), and the e2e tests run this bundle.
const MESSAGE = 'zod is not bundled in the CaseLight content script; validate in the background';

const failure = Object.freeze({
  success: false as const,
  error: Object.freeze({ message: MESSAGE, issues: Object.freeze([Object.freeze({ code: 'custom', path: [], message: MESSAGE })]) }),
});

type Inert = ((...args: unknown[]) => Inert) & { [key: string]: Inert };

const inert: Inert = new Proxy(function () {} as unknown as Inert, {
  get(_target, prop) {
    if (prop === 'safeParse' || prop === 'safeParseAsync') return () => failure;
    if (prop === 'parse' || prop === 'parseAsync') {
      return () => {
        throw new Error(MESSAGE);
      };
    }
    if (prop === 'then' || typeof prop === 'symbol') return undefined;
    return inert;
  },
  apply: () => inert,
});

export const z = inert;
export default inert;
