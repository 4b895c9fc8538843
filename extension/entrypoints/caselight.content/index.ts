// Content script: on covered pages (127.0.0.1 and localhost statically; other hosts are registered
// at run time when an adapter adds them), in every frame, including about:blank sub-forms.
import { startCaseLight } from '../../overlay/caselight';

export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    await startCaseLight(ctx);
  },
});
