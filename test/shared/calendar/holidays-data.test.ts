// The bundled data must match the installed chinese-days package, and our working-day logic
// must agree with the package's own isWorkday on every covered day.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { isWorkday as packageIsWorkday } from 'chinese-days';
import { OUTPUT_PATH, readPackage, renderHolidaysModule } from '../../../scripts/gen-holidays';
import { addDays, coveredYears, isWorkday } from '../../../shared/calendar';
import { HOLIDAY_SOURCE } from '../../../shared/calendar/holidays-data';

describe('holidays-data.ts', () => {
  it('is in sync with the installed chinese-days (else run `npx tsx scripts/gen-holidays.ts`)', () => {
    const { version, data } = readPackage();
    expect(HOLIDAY_SOURCE.version).toBe(version);
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(renderHolidaysModule(data, version));
  });

  it('covers the years present in the package data', () => {
    const { data } = readPackage();
    const years = new Set([...Object.keys(data.holidays), ...Object.keys(data.workdays)].map((d) => Number(d.slice(0, 4))));
    expect(coveredYears()).toEqual([...years].sort((a, b) => a - b));
  });

  it('agrees with chinese-days isWorkday on every covered day', () => {
    const years = coveredYears();
    const mismatches: string[] = [];
    for (let d = `${years[0]}-01-01`; d <= `${years.at(-1)}-12-31`; d = addDays(d, 1)) {
      if (isWorkday(d) !== packageIsWorkday(d)) mismatches.push(d);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('shared/calendar purity', () => {
  it('imports only zod and itself', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = new URL('../../../shared/calendar/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const specifiers = [...text.matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'/g)].map((m) => m[1] ?? m[2]);
      for (const s of specifiers) expect(s === 'zod' || s.startsWith('./'), `${file} imports ${s}`).toBe(true);
    }
  });
});
