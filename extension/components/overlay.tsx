// The root of everything CaseLight draws in a frame's shadow root.
import { locale } from '../i18n';
import type { FormCheckModel } from '../models/form-check';
import type { OverlayModel, PositionTracker } from '../models/overlay';
import { Card } from './card';
import { Lights } from './lights';
import { Panel, type PanelActions } from './panel';

export interface OverlayProps {
  model: FormCheckModel;
  ui: OverlayModel;
  tracker: PositionTracker;
  actions: PanelActions;
  onCommit: () => void;
}

export function Overlay({ model, ui, tracker, actions, onCommit }: OverlayProps) {
  const active = ui.adapter.value !== null;
  // A page the adapter covers but that shows no case (the training system's scenario list): no counter, no panel.
  const holdsCase = model.seenFields.value.size > 0;
  return (
    // Escape closes the card wherever the focus is: inside the overlay keys stay private (mount.ts stops
    // them at the shadow root), so the document's listener never sees them; this one does.
    <div class="cl-root" lang={locale.value} data-testid="caselight-overlay" data-active={active ? 'true' : 'false'}
      onKeyDown={(e) => { if (e.key === 'Escape' && ui.card.peek()) ui.card.value = null; }}>
      {active && <Lights model={model} ui={ui} tracker={tracker} onCommit={onCommit} />}
      {active && <Card model={model} ui={ui} />}
      {active && holdsCase && ui.panelFrame.value && <Panel model={model} ui={ui} actions={actions} />}
    </div>
  );
}
