// Tally arithmetic: what one defect contributes to a total, and how totals combine. The companion
// keeps these sums pre-aggregated per (year, month, unit, prosecutor, rule); the same arithmetic.
export interface DefectState {
  points: number;
  rectified: boolean;
  voided: boolean;
}

export interface Figures {
  defects: number;
  /** Points that count: voided defects excluded. */
  points: number;
  rectified: number;
  voided: number;
  voidedPoints: number;
}

export const zeroFigures = (): Figures => ({ defects: 0, points: 0, rectified: 0, voided: 0, voidedPoints: 0 });

/** An accepted objection voids the points; the defect itself stays on record with its reason. */
export function countedPoints(d: DefectState): number {
  return d.voided ? 0 : d.points;
}

export function contribution(d: DefectState | undefined): Figures {
  if (!d) return zeroFigures();
  return {
    defects: 1,
    points: countedPoints(d),
    rectified: d.rectified ? 1 : 0,
    voided: d.voided ? 1 : 0,
    voidedPoints: d.voided ? d.points : 0,
  };
}

export function addFigures(a: Figures, b: Figures, sign: 1 | -1 = 1): Figures {
  return {
    defects: a.defects + sign * b.defects,
    points: a.points + sign * b.points,
    rectified: a.rectified + sign * b.rectified,
    voided: a.voided + sign * b.voided,
    voidedPoints: a.voidedPoints + sign * b.voidedPoints,
  };
}

export const isZero = (f: Figures) => f.defects === 0 && f.points === 0 && f.rectified === 0 && f.voided === 0 && f.voidedPoints === 0;

/** Share of defects rectified, or null with no defects (0 % would claim something). */
export function rectificationRate(rectified: number, defects: number): number | null {
  return defects > 0 ? rectified / defects : null;
}

export function sumFigures(states: Iterable<DefectState>): Figures {
  let total = zeroFigures();
  for (const s of states) total = addFigures(total, contribution(s));
  return total;
}

/**
 * Annual totals per key (prosecutor, unit, …) for one calendar year.
 * @example annualTotals(defects, 2025, (d) => d.userId).get('u1')?.points
 */
export function annualTotals<T extends DefectState & { year: number }>(
  defects: Iterable<T>, year: number, keyOf: (d: T) => string,
): Map<string, Figures> {
  const out = new Map<string, Figures>();
  for (const d of defects) {
    if (d.year !== year) continue;
    const k = keyOf(d);
    out.set(k, addFigures(out.get(k) ?? zeroFigures(), contribution(d)));
  }
  return out;
}
