// Closing the loop (issue 10): the extension's case activity (ids and dates only), the supervisor's
// 流程监控通知书 with its 10-day reply (规则 664–665), and rectification tracking on the dashboard.
import { z } from 'zod';
import {
  CaseNumberSchema, CivilDateSchema, IdSchema, InstantSchema, ProcedureSchema, UnitCodeSchema, reasonText,
} from './common';
import { RejectedEventSchema } from './events';

/** How many due dates one case-activity record may carry (open findings of one case). */
export const CASE_ACTIVITY_DUES_MAX = 50;
export const CASE_ACTIVITY_BATCH_MAX = 500;

/**
 * A case page was checked: which case, which stage, its key dates and the due dates of its open
 * findings. Exactly these fields leave the browser — never a name, a charge or any other case fact.
 */
export const CaseActivitySchema = z.strictObject({
  /** Made by the client; the idempotency key (per user). */
  id: IdSchema,
  caseNumber: CaseNumberSchema,
  procedure: ProcedureSchema,
  /** 受理日期 */
  acceptedOn: CivilDateSchema.optional(),
  /** 决定/审查结论日期 */
  decisionOn: CivilDateSchema.optional(),
  /** 办结日期 */
  concludedOn: CivilDateSchema.optional(),
  /** Due dates of the case's open (not yet done) findings, as civil dates. */
  dueDates: z.array(CivilDateSchema).max(CASE_ACTIVITY_DUES_MAX),
  /** The suspect is held (拘留/逮捕): no rest-day extension, reminders on the day too. */
  inCustody: z.boolean(),
  /** Marked 重大疑难复杂 in the case system (a flag only, for the leaders' case report); absent: not marked. */
  difficult: z.boolean().optional(),
  /** When the page was checked. */
  observedAt: InstantSchema,
});
export type CaseActivity = z.infer<typeof CaseActivitySchema>;

export const CaseActivityBatchSchema = z.strictObject({
  activities: z.array(CaseActivitySchema).min(1).max(CASE_ACTIVITY_BATCH_MAX),
});
export type CaseActivityBatch = z.infer<typeof CaseActivityBatchSchema>;

/** What POST /case-activity reads first; each record is then checked on its own. */
export const CaseActivityEnvelopeSchema = z.strictObject({
  activities: z.array(z.unknown()).min(1).max(CASE_ACTIVITY_BATCH_MAX),
});

export const CaseActivityResultSchema = z.strictObject({
  accepted: z.int().min(0),
  duplicates: z.int().min(0),
  rejected: z.array(RejectedEventSchema),
});
export type CaseActivityResult = z.infer<typeof CaseActivityResultSchema>;

// ── 流程监控通知书 ──────────────────────────────────────────────────────────────

export const NOTICE_TEXT_MAX = 2000;
/** 规则 665: the handling department answers within ten days (刑诉法 105 counting). */
export const NOTICE_REPLY_DAYS = 10;

export const NoticeCreateSchema = z.strictObject({
  caseNumber: CaseNumberSchema,
  /** The defect the notice is about, when it is about one (must be of this case). */
  defectId: IdSchema.optional(),
  text: reasonText(NOTICE_TEXT_MAX),
});
export type NoticeCreate = z.infer<typeof NoticeCreateSchema>;

export const NoticeReplySchema = z.strictObject({ text: reasonText(NOTICE_TEXT_MAX) });
export type NoticeReply = z.infer<typeof NoticeReplySchema>;

export const NoticeParamsSchema = z.strictObject({ id: IdSchema });

/** open: awaiting a reply, not yet due; overdue: awaiting a reply past `replyDue`; replied. */
export const NoticeStatusSchema = z.enum(['open', 'overdue', 'replied']);
export type NoticeStatus = z.infer<typeof NoticeStatusSchema>;

export const NOTICES_DEFAULT_LIMIT = 100;
export const NOTICES_MAX_LIMIT = 1000;

export const NoticeListQuerySchema = z.strictObject({
  status: NoticeStatusSchema.optional(),
  /** Only notices about this case. */
  caseNumber: CaseNumberSchema.optional(),
  limit: z.coerce.number().int().min(1).max(NOTICES_MAX_LIMIT).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
});
export type NoticeListQuery = z.infer<typeof NoticeListQuerySchema>;

export const NoticeSchema = z.strictObject({
  id: IdSchema,
  caseNumber: CaseNumberSchema,
  defectId: IdSchema.nullable(),
  /** The defect's rule, when the notice is about a defect. */
  ruleId: z.string().nullable(),
  text: z.string(),
  issuedBy: IdSchema,
  issuedByName: z.string(),
  issuedAt: InstantSchema,
  /** The civil day of issue (Asia/Shanghai); the period runs from the day after. */
  issuedOn: CivilDateSchema,
  /** issuedOn + 10 days; a last day on a rest day moves to the next working day (刑诉法 105). */
  replyDue: CivilDateSchema,
  prosecutorId: IdSchema,
  prosecutorName: z.string(),
  unitCode: UnitCodeSchema,
  status: NoticeStatusSchema,
  replyText: z.string().nullable(),
  repliedAt: InstantSchema.nullable(),
  repliedOn: CivilDateSchema.nullable(),
  /** The case's defects (the addressee's, not voided) open when the notice was issued, and how many of them are rectified since. */
  rectification: z.strictObject({ openAtNotice: z.int().min(0), rectifiedSince: z.int().min(0) }),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const NoticeUnitCountSchema = z.strictObject({
  unitCode: UnitCodeSchema,
  open: z.int().min(0),
  overdue: z.int().min(0),
  replied: z.int().min(0),
});
export type NoticeUnitCount = z.infer<typeof NoticeUnitCountSchema>;

export const NoticeListResponseSchema = z.strictObject({
  total: z.int().min(0),
  limit: z.int().min(1),
  offset: z.int().min(0),
  /** Newest first. */
  notices: z.array(NoticeSchema),
  /** Every notice the caller may see (whatever the filter), counted per addressee unit. */
  byUnit: z.array(NoticeUnitCountSchema),
});
export type NoticeListResponse = z.infer<typeof NoticeListResponseSchema>;

// ── 整改跟踪 ────────────────────────────────────────────────────────────────────

export const RectificationQuerySchema = z.strictObject({
  /** This unit and those below it (within what the caller may see). */
  unit: UnitCodeSchema.optional(),
});

export const RectificationRowSchema = z.strictObject({
  unitCode: UnitCodeSchema,
  userId: IdSchema,
  userName: z.string(),
  /** 院领导/部门负责人 who handle cases themselves. */
  leader: z.boolean(),
  /** Cases this prosecutor has opened in the extension (distinct case numbers of their case activity). */
  casesHandled: z.int().min(0),
  /** Red defects neither rectified nor voided. */
  openDefects: z.int().min(0),
  /** Points of those open defects. */
  openPoints: z.int().min(0),
  /** Days since the oldest open defect was first observed (0 when none). */
  oldestOpenDays: z.int().min(0),
  /** The day the oldest open defect was first observed. */
  oldestOpenSince: CivilDateSchema.nullable(),
  rectifiedDefects: z.int().min(0),
});
export type RectificationRow = z.infer<typeof RectificationRowSchema>;

export const RectificationResponseSchema = z.strictObject({
  today: CivilDateSchema,
  rows: z.array(RectificationRowSchema),
});
export type RectificationResponse = z.infer<typeof RectificationResponseSchema>;
