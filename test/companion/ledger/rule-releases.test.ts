import { describe, expect, it } from 'vitest';
import { CATALOGUE_IN_FORCE, RULE_VERSION_RELEASES, releaseOf, unreleasedVersions } from '../../../companion/ledger/rule-releases.ts';
import { rulesById } from '../../../shared/rules/index.ts';

describe('rule version releases', () => {
  it('records a release for the current version of every rule (bump meta.version → add its release here)', () => {
    expect(unreleasedVersions()).toEqual([]);
  });

  it('names only rules and versions that exist, with civil dates after the catalogue came into force', () => {
    for (const [id, versions] of Object.entries(RULE_VERSION_RELEASES)) {
      const rule = rulesById.get(id);
      expect(rule, id).toBeDefined();
      for (const [v, date] of Object.entries(versions)) {
        expect(Number(v)).toBeGreaterThan(1);
        expect(Number(v)).toBeLessThanOrEqual(rule!.meta.version);
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(date > CATALOGUE_IN_FORCE).toBe(true);
      }
    }
  });

  it('gives version 1 the catalogue date, a recorded version its date, and an unrecorded later one the newest recorded', () => {
    expect(releaseOf('notice-suspect-counsel-3d', 1)).toBe('2022-03-01');
    expect(releaseOf('arrest-review-police-detained-7d', 1)).toBe('2022-03-01');
    expect(releaseOf('arrest-review-police-detained-7d', 2)).toBe('2026-11-28');
    expect(releaseOf('arrest-review-police-detained-7d', 3)).toBe('2026-11-28');
  });
});
