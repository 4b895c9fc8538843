// The one Light: the colour of a finding, everywhere it goes (engine, extension messages, outbox,
// ledger, database rows, training cards, dashboard), and the one palette it is drawn in.

export const LIGHTS = ['red', 'yellow', 'green', 'grey'] as const;
/** 红 overdue / missing / mandatory element absent; 黄 due soon or needs a look; 绿 done; 灰 cannot decide. */
export type Light = (typeof LIGHTS)[number];

/**
 * The palette of the lights: `fill` for a dot, the toolbar badge and chart marks; `text` for words
 * in the light's colour on a white background (contrast ≥ 4.5:1). The overlay's stylesheet, the
 * badge, the popup and the dashboard all take their colours from here.
 */
export const LIGHT_PALETTE: Readonly<Record<Light, { fill: string; text: string }>> = {
  red: { fill: '#d93025', text: '#c5221f' },
  yellow: { fill: '#f9ab00', text: '#b06000' },
  green: { fill: '#1e8e3e', text: '#137333' },
  grey: { fill: '#80868b', text: '#5f6368' },
};

/**
 * The palette as CSS custom properties (`--cl-red`, `--cl-red-text`, …) for a page's stylesheet:
 * pages set them on their root element (CSSOM, so a strict style-src is no obstacle).
 */
export function paletteProperties(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of LIGHTS) {
    out[`--cl-${l}`] = LIGHT_PALETTE[l].fill;
    out[`--cl-${l}-text`] = LIGHT_PALETTE[l].text;
  }
  return out;
}

