// R27 另有重要罪行重新计算侦查羁押期限: from the day of discovery; improper recalculations must be objected to.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { judge } from './lib/support';

type Id =
  | 'restart-matches' | 'restart-after-discovery' | 'restart-before-discovery'
  | 'filed' | 'filed-late' | 'not-filed' | 'filing-open'
  | 'objected' | 'improper-not-objected';

export default defineRule({
  meta: {
    id: 'detention-recalculation-important-crime',
    catalogue: 'R27',
    version: 1,
    procedures: ['arrest-review', 'detention-supervision', 'self-investigation'],
    fields: [
      'procedure', 'importantCrimeFoundOn', 'detentionRestartedOn', 'importantCrimeQualifies', 'recalculationFiledOn', 'recalculationObjectedOn',
    ],
    requires: ['importantCrimeFoundOn'],
    anchor: 'detentionRestartedOn',
    warningDays: 2,
    severity: 'critical',
    points: { 'restart-after-discovery': 4, 'improper-not-objected': 4 },
    messages: {
      'restart-matches': { light: 'green' },
      'restart-after-discovery': { light: 'red' },
      'restart-before-discovery': { light: 'yellow' },
      'filed': { light: 'green' },
      'filing-open': { light: 'green' },
      'filed-late': { light: 'yellow' },
      'not-filed': { light: 'yellow' },
      'objected': { light: 'green' },
      'improper-not-objected': { light: 'red' },
    },
  },
  applies: (c) => c.importantCrimeFoundOn !== undefined || c.detentionRestartedOn !== undefined,
  check: (c, ctx) => {
    const foundOn = c.importantCrimeFoundOn!;
    const out: Outcome<Id>[] = [];
    const restartedOn = c.detentionRestartedOn;
    if (restartedOn !== undefined) {
      // 刑诉法 160: "自发现之日起" — a later start keeps the suspect longer than the law allows.
      const id = restartedOn === foundOn ? 'restart-matches' : restartedOn > foundOn ? 'restart-after-discovery' : 'restart-before-discovery';
      out.push({ messageId: id, data: { foundOn, restartedOn }, occurrence: `restart:${foundOn}` });
      if (c.importantCrimeQualifies === false) {
        // 规则 317: an improper recalculation is answered with a correction opinion.
        const on = c.recalculationObjectedOn;
        out.push(on !== undefined
          ? { messageId: 'objected', data: { doneOn: on }, anchor: 'recalculationObjectedOn', occurrence: `objection:${foundOn}` }
          : { messageId: 'improper-not-objected', anchor: 'importantCrimeQualifies', occurrence: `objection:${foundOn}` });
      }
      if (c.procedure !== 'self-investigation') {
        // 公安规定 151: police approval within 5 days, filed with the procuratorate (a supervision prompt).
        const d = ctx.deadline(foundOn, { amount: 5, unit: 'day' }, { inCustody: true });
        out.push(judge(ctx, d, c.recalculationFiledOn, { done: 'filed', late: 'filed-late', missing: 'not-filed', dueSoon: 'filing-open', open: 'filing-open' }, {
          anchor: 'recalculationFiledOn',
          occurrence: `filing:${foundOn}`,
        }));
      }
    }
    return out.length > 0 ? out : null;
  },
});
