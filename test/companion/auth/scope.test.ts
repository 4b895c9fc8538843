import { describe, expect, it } from 'vitest';
import { canSeeUnit, narrowToUnit, scopeOf, subtree, visibleUnits, type Principal, type UnitRow } from '../../../companion/auth/scope.ts';
import { hashToken, newToken } from '../../../companion/db/tokens.ts';

const units: UnitRow[] = [
  { code: 'city', name: '市院', parent_code: null },
  { code: 'east', name: '东区', parent_code: 'city' },
  { code: 'east-1', name: '东区派驻', parent_code: 'east' },
  { code: 'west', name: '西区', parent_code: 'city' },
  { code: 'other', name: '外市', parent_code: null },
];
const who = (role: Principal['role'], unitCode: string): Principal => ({ id: `${role}-${unitCode}`, name: '', role, unitCode, unitName: '' });

describe('scope', () => {
  it('finds a unit and every unit below it', () => {
    expect(subtree(units, 'city')).toEqual(['city', 'east', 'west', 'east-1']);
    expect(subtree(units, 'east')).toEqual(['east', 'east-1']);
    expect(subtree(units, 'west')).toEqual(['west']);
  });

  it('survives a parent cycle without looping', () => {
    expect(subtree([{ code: 'a', name: '', parent_code: 'b' }, { code: 'b', name: '', parent_code: 'a' }], 'a')).toEqual(['a', 'b']);
  });

  it('gives administrators everything, supervisors their subtree, prosecutors themselves', () => {
    expect(scopeOf(who('admin', 'city'), units)).toEqual({ all: true });
    expect(scopeOf(who('supervisor', 'east'), units)).toEqual({ all: false, unitCodes: ['east', 'east-1'] });
    expect(scopeOf(who('prosecutor', 'east'), units)).toEqual({ all: false, unitCodes: ['east'], userId: 'prosecutor-east' });
    expect(visibleUnits(who('supervisor', 'east'), units).map((u) => u.code)).toEqual(['east', 'east-1']);
  });

  it('narrows to a unit inside the scope and refuses one outside it', () => {
    const east = scopeOf(who('supervisor', 'east'), units);
    expect(narrowToUnit(east, units, 'east-1')).toEqual({ all: false, unitCodes: ['east-1'] });
    expect(narrowToUnit(east, units, 'west')).toBeUndefined();
    expect(narrowToUnit(east, units, 'city')).toBeUndefined();
    expect(narrowToUnit(east, units, 'nowhere')).toBeUndefined();
    expect(narrowToUnit({ all: true }, units, 'east')).toEqual({ all: false, unitCodes: ['east', 'east-1'] });
    expect(canSeeUnit(east, 'east-1')).toBe(true);
    expect(canSeeUnit(east, 'other')).toBe(false);
  });
});

describe('tokens', () => {
  it('makes long random tokens and stores only a sha256', () => {
    const a = newToken();
    expect(a).toMatch(/^clt_[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).toBe(hashToken(a));
  });
});
