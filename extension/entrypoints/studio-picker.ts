// The adapter studio's picker (extension/studio/picker.ts), injected on demand into every frame of
// the tab being mapped (chrome.scripting.executeScript with allFrames); not a content script. The
// studio then calls the installed API through small executeScript functions.
import { browser } from 'wxt/browser';
import { createPicker, PICKER_GLOBAL, type PickerApi } from '../studio/picker';

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as Record<string, PickerApi | undefined>;
  if (g[PICKER_GLOBAL]) return;
  g[PICKER_GLOBAL] = createPicker(window, (pick) => {
    void browser.runtime.sendMessage({ type: 'studio/picked', pick }).catch(() => undefined);
  });
});
