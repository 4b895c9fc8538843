// The checker: page reader, engine, lights and panel. Not in the manifest (registration: 'runtime'):
// the bootstrap (caselight.content) runs in every frame and asks the background to inject this file
// (chrome.scripting.executeScript) into a frame only when an adapter matches it.
import { startCaseLight } from '../../overlay/caselight';

export default defineContentScript({
  registration: 'runtime',
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  async main(ctx) {
    await startCaseLight(ctx);
  },
});
