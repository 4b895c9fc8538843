// The card of one light, on hover or focus: what the rule found, the dates, the basis.
import { pick, t } from '../i18n';
import type { FormCheckModel } from '../models/form-check';
import type { OverlayModel } from '../models/overlay';
import { FindingDetails } from './details';
import { cancelCardHide, hideCardSoon } from './lights';

const WIDTH = 360;

export function Card({ model, ui }: { model: FormCheckModel; ui: OverlayModel }) {
  const open = ui.card.value;
  if (!open) return null;
  const { finding, rect } = open;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(4, Math.min(rect.left, vw - WIDTH - 4));
  // Below the light, or above it when the light is in the lower half of the window.
  const style = rect.bottom < vh / 2 ? { left: `${left}px`, top: `${rect.bottom + 4}px` } : { left: `${left}px`, bottom: `${vh - rect.top + 4}px` };
  const objection = model.objectionFor(finding);
  return (
    <div
      class="cl-card"
      role="dialog"
      aria-label={pick(finding.title)}
      data-testid="caselight-card"
      style={style}
      onMouseEnter={cancelCardHide}
      onMouseLeave={() => hideCardSoon(ui)}
    >
      <h3>{pick(finding.title)}</h3>
      <FindingDetails finding={finding} />
      {objection && <p class="cl-muted">{t('objection.filed', { reason: objection.reason })}</p>}
    </div>
  );
}
