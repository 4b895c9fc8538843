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
  return (
    <div class="cl-root" lang={locale.value} data-testid="caselight-overlay" data-active={active ? 'true' : 'false'}>
      {active && <Lights model={model} ui={ui} tracker={tracker} onCommit={onCommit} />}
      {active && <Card model={model} ui={ui} />}
      {active && ui.panelFrame.value && <Panel model={model} ui={ui} actions={actions} />}
    </div>
  );
}
