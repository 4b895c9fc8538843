// shared/case: the canonical case fields and the CaseSnapshot the engine evaluates.
import { VALUE_TEXT } from './field-text';
import { readCaseSnapshot as readWithLabels, type EnumLabels, type ReadSnapshot } from './snapshot';

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
export { FIELD_TEXT, VALUE_TEXT, fieldLabel, valueLabel } from './field-text';
export type { EnumFieldId } from './field-text';
export type { FieldText } from './field-text';
export type { Bilingual, FieldDef, FieldId, FieldType, Procedure, CustodyMeasure } from './fields';
export { CaseSnapshotSchema } from './snapshot-schema';
export { mergeCaseReads, isCaseRead, isCivilDateTime, MIN_CASE_DATE, MAX_CASE_DATE } from './snapshot';
export type { CaseSnapshot, EnumLabels, FieldIssue, FieldIssueCode, ReadSnapshot } from './snapshot';

/**
 * readCaseSnapshot of snapshot.ts with the registry's value labels (VALUE_TEXT): a page's Chinese
 * label of an enum value reads as its id. The content script imports snapshot.ts and passes the
 * labels the background sends instead.
 */
export function readCaseSnapshot(raw: unknown, labels: EnumLabels = VALUE_TEXT): ReadSnapshot {
  return readWithLabels(raw, labels);
}
