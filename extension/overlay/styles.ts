// Styles of everything CaseLight draws, in a <style> of its shadow root only (mount.ts), so no
// stylesheet is fetched and host pages on any origin get the same look. The lights' colours come
// from the one palette (shared/light.ts).
import { LIGHTS, LIGHT_PALETTE } from '../../shared/light';

export const OVERLAY_CSS = `
:host {
  position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important;
  z-index: 2147483646 !important; pointer-events: none !important; display: block !important;
}
.cl-root {
  font: 12px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  color: #202124;
}
.cl-group {
  position: absolute; left: 0; top: 0; display: flex; gap: 2px; visibility: hidden;
  pointer-events: auto; contain: layout style;
}
.cl-light {
  all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 3px;
  height: 18px; padding: 0 5px 0 3px; border-radius: 9px; cursor: pointer; white-space: nowrap;
  font-size: 11px; line-height: 18px; background: #fff; border: 1px solid currentColor;
  box-shadow: 0 1px 2px rgba(0,0,0,.2);
}
.cl-light:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.cl-dot { width: 10px; height: 10px; border-radius: 50%; background: currentColor; flex: none; }
${LIGHTS.map((l) => `.cl-${l} { color: ${LIGHT_PALETTE[l].text}; } .cl-${l} .cl-dot { background: ${LIGHT_PALETTE[l].fill}; }`).join('\n')}
.cl-objected { text-decoration: line-through; opacity: .75; }
.cl-card {
  position: fixed; max-width: 360px; min-width: 220px; background: #fff; color: #202124;
  border: 1px solid #dadce0; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.2);
  padding: 8px 10px; pointer-events: auto; z-index: 2;
}
.cl-card .cl-close { position: absolute; top: 2px; right: 4px; border: 0; background: none; font-size: 16px; line-height: 1; padding: 2px 6px; cursor: pointer; color: #5f6368; }
.cl-card .cl-close:focus-visible { outline: 2px solid #1a73e8; }
.cl-card > h3:first-of-type { padding-right: 20px; }
.cl-card h3, .cl-item h3 { margin: 0 0 4px; font-size: 13px; font-weight: 600; }
.cl-msg { margin: 0 0 6px; }
.cl-dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 8px; margin: 4px 0; }
.cl-dl dt { color: #5f6368; } .cl-dl dd { margin: 0; }
.cl-muted { color: #5f6368; }
.cl-warn { color: #b06000; }
.cl-panel {
  position: fixed; width: 380px; max-width: calc(100vw - 16px); max-height: 60vh;
  display: flex; flex-direction: column; background: #fff; border: 1px solid #dadce0; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); pointer-events: auto; overflow: hidden;
}
.cl-panel.cl-collapsed { width: auto; max-height: none; }
.cl-panel header { display: flex; align-items: center; gap: 8px; padding: 6px 8px; background: #f1f3f4; }
.cl-panel header strong { font-size: 13px; }
.cl-panel header.cl-counter { cursor: move; touch-action: none; user-select: none; }
.cl-flash .cl-light { animation: cl-flash .45s ease-in-out 4; }
@keyframes cl-flash { 50% { transform: scale(1.35); box-shadow: 0 0 0 4px rgba(26,115,232,.55); } }
.cl-counts { display: flex; gap: 6px; flex: 1; flex-wrap: wrap; }
.cl-count { white-space: nowrap; }
.cl-btn {
  all: unset; cursor: pointer; padding: 2px 8px; border: 1px solid #dadce0; border-radius: 4px;
  background: #fff; font-size: 12px; line-height: 18px;
}
.cl-btn:focus-visible { outline: 2px solid #1a73e8; }
.cl-btn-primary { background: #1a73e8; color: #fff; border-color: #1a73e8; }
.cl-list { overflow: auto; padding: 4px 8px 8px; margin: 0; list-style: none; }
.cl-item { border-bottom: 1px solid #eee; padding: 6px 0; }
.cl-item:last-child { border-bottom: 0; }
.cl-item-head { display: flex; align-items: center; gap: 6px; }
.cl-item-head h3 { flex: 1; margin: 0; }
.cl-actions { display: flex; gap: 6px; margin-top: 4px; flex-wrap: wrap; }
.cl-objection textarea {
  box-sizing: border-box; width: 100%; min-height: 48px; font: inherit; margin: 4px 0;
  border: 1px solid #dadce0; border-radius: 4px; padding: 4px;
}
.cl-error { color: #c5221f; }
.cl-banner { padding: 4px 8px; background: #fef7e0; color: #5f4200; }
.cl-section { padding: 4px 8px; }
details.cl-section summary { cursor: pointer; color: #5f6368; }
`;
