// R07 在押人员法律援助申请24小时内转交: 24 hours from the next full hour after receipt (刑诉法 105 ②).
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

type Id = 'done' | 'late' | 'missing' | 'due-soon' | 'open' | 'helpers-not-notified';

export default defineRule({
  meta: {
    id: 'legal-aid-application-24h',
    catalogue: 'R07',
    version: 2,
    title: { zh: '在押人员法律援助申请24小时内转交', en: 'Forward a held suspect’s legal-aid application within 24 hours' },
    description: {
      zh: '收到在押或者被指定居所监视居住的犯罪嫌疑人提出的法律援助申请，应当在二十四小时以内将申请材料转交法律援助机构，并通知其监护人、近亲属或者其委托的其他人员协助提供有关证件、证明等材料。24小时自收到时间的下一个整点起算（开始的时不计入，刑诉法105条2款）。',
      en: 'A legal-aid application from a suspect in custody or under designated-residence surveillance goes to the legal-aid agency within 24 hours, and the guardian, relatives or a named person are asked to help with documents. The 24 hours run from the next full hour after receipt (the starting hour is not counted, CPL 105(2)).',
    },
    basis: [
      { law: '法律援助法', article: 39 },
      { law: '人民检察院刑事诉讼规则', article: 43 },
    ],
    procedures: ['arrest-review', 'prosecution-review', 'self-investigation', 'custody-review'],
    fields: [
      'legalAidApplicationReceivedAt', 'legalAidApplicationForwardedAt', 'legalAidHelpersNotified', 'inCustody', 'custodyMeasure',
    ],
    anchor: 'legalAidApplicationForwardedAt',
    deadline: { zh: '收到申请时间的下一个整点 + 24小时', en: 'the next full hour after the application arrived + 24 hours' },
    warningHours: 4,
    severity: 'moderate',
    points: { late: 4, missing: 4 },
    messages: {
      'done': { light: 'green', zh: '法律援助申请已于{{doneOn}}转交（时限 {{due}}）', en: 'Legal-aid application forwarded at {{doneOn}} (due {{due}})' },
      'open': { light: 'green', zh: '法律援助申请应于 {{due}} 前转交法律援助机构', en: 'Forward the legal-aid application by {{due}}' },
      'due-soon': { light: 'yellow', zh: '法律援助申请转交时限 {{due}} 将至', en: 'The legal-aid application is due to be forwarded at {{due}}' },
      'late': { light: 'red', zh: '法律援助申请转交超过24小时：时限 {{due}}，{{doneOn}}才转交', en: 'Legal-aid application forwarded late: due {{due}}, forwarded {{doneOn}}' },
      'missing': { light: 'red', zh: '收到法律援助申请已逾24小时（{{due}}），尚未转交法律援助机构', en: '24 hours since the legal-aid application ({{due}}) have passed and it has not been forwarded' },
      'helpers-not-notified': { light: 'yellow', zh: '未通知监护人、近亲属等协助提供证件、证明材料', en: 'Guardian or relatives not asked to help with the documents' },
    },
  },
  // 在押 or 指定居所监视居住; unknown custody is checked too, so a pending application is never missed.
  applies: (c) =>
    c.legalAidApplicationReceivedAt !== undefined &&
    (inCustodyOf(c) !== false || c.custodyMeasure === 'designated-residential-surveillance'),
  check: (c, ctx) => {
    const deadline = ctx.hourDeadline(c.legalAidApplicationReceivedAt!, 24);
    const out: Outcome<Id>[] = [
      judge(ctx, deadline, c.legalAidApplicationForwardedAt, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' }),
    ];
    if (c.legalAidHelpersNotified === false) {
      out.push({ messageId: 'helpers-not-notified', anchor: 'legalAidHelpersNotified', occurrence: `${c.legalAidApplicationReceivedAt}:helpers` });
    }
    return out;
  },
});
