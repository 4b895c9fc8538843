// R30 prosecution-review-extension-15d: its wording (the rule's logic, ids and lights: shared/rules/prosecution-review-extension-15d.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '重大复杂案件延长审查起诉期限十五日', en: 'Fifteen-day extension of the review for a major or complex case' },
  description: {
    zh: '重大、复杂案件一个月内不能作出决定的，经批准可以延长十五日，只能延长一次，自原期限名义届满日起算；批准日期不得晚于原期限届满日（不得事后补批）。事后补批不产生延长效力，期限以原期满日为准，由此发生的超期由 R29 计分，本规则只作提示。审批权限依本院权力清单。',
    en: 'A major or complex case may be extended once by 15 days with approval, counted from the original nominal expiry; the approval must be dated no later than the original expiry (no retroactive extension). A retroactive approval extends nothing: the original due date stands and any overrun is charged by R29; this rule only points to it.',
  },
  basis: [
    { law: '刑事诉讼法', article: 172, clause: 1 },
    { law: '人民检察院刑事诉讼规则', article: 351 },
    { law: '人民检察院刑事诉讼规则（试行）', article: 386 },
  ],
  deadline: {
    zh: '批准日期 ≤ 原审查起诉期满日；新期满日 = 原名义届满日 + 15日',
    en: 'approved on ≤ the original due date; new due = original nominal expiry + 15 days',
  },
  messages: {
    'approved': { zh: '已于{{approvedOn}}批准延长十五日，新期满日 {{newDue}}', en: 'Extension approved on {{approvedOn}}; new due date {{newDue}}' },
    'retroactive': { zh: '延长审查起诉期限的批准日期{{approvedOn}}晚于原期满日 {{due}}（事后补批），不产生延长效力；期限以原期满日为准，超期见R29（在该规则计分）', en: 'Extension approved on {{approvedOn}}, after the original expiry {{due}} (retroactive): it extends nothing; the original due date stands, and any overrun is R29’s (charged there)' },
    'no-ground': { zh: '已延长审查起诉期限，但案件未标注为重大、复杂', en: 'Extended, but the case is not marked major or complex' },
    'consider-extension': { zh: '重大复杂案件，原期限 {{due}} 届满前如需延长应报经批准', en: 'Major or complex case: seek approval before {{due}} if an extension is needed' },
  },
  phrases: {
    'extended-due': { zh: '延长后期满日', en: 'extended due date' },
  },
} satisfies RuleText;
