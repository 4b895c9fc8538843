// The bootstrap, injected into every frame of covered pages (127.0.0.1 and localhost statically;
// other hosts are registered at run time when an adapter adds them), including about:blank
// sub-forms. It only decides whether an adapter matches the frame; where one does, the background
// injects the checker (entrypoints/checker.ts, an unlisted script). See extension/overlay/bootstrap.ts.
import { startBootstrap } from '../../overlay/bootstrap';

export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    await startBootstrap(ctx);
  },
});
