// The checker: page reader, engine, lights and panel. Not in the manifest (an unlisted script, so
// WXT wraps it in nothing): the bootstrap (caselight.content) runs in every frame and asks the
// background to inject this file (chrome.scripting.executeScript, CHECKER_FILE) into a frame only
// when an adapter matches it. It runs on the bootstrap's context (overlay/frame-context.ts).
import { startCaseLight } from '../overlay/caselight';
import { frameContext } from '../overlay/frame-context';

export default defineUnlistedScript(async () => {
  const ctx = frameContext();
  if (!ctx) return; // no bootstrap in this frame, or the extension was reloaded meanwhile
  await startCaseLight(ctx);
});
