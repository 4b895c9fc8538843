// The adapter studio's picker (extension/studio/picker.ts), injected on demand into every frame of
// the tab being mapped (chrome.scripting.executeScript with allFrames); not a content script. The
// studio then calls the installed API through small executeScript functions. The picker holds a
// port to the studio page: when the studio goes away (the side panel closed, the page reloaded),
// the port disconnects and the picker disposes itself, so nothing of it outlives the studio.
import { browser } from 'wxt/browser';
import { createPicker, PICKER_GLOBAL, STUDIO_PORT, type PickerApi } from '../studio/picker';

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as Record<string, PickerApi | undefined>;
  if (g[PICKER_GLOBAL]) return;
  const picker = createPicker(window, (pick) => {
    void browser.runtime.sendMessage({ type: 'studio/picked', pick }).catch(() => undefined);
  });
  const dispose = picker.dispose;
  picker.dispose = () => {
    dispose();
    // The next injection starts a fresh picker, with a port of its own.
    if (g[PICKER_GLOBAL] === picker) delete g[PICKER_GLOBAL];
    try {
      port.disconnect();
    } catch {
      /* already gone */
    }
  };
  g[PICKER_GLOBAL] = picker;
  const port = browser.runtime.connect({ name: STUDIO_PORT });
  port.onDisconnect.addListener(() => picker.dispose());
});
