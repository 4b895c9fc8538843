import { describe, expect, it } from 'vitest';
import { parseAdapter } from '../../../shared/adapters/schema.ts';
import { trainingSystemAdapter } from '../../../shared/adapters/training-system.ts';
import { CUSTODY_MEASURES, CUSTODY_REVIEW_CONCLUSIONS, isFieldId, PROCEDURES } from '../../../shared/case/fields.ts';
import { matchesAny } from '../../../shared/adapters/parse.ts';

describe('the built-in training-system adapter', () => {
  it('parses with the adapter schema against the case-field registry', () => {
    const result = parseAdapter(trainingSystemAdapter, { isKnownField: isFieldId });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('survives a JSON round trip (it is data, not code)', () => {
    const result = parseAdapter(JSON.stringify(trainingSystemAdapter), { isKnownField: isFieldId });
    expect(result.ok).toBe(true);
  });

  it('is flagged as training so its findings never reach the ledger', () => {
    expect(trainingSystemAdapter.training).toBe(true);
  });

  it('maps only to registered enum values', () => {
    const { fields } = trainingSystemAdapter;
    expect(Object.values(fields.procedure.map).every((v) => (PROCEDURES as readonly string[]).includes(v))).toBe(true);
    expect(Object.values(fields.custodyMeasure.map).every((v) => (CUSTODY_MEASURES as readonly string[]).includes(v))).toBe(true);
    expect(Object.values(fields.custodyReviewConclusion.map).every((v) => (CUSTODY_REVIEW_CONCLUSIONS as readonly string[]).includes(v))).toBe(true);
  });

  it('matches the training pages on any local port, and nothing else', () => {
    const { match } = trainingSystemAdapter;
    expect(matchesAny('http://127.0.0.1:8787/training/cases/clean-prosecution-review', match)).toBe(true);
    expect(matchesAny('http://localhost:5173/training/frame/cases/x/plea', match)).toBe(true);
    expect(matchesAny('http://127.0.0.1:8787/', match)).toBe(false);
    expect(matchesAny('http://10.1.2.3/training/cases/x', match)).toBe(false);
  });
});
