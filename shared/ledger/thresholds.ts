// Per-case thresholds (Tianshui 办案瑕疵累计积分): 公诉 cases at >= 40 points and other cases at
// >= 30 are flagged for the prosecutor's judicial file (司法档案). The report says per case (个案),
// not per year (rules-catalogue.md, doubt D7); annual totals feed the dashboard instead.
export interface Thresholds {
  prosecution: number;
  other: number;
  /** Procedures that make a case a public-prosecution (公诉) case. */
  prosecutionProcedures: string[];
}

export type CaseKind = 'prosecution' | 'other';

export const DEFAULT_THRESHOLDS: Thresholds = {
  prosecution: 40,
  other: 30,
  prosecutionProcedures: ['prosecution-review'],
};

/** A case is a 公诉 case when any of its defects arose in a prosecution procedure. */
export function caseKind(procedures: Iterable<string>, thresholds: Thresholds = DEFAULT_THRESHOLDS): CaseKind {
  for (const p of procedures) if (thresholds.prosecutionProcedures.includes(p)) return 'prosecution';
  return 'other';
}

export function caseThreshold(kind: CaseKind, thresholds: Thresholds = DEFAULT_THRESHOLDS): number {
  return kind === 'prosecution' ? thresholds.prosecution : thresholds.other;
}

/** "在40分以上" reads as 40 or more. */
export function isOverThreshold(totalPoints: number, kind: CaseKind, thresholds: Thresholds = DEFAULT_THRESHOLDS): boolean {
  return totalPoints >= caseThreshold(kind, thresholds);
}

/** The lower of the two thresholds: a case below it cannot be flagged whatever its kind. */
export function minThreshold(thresholds: Thresholds = DEFAULT_THRESHOLDS): number {
  return Math.min(thresholds.prosecution, thresholds.other);
}
