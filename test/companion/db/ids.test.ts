// Time-ordered ids: valid UUIDv7 strings, increasing in creation order (also within one millisecond).
import { describe, expect, it } from 'vitest';
import { IdSchema } from '../../../shared/api/common.ts';
import { timeOrderedId } from '../../../companion/db/ids.ts';

describe('timeOrderedId', () => {
  it('makes UUIDv7 ids the API accepts, each sorting after the one before', () => {
    const ids = Array.from({ length: 5000 }, () => timeOrderedId());
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(IdSchema.safeParse(id).success).toBe(true);
    }
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const fixed = [timeOrderedId(1_700_000_000_000), timeOrderedId(1_700_000_000_000), timeOrderedId(1_600_000_000_000)];
    expect([...fixed].sort()).toEqual(fixed);
  });
});
