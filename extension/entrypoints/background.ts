// Background service worker: owns settings, the token and (later) the sync outbox.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void browser.storage.local.set({ installedAt: new Date().toISOString() });
  });
});
