// Lengths the side panel and the background both keep to (no imports: the side panel loads it).
export const ASSESSMENT_REASON_MAX = 1000;
export const EVIDENCE_MAX = 500;
