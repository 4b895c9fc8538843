// The engine checks a config by hand (shared/engine/config.ts) so the content script carries no
// zod; these cases hold that check to the zod schema the companion and the admin UI use.
import { describe, expect, it } from 'vitest';
import { engineConfigProblem } from '../../../shared/engine/config';
import { EngineConfigSchema } from '../../../shared/engine/config-schema';
import { createCalendar } from '../../../shared/calendar';

const CASES: [string, unknown][] = [
  ['empty', {}],
  ['full rule', { includeNotApplicable: true, rules: { a: { enabled: false, points: { late: 0, missing: 10 }, warningDays: 60, warningHours: 72, options: { x: true, y: 2, z: 's' }, adopted: true, internalNominalDue: false } } }],
  ['per-period window', { rules: { a: { warningDays: { default: 3, '15d': 0 } } } }],
  ['explicit undefined', { rules: { a: { enabled: undefined } } }],
  ['not an object', 'everything on'],
  ['null', null],
  ['array', []],
  ['unknown top key', { colour: 'red' }],
  ['unknown rule key', { rules: { a: { colour: 'red' } } }],
  ['points above 10', { rules: { a: { points: { late: 11 } } } }],
  ['points negative', { rules: { a: { points: { late: -1 } } } }],
  ['points fractional', { rules: { a: { points: { late: 1.5 } } } }],
  ['warningDays negative', { rules: { a: { warningDays: -1 } } }],
  ['warningDays above 60', { rules: { a: { warningDays: 61 } } }],
  ['per-period without default', { rules: { a: { warningDays: { '15d': 2 } } } }],
  ['per-period bad value', { rules: { a: { warningDays: { default: 2, '15d': 'two' } } } }],
  ['warningHours above 72', { rules: { a: { warningHours: 73 } } }],
  ['option object', { rules: { a: { options: { x: {} } } } }],
  ['enabled string', { rules: { a: { enabled: 'yes' } } }],
  ['rules array', { rules: [] }],
  ['rule null', { rules: { a: null } }],
  ['includeNotApplicable string', { includeNotApplicable: 'yes' }],
];

describe('engineConfigProblem', () => {
  it.each(CASES)('agrees with EngineConfigSchema: %s', (_name, config) => {
    const zodOk = EngineConfigSchema.safeParse(config).success;
    const problem = engineConfigProblem(config);
    expect(problem === undefined).toBe(zodOk);
  });

  it('names the path of the problem', () => {
    expect(engineConfigProblem({ rules: { 'prosecution-review-1m': { points: { overdue: 11 } } } })).toMatch(/^rules\.prosecution-review-1m\.points\.overdue: /);
    expect(engineConfigProblem({ rules: { x: { colour: 'red' } } })).toBe('rules.x.colour: unrecognized key');
    expect(engineConfigProblem('on')).toMatch(/^\(root\): /);
  });
});

describe('calendar overrides check', () => {
  it('accepts what the schema accepted and names what it rejects', () => {
    expect(() => createCalendar({ holidays: ['2025-10-09'], workdays: ['2027-02-20'], coveredYears: [2027] })).not.toThrow();
    expect(() => createCalendar({ holidays: undefined })).not.toThrow();
    expect(() => createCalendar({ holidays: '2025-10-09' } as never)).toThrow(/holidays: expected an array/);
    expect(() => createCalendar({ workdays: [20251009] } as never)).toThrow(/workdays\.0: expected a string/);
    expect(() => createCalendar({ coveredYears: [2027.5] })).toThrow(/coveredYears\.0: expected a year/);
    expect(() => createCalendar({ coveredYears: [100000] })).toThrow(/coveredYears\.0: expected a year/);
    expect(() => createCalendar({ extra: [] } as never)).toThrow(/extra: unrecognized key/);
    expect(() => createCalendar(null as never)).toThrow(/\(root\): expected an object/);
  });
});
