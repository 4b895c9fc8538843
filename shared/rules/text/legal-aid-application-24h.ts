// R07 legal-aid-application-24h: its wording (the rule's logic, ids and lights: shared/rules/legal-aid-application-24h.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '在押人员法律援助申请24小时内转交', en: 'Forward a held suspect’s legal-aid application within 24 hours' },
  description: {
    zh: '收到在押或者被指定居所监视居住的犯罪嫌疑人提出的法律援助申请，应当在二十四小时以内将申请材料转交法律援助机构，并通知其监护人、近亲属或者其委托的其他人员协助提供有关证件、证明等材料。24小时自收到时间的下一个整点起算（开始的时不计入，刑诉法105条2款）。',
    en: 'A legal-aid application from a suspect in custody or under designated-residence surveillance goes to the legal-aid agency within 24 hours, and the guardian, relatives or a named person are asked to help with documents. The 24 hours run from the next full hour after receipt (the starting hour is not counted, CPL 105(2)).',
  },
  basis: [
    { law: '法律援助法', article: 39 },
    { law: '人民检察院刑事诉讼规则', article: 43 },
  ],
  deadline: { zh: '收到申请时间的下一个整点 + 24小时', en: 'the next full hour after the application arrived + 24 hours' },
  messages: {
    'done': { zh: '法律援助申请已于{{doneOn}}转交（时限 {{due}}）', en: 'Legal-aid application forwarded at {{doneOn}} (due {{due}})' },
    'open': { zh: '法律援助申请应于 {{due}} 前转交法律援助机构', en: 'Forward the legal-aid application by {{due}}' },
    'due-soon': { zh: '法律援助申请转交时限 {{due}} 将至', en: 'The legal-aid application is due to be forwarded at {{due}}' },
    'late': { zh: '法律援助申请转交超过24小时：时限 {{due}}，{{doneOn}}才转交', en: 'Legal-aid application forwarded late: due {{due}}, forwarded {{doneOn}}' },
    'missing': { zh: '收到法律援助申请已逾24小时（{{due}}），尚未转交法律援助机构', en: '24 hours since the legal-aid application ({{due}}) have passed and it has not been forwarded' },
    'helpers-not-notified': { zh: '未通知监护人、近亲属等协助提供证件、证明材料', en: 'Guardian or relatives not asked to help with the documents' },
  },
} satisfies RuleText;
