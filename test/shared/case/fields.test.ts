// The field registry is a contract: adapters, rules, the overlay and the training system use its ids.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { FIELD_IDS, FIELD_TEXT, FIELDS, PRIVATE_FIELD_IDS, type CaseSnapshot, type FieldDef, type FieldId } from '../../../shared/case';

const CORE = [
  'caseNumber', 'procedure', 'acceptedOn', 'inCustody', 'custodyMeasure', 'detainedOn', 'suspectCounselNoticeOn', 'hasVictim',
  'victimAgentNoticeOn', 'interrogatedOn', 'decisionOn', 'pleaAccepted', 'pleaAgreementSignedOn', 'counselPresentAtSigning', 'fastTrack',
  'extensionApprovedOn', 'suspectBirthDate', 'prosecutorId', 'prosecutorName', 'unitCode', 'unitName',
];

describe('field registry', () => {
  it('keeps the core ids of design.md', () => {
    expect(CORE.filter((id) => !FIELD_IDS.includes(id as FieldId))).toEqual([]);
  });

  it('has unique camelCase ids', () => {
    expect(new Set(FIELD_IDS).size).toBe(FIELD_IDS.length);
    for (const id of FIELD_IDS) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it('labels every field in Chinese and English (field-text.ts), and nothing else', () => {
    for (const f of FIELDS as readonly FieldDef[]) {
      const label = FIELD_TEXT[f.id as FieldId]?.label;
      expect(label?.zh.trim(), f.id).not.toBe('');
      expect(label?.en.trim(), f.id).not.toBe('');
    }
    expect(Object.keys(FIELD_TEXT).sort()).toEqual([...FIELD_IDS].sort());
  });

  it('gives every enum field its values with labels, and only enum fields', () => {
    for (const f of FIELDS as readonly FieldDef[]) {
      if (f.type === 'enum') expect((f.values ?? []).length, f.id).toBeGreaterThan(0);
      else expect(f.values, f.id).toBeUndefined();
    }
  });

  it('names dates …On and date-times …At', () => {
    for (const f of FIELDS as readonly FieldDef[]) {
      if (f.type === 'datetime') expect(f.id, f.id).toMatch(/At$/);
      if (f.type === 'date' && f.id !== 'suspectBirthDate') expect(f.id, f.id).toMatch(/On$/);
    }
  });

  it('keeps names, birth dates and the prosecutor’s name private', () => {
    for (const id of ['suspectName', 'caseName', 'prosecutorName', 'suspectBirthDate']) expect(PRIVATE_FIELD_IDS.has(id), id).toBe(true);
    for (const id of ['caseNumber', 'prosecutorId', 'unitCode', 'acceptedOn']) expect(PRIVATE_FIELD_IDS.has(id), id).toBe(false);
  });

  it('types the snapshot from the registry', () => {
    expectTypeOf<CaseSnapshot['acceptedOn']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CaseSnapshot['inCustody']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<CaseSnapshot['returnCount']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<NonNullable<CaseSnapshot['procedure']>>().toEqualTypeOf<
      'intake' | 'arrest-review' | 'prosecution-review' | 'non-prosecution' | 'custody-review' | 'detention-supervision' | 'self-investigation'
    >();
    expectTypeOf<keyof CaseSnapshot>().toEqualTypeOf<FieldId>();
  });
});
