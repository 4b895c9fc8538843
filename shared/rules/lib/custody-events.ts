// The custody events that start a 24-hour duty (R56 family notice, R57 first interrogation).
import type { CaseSnapshot, FieldId } from '../../case';
import type { PhraseRef } from './types';

export interface CustodyEvent {
  key: 'detention' | 'arrest' | 'designated-residence';
  /** The measure's name: the engine's phrase of the same id as `key`. */
  measure: PhraseRef;
  /** Field holding the execution time. */
  at: FieldId;
}

export const DETENTION: CustodyEvent = { key: 'detention', measure: { phrase: 'detention' }, at: 'detainedAt' };
export const ARREST: CustodyEvent = { key: 'arrest', measure: { phrase: 'arrest' }, at: 'arrestedAt' };
export const DESIGNATED_RESIDENCE: CustodyEvent = {
  key: 'designated-residence',
  measure: { phrase: 'designated-residence' },
  at: 'designatedResidenceAt',
};

/**
 * The procuratorate itself executes detention or arrest in its own investigations and, after
 * intake, in supervision-commission (留置) cases; elsewhere these are the police's duties.
 */
export function procuratorateExecutes(c: CaseSnapshot): boolean {
  return c.procedure === 'self-investigation' || c.supervisionCase === true;
}
