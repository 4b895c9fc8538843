// Table types of the ledger database (SQLite and PostgreSQL alike). Flags are integers 0/1 and
// instants are UTC ISO text on both dialects, so the same queries run on each unchanged.
import type { Generated } from 'kysely';
import type { AuditAction } from '../../shared/api/audit.ts';
import type { Light } from '../../shared/light.ts';

export interface UnitsTable { code: string; name: string; parent_code: string | null; created_at: string }

export interface UsersTable {
  id: string;
  name: string;
  role: 'prosecutor' | 'supervisor' | 'trainer' | 'admin';
  unit_code: string;
  /** sha256 hex of the bearer token; the token itself is never stored. */
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
  demo: number;
  /** 1 for 院领导/部门负责人 who handle cases themselves. */
  leader: number;
}

export interface EventsTable {
  id: string;
  kind: 'observed' | 'rectified' | 'objected';
  case_number: string;
  rule_id: string;
  rule_version: number;
  occurrence_key: string;
  light: Light;
  /** What the companion booked for this event (rule configuration in force at observed_at); 0 unless red. */
  points: number;
  due: string | null;
  observed_at: string;
  received_at: string;
  procedure: string;
  training: number;
  objection_reason: string | null;
  user_id: string;
  unit_code: string;
  demo: number;
  /** The outcome the client reported; null for events from older extensions. */
  message_id: string | null;
  /** The points the client saw (a hint, never booked). */
  client_points: number | null;
}

export interface DefectsTable {
  id: string;
  user_id: string;
  unit_code: string;
  case_number: string;
  rule_id: string;
  occurrence_key: string;
  rule_version: number;
  procedure: string;
  points: number;
  due: string | null;
  first_observed_at: string;
  year: number;
  month: number;
  source_event_id: string;
  rectified_at: string | null;
  voided: number;
  void_reason: string | null;
  voided_at: string | null;
  demo: number;
}

export interface ObjectionsTable {
  id: string;
  defect_id: string;
  /** The objected event it came from, or null when filed through POST /objections. */
  source_event_id: string | null;
  reason: string;
  filed_at: string;
  status: 'pending' | 'accepted' | 'rejected';
  decided_by: string | null;
  decision_reason: string | null;
  decided_at: string | null;
}

/** Pre-aggregated tallies, maintained with each defect change (tallies read only these). */
export interface DefectTotalsTable {
  year: number;
  month: number;
  unit_code: string;
  user_id: string;
  rule_id: string;
  defects: number;
  points: number;
  rectified: number;
  voided: number;
  voided_points: number;
}

/** Pre-aggregated per-case points, for the per-case thresholds. */
export interface CaseTotalsTable {
  year: number;
  case_number: string;
  procedure: string;
  user_id: string;
  unit_code: string;
  defects: number;
  points: number;
}

/** Points per case and year over all prosecutors and units (voided excluded), for the threshold query. */
/** A rollup of defect_totals per (year, unit, key) — total_by_user / total_by_rule / total_by_month (migration 008). */
export interface RollupRow {
  year: number; unit_code: string; user_id?: string; rule_id?: string; month?: number;
  defects: number; points: number; rectified: number; voided: number; voided_points: number;
}
export interface TotalByUserTable extends RollupRow { user_id: string }
export interface TotalByRuleTable extends RollupRow { rule_id: string }
export interface TotalByMonthTable extends RollupRow { month: number }

export interface CasePointsTable { year: number; case_number: string; points: number }

/** Every version of the central rule configuration; `document` is JSON { rules, thresholds }. */
export interface RuleConfigVersionsTable { version: number; in_force_from: string; document: string; set_by: string | null }

export interface AuditLogTable {
  id: string;
  at: string;
  action: AuditAction;
  subject: string;
  actor_id: string | null;
  /** JSON objects. */
  before: string | null;
  after: string | null;
  reason: string | null;
}
/** A case page checked in the extension: ids and dates only. */
export interface CaseActivityTable {
  id: string;
  user_id: string;
  unit_code: string;
  case_number: string;
  procedure: string;
  accepted_on: string | null;
  decision_on: string | null;
  concluded_on: string | null;
  /** JSON array of civil dates. */
  due_dates: string;
  next_due: string | null;
  in_custody: number;
  observed_at: string;
  received_at: string;
  /** 1: marked 重大疑难复杂 (migration 011; default 0). */
  difficult: Generated<number>;
}

/** Who held which post when (migration 011): civil dates, end null while held. */
export interface UserPostsTable { id: string; user_id: string; unit_code: string; post: 'chief'; start_on: string; end_on: string | null }

/** A unit's dispute of one of its evaluation figures (migration 011). */
export interface EvaluationObjectionsTable {
  id: string;
  unit_code: string;
  year: number;
  indicator_id: string;
  value: number | null;
  reason: string;
  filed_by: string;
  filed_at: string;
  status: 'pending' | 'accepted' | 'rejected';
  decided_by: string | null;
  decision_reason: string | null;
  decided_at: string | null;
}

/** 流程监控通知书 and its reply. */
export interface NoticesTable {
  id: string;
  case_number: string;
  defect_id: string | null;
  text: string;
  issued_by: string;
  issued_at: string;
  issued_on: string;
  reply_due: string;
  addressee_id: string;
  unit_code: string;
  reply_text: string | null;
  replied_at: string | null;
  replied_on: string | null;
}
/** 社会危险性量化评估表: versions an administrator set (issue 11). */
export interface AssessmentInstrumentsTable { version: number; document: string; set_by: string | null; in_force_from: string }
/** A synced assessment: ids and figures only (issue 11). */
export interface AssessmentsTable {
  id: string;
  user_id: string;
  unit_code: string;
  case_number: string;
  instrument_version: number;
  /** JSON array of item ids. */
  item_ids: string;
  score: number;
  band: string;
  decision: 'arrest' | 'no-arrest';
  against_band: number;
  training: number;
  assessed_at: string;
  received_at: string;
}
export interface SettingsTable { key: string; value: string; updated_at: string }
export interface AdaptersTable { id: string; json: string; updated_at: string }
/** Every published version of every adapter (migration 009). */
export interface AdapterVersionsTable { adapter_id: string; version: number; json: string; published_at: string; published_by: string | null; rollback_of: number | null }
export interface CalendarOverridesTable { date: string; kind: 'holiday' | 'workday'; note: string | null }

export interface Database {
  units: UnitsTable;
  users: UsersTable;
  events: EventsTable;
  defects: DefectsTable;
  objections: ObjectionsTable;
  defect_totals: DefectTotalsTable;
  case_totals: CaseTotalsTable;
  case_points: CasePointsTable;
  total_by_user: TotalByUserTable;
  total_by_rule: TotalByRuleTable;
  total_by_month: TotalByMonthTable;
  rule_config_versions: RuleConfigVersionsTable;
  audit_log: AuditLogTable;
  case_activity: CaseActivityTable;
  notices: NoticesTable;
  settings: SettingsTable;
  adapters: AdaptersTable;
  adapter_versions: AdapterVersionsTable;
  calendar_overrides: CalendarOverridesTable;
  user_posts: UserPostsTable;
  evaluation_objections: EvaluationObjectionsTable;
  assessment_instruments: AssessmentInstrumentsTable;
  assessments: AssessmentsTable;
}
