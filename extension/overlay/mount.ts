// Mounts the CaseLight host element with an open shadow root; everything CaseLight draws lives inside it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

export async function mountCaseLight(ctx: ContentScriptContext) {
  const ui = await createShadowRootUi(ctx, {
    name: 'caselight-root',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const status = document.createElement('div');
      status.dataset.testid = 'caselight-status';
      status.dataset.state = 'mounted';
      status.textContent = 'CaseLight';
      status.hidden = true;
      container.append(status);
      return status;
    },
    onRemove(status) {
      status?.remove();
    },
  });
  ui.mount();
  return ui;
}
