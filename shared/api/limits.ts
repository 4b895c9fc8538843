// Limits of the API contract as plain numbers (no zod), so the content script and the background can
// import them without the schemas. The schemas in this folder enforce them.

/** Characters in an objection's reason (异议理由), as sent and as stored. */
export const OBJECTION_REASON_MAX = 500;

/** Events in one POST /events batch. */
export const EVENT_BATCH_MAX = 500;
