// Case activity (issue 10): what the extension keeps about each case page it checked, and the
// record it sends. Only ids and dates leave the browser — case number, procedure, accepted /
// decision / concluded dates, the 疑难复杂 flag, the due dates of open findings, custody, when it was checked. Never
// a name, a charge or any other value read from the page; the page URL stays local (我的期限 links).
import type { CaseActivity } from '../../shared/api/index';
import { CaseActivitySchema, CASE_ACTIVITY_DUES_MAX } from '../../shared/api/index';
import { compareDates, isCivilDate } from '../../shared/calendar/index';
import type { FrameReport } from '../protocol';
import type { CaseLightDb, LocalCase, LocalDue } from '../store/db';

/** The adapter of the training system: its cases are practice, never recorded. */
const TRAINING_ADAPTER_ID = 'training-system';

const dateOf = (v: unknown): string | undefined => (typeof v === 'string' && isCivilDate(v) ? v : undefined);

/** The local record of a checked case page, or null when it is not a real case (no case number, training). */
export function caseFromReport(report: FrameReport, now: number): LocalCase | null {
  const caseNumber = (report.caseNumber ?? (typeof report.values.caseNumber === 'string' ? report.values.caseNumber : '')).trim();
  if (!caseNumber || report.adapterId === null || report.training || report.adapterId === TRAINING_ADAPTER_ID) return null;
  const dues: LocalDue[] = report.findings
    .filter((f) => f.due !== undefined && isCivilDate(f.due) && !f.done && f.light !== 'grey')
    .map((f) => ({ ruleId: f.ruleId, occurrenceKey: f.occurrenceKey, due: f.due as string, light: f.light }))
    .sort((a, b) => compareDates(a.due, b.due) || a.ruleId.localeCompare(b.ruleId));
  const c: LocalCase = {
    caseNumber, inCustody: report.values.inCustody === true, dues, nextDue: dues[0]?.due ?? '', url: report.url, checkedAt: now,
  };
  if (report.procedure) c.procedure = report.procedure;
  const accepted = dateOf(report.values.acceptedOn);
  const decision = dateOf(report.values.decisionOn);
  const concluded = dateOf(report.values.concludedOn);
  if (accepted) c.acceptedOn = accepted;
  if (decision) c.decisionOn = decision;
  if (concluded) c.concludedOn = concluded;
  // The case field 重大、疑难、复杂案件 (majorComplex), sent as a flag only.
  if (report.values.majorComplex === true) c.difficult = true;
  return c;
}

/** The record sent for a case: exactly the fields of CaseActivitySchema. */
export function toActivity(c: LocalCase, id: string, observedAt: string): CaseActivity {
  const a: CaseActivity = {
    id, caseNumber: c.caseNumber, procedure: c.procedure ?? 'unknown',
    dueDates: [...new Set(c.dues.map((d) => d.due))].slice(0, CASE_ACTIVITY_DUES_MAX),
    inCustody: c.inCustody, observedAt,
  };
  if (c.acceptedOn) a.acceptedOn = c.acceptedOn;
  if (c.decisionOn) a.decisionOn = c.decisionOn;
  if (c.concludedOn) a.concludedOn = c.concludedOn;
  if (c.difficult) a.difficult = true;
  return a;
}

/** What the companion would learn from a record, without its id and time: an unchanged case queues nothing. */
export function sentKey(a: CaseActivity): string {
  return JSON.stringify([a.caseNumber, a.procedure, a.acceptedOn ?? '', a.decisionOn ?? '', a.concludedOn ?? '', a.dueDates, a.inCustody,
    // Appended only when marked, so keys of unmarked cases stay what earlier versions stored.
    ...(a.difficult ? [true] : [])]);
}

/**
 * Keeps the checked case locally and, when what would be sent changed, queues a case-activity
 * record (checked against the shared schema first). Answers the record queued, or null.
 */
export async function recordCase(db: CaseLightDb, report: FrameReport, opts: { now: number; newId: () => string }): Promise<CaseActivity | null> {
  const c = caseFromReport(report, opts.now);
  if (!c) return null;
  return db.transaction('rw', db.cases, db.caseOutbox, async () => {
    const before = await db.cases.get(c.caseNumber);
    const activity = toActivity(c, opts.newId(), new Date(opts.now).toISOString());
    const key = sentKey(activity);
    const parsed = CaseActivitySchema.safeParse(activity);
    const queue = parsed.success && before?.sentKey !== key;
    await db.cases.put({ ...c, sentKey: queue ? key : before?.sentKey });
    if (!queue) return null;
    await db.caseOutbox.add({ id: activity.id, activity: parsed.data, enqueuedAt: opts.now });
    return parsed.data;
  });
}

export interface DeadlineRow {
  caseNumber: string;
  url: string;
  procedure?: string;
  inCustody: boolean;
  /** The case's due dates, earliest first, with how many days are left (negative: overdue). */
  dues: Array<LocalDue & { daysLeft: number }>;
  nextDue: string;
  overdue: boolean;
}

/** 我的期限: every case with an open due date, overdue ones first, then by the next due date. */
export function myDeadlines(cases: readonly LocalCase[], today: string, diffDays: (a: string, b: string) => number): DeadlineRow[] {
  return cases
    .filter((c) => c.dues.length > 0)
    .map((c) => {
      const dues = c.dues.map((d) => ({ ...d, daysLeft: diffDays(today, d.due) }));
      return {
        caseNumber: c.caseNumber, url: c.url, ...(c.procedure ? { procedure: c.procedure } : {}), inCustody: c.inCustody,
        dues, nextDue: c.nextDue, overdue: dues.some((d) => d.daysLeft < 0),
      };
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || compareDates(a.nextDue, b.nextDue) || a.caseNumber.localeCompare(b.caseNumber));
}
