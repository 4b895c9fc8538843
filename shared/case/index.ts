// shared/case: the canonical case fields and the CaseSnapshot the engine evaluates.
export {
  FIELDS,
  FIELD_IDS,
  FIELD_MAP,
  PRIVATE_FIELD_IDS,
  PROCEDURES,
  CUSTODY_MEASURES,
  CUSTODY_REVIEW_CONCLUSIONS,
  isFieldId,
} from './fields';
export { FIELD_TEXT, fieldLabel } from './field-text';
export type { FieldText } from './field-text';
export type { Bilingual, FieldDef, FieldId, FieldType, Procedure, CustodyMeasure } from './fields';
export { CaseSnapshotSchema } from './snapshot-schema';
export { readCaseSnapshot, mergeCaseReads, isCaseRead, isCivilDateTime, MIN_CASE_DATE, MAX_CASE_DATE } from './snapshot';
export type { CaseSnapshot, FieldIssue, FieldIssueCode, ReadSnapshot } from './snapshot';
