// The custody events that start a 24-hour duty (R56 family notice, R57 first interrogation).
import type { Bilingual, CaseSnapshot, FieldId } from '../../case';

export interface CustodyEvent {
  key: 'detention' | 'arrest' | 'designated-residence';
  measure: Bilingual;
  /** Field holding the execution time. */
  at: FieldId;
}

export const DETENTION: CustodyEvent = { key: 'detention', measure: { zh: '拘留', en: 'detention' }, at: 'detainedAt' };
export const ARREST: CustodyEvent = { key: 'arrest', measure: { zh: '逮捕', en: 'arrest' }, at: 'arrestedAt' };
export const DESIGNATED_RESIDENCE: CustodyEvent = {
  key: 'designated-residence',
  measure: { zh: '指定居所监视居住', en: 'designated-residence surveillance' },
  at: 'designatedResidenceAt',
};

/**
 * The procuratorate itself executes detention or arrest in its own investigations and, after
 * intake, in supervision-commission (留置) cases; elsewhere these are the police's duties.
 */
export function procuratorateExecutes(c: CaseSnapshot): boolean {
  return c.procedure === 'self-investigation' || c.supervisionCase === true;
}
