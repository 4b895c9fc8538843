// What a red light books, and when a red stays a reminder: pointsFor and the finding must agree,
// because the companion books with pointsFor alone. Unit-policy limits (the catalogue's [配置]
// periods) are yellow without points until the unit adopts them; a due date in a year without the
// State Council's arrangement is never red. Fixed dates throughout: nothing here reads the clock.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../shared/calendar';
import { evaluate, hasPolicyLimits, pointsFor, resolveConfig } from '../../../shared/engine';
import { rules, rulesById } from '../../../shared/rules';

const R47 = rulesById.get('nonpros-service-7d-notice')!;
const R04 = rulesById.get('notice-suspect-counsel-3d')!;
const R29 = rulesById.get('prosecution-review-1m')!;
const served = { procedure: 'non-prosecution', decisionOn: '2025-09-10', announcedOn: '2025-09-12' };

describe('unit-policy limits', () => {
  it('are declared per message: R47’s 7-day service is a policy, its appeal notice is the law’s', () => {
    expect(R47.meta.messages.missing.policy).toBe(true);
    expect(R47.meta.messages.late.policy).toBe(true);
    expect(R47.meta.messages['no-appeal-notice'].policy).toBeUndefined();
  });

  it('not adopted: the finding is yellow without points, and pointsFor books nothing for it', () => {
    const [f] = evaluate(served, { today: '2025-09-22', rules: [R47] });
    expect([f.light, f.messageId, f.points, f.policy]).toEqual(['yellow', 'missing', undefined, 'not-adopted']);
    expect(f.message.zh).toContain('法律未规定此期限');
    expect(pointsFor(R47, 'missing', resolveConfig(undefined).forRule(R47))).toBe(0);
  });

  it('adopted: red with the rule’s points, the same pointsFor gives, and the card says the unit adopted it', () => {
    const config = { rules: { 'nonpros-service-7d-notice': { adopted: true, points: { missing: 4 } } } };
    const [f] = evaluate(served, { today: '2025-09-22', rules: [R47], config });
    expect([f.light, f.messageId, f.points, f.policy]).toEqual(['red', 'missing', 4, 'adopted']);
    expect(f.message.zh).toContain('本院已采用该内部期限');
    expect(f.message.en).toContain('adopted');
    expect(pointsFor(R47, 'missing', resolveConfig(config).forRule(R47))).toBe(4);
  });

  it('statutory outcomes of the same rule book points whether or not the policy is adopted', () => {
    const cfg = resolveConfig(undefined).forRule(R47);
    expect(pointsFor(R47, 'no-appeal-notice', cfg)).toBe(6);
  });

  it('on every rule, the engine’s points are pointsFor’s: yellow policy outcomes book 0, every red books what pointsFor says', () => {
    for (const rule of rules) {
      for (const adopted of [false, true]) {
        if (adopted && !hasPolicyLimits(rule)) continue;
        const cfg = resolveConfig({ rules: { [rule.meta.id]: { adopted } } }).forRule(rule);
        for (const [id, m] of Object.entries(rule.meta.messages)) {
          const expected = m.light === 'red' && (!m.policy || adopted) ? rule.meta.points[id] : 0;
          expect(pointsFor(rule, id, cfg), `${rule.meta.id}.${id}`).toBe(expected);
        }
      }
    }
  });

  it('covers the catalogue’s [配置] deadlines: R01, R03, R08, R10, R28, R44 and R47', () => {
    const withPolicy = rules.filter(hasPolicyLimits).map((r) => r.meta.catalogue).sort();
    expect(withPolicy).toEqual(['R01', 'R03', 'R08', 'R10', 'R28', 'R44', 'R47']);
  });
});

describe('a due date in a year without the official arrangement', () => {
  // 2027 is not in chinese-days 1.5.7; received 2027-01-15 on bail: due 02-15 by Monday–Friday.
  const bail = { procedure: 'prosecution-review', acceptedOn: '2027-01-15', inCustody: false };

  it('is never red: yellow, saying the year is not loaded and the date may move', () => {
    const [f] = evaluate(bail, { today: '2027-02-20', rules: [R29] });
    expect([f.light, f.messageId, f.points, f.due, f.calendarCovered]).toEqual(['yellow', 'calendar-not-loaded', undefined, '2027-02-15', false]);
    expect(f.message.zh).toContain('2027年国务院节假日安排尚未载入');
    expect(f.message.zh).toContain('可能变动');
    expect(f.message.en).toContain('not loaded');
    // The rule's own words follow, so the prosecutor still reads what is due.
    expect(f.message.zh).toContain('审查起诉期限已于');
  });

  it('lights red again once the year is loaded (overrides declare it)', () => {
    const calendar = createCalendar({ coveredYears: [2027], holidays: ['2027-02-15'] });
    const [f] = evaluate(bail, { today: '2027-02-20', rules: [R29], calendar });
    expect([f.light, f.messageId, f.due]).toEqual(['red', 'overdue', '2027-02-16']);
  });

  it('does not touch findings in covered years, nor yellow and green ones', () => {
    const [covered] = evaluate({ ...bail, acceptedOn: '2026-11-02' }, { today: '2026-12-20', rules: [R29] });
    expect([covered.light, covered.messageId]).toEqual(['red', 'overdue']);
    const [open] = evaluate(bail, { today: '2027-01-20', rules: [R29] });
    expect([open.light, open.messageId]).toEqual(['green', 'open']);
  });

  it('applies in custody too: the warning stands until the year is loaded', () => {
    const [f] = evaluate({ ...bail, inCustody: true }, { today: '2027-02-20', rules: [R29] });
    expect([f.light, f.messageId]).toEqual(['yellow', 'calendar-not-loaded']);
  });

  it('cards write dates as 2025年9月22日 in Chinese, ISO in English', () => {
    const [f] = evaluate({ procedure: 'prosecution-review', acceptedOn: '2025-09-17', inCustody: false }, { today: '2025-09-23', rules: [R04] });
    expect(f.message.zh).toBe('期满日 2025年9月22日 已过，尚未告知犯罪嫌疑人有权委托辩护人');
    expect(f.message.en).toBe('Due 2025-09-22 has passed and the suspect has not been told of the right to counsel');
  });
});
