// R14 听取辩护人/值班律师、被害人及其代理人意见: heard and recorded before the decision.
import type { Bilingual, CaseSnapshot, FieldId } from '../case';
import type { Outcome, RuleContext } from './lib/types';
import { defineRule } from './lib/define-rule';
import { isMinorOn } from './lib/support';

type Id = 'heard' | 'missing' | 'after-decision' | 'not-yet' | 'unobtainable';

const COUNSEL: Bilingual = { zh: '辩护人或值班律师', en: 'the defender or duty lawyer' };
const VICTIM: Bilingual = { zh: '被害人及其诉讼代理人', en: 'the victim and agent' };

function part(c: CaseSnapshot, party: Bilingual, heardOn: string | undefined, anchor: FieldId, occurrence: string): Outcome<Id> {
  const data = { party };
  if (heardOn !== undefined) {
    if (c.decisionOn !== undefined && heardOn > c.decisionOn) {
      return { messageId: 'after-decision', data: { ...data, heardOn, decisionOn: c.decisionOn }, anchor, occurrence };
    }
    return { messageId: 'heard', data: { ...data, heardOn }, anchor, occurrence };
  }
  if (c.opinionsUnobtainable === true) return { messageId: 'unobtainable', data, anchor: 'opinionsUnobtainable', occurrence };
  if (c.decisionOn === undefined) return { messageId: 'not-yet', data, anchor, occurrence };
  return { messageId: 'missing', data: { ...data, decisionOn: c.decisionOn }, anchor, occurrence };
}

export default defineRule({
  meta: {
    id: 'hear-defense-opinions',
    catalogue: 'R14',
    version: 1,
    title: { zh: '听取辩护人/值班律师、被害人及其代理人意见', en: 'Hear the defence and the victim before deciding' },
    description: {
      zh: '审查起诉应当听取辩护人或值班律师、被害人及其诉讼代理人的意见并记录在案；审查逮捕中辩护律师提出要求的（未成年犯罪嫌疑人一律）应当听取。听取须在作出决定之前；无法通知或逾期未提出意见的应记录在案。',
      en: 'At review for prosecution, hear and record the defender or duty lawyer and the victim and agent; at arrest review, hear a defence lawyer who asks (always for a minor). Before the decision; record it when they cannot be reached.',
    },
    basis: [
      { law: '刑事诉讼法', article: 88, clause: 2 },
      { law: '刑事诉讼法', article: 173, clause: 1 },
      { law: '刑事诉讼法', article: 280 },
      { law: '人民检察院刑事诉讼规则', article: 54 },
      { law: '人民检察院刑事诉讼规则', article: 261 },
      { law: '人民检察院刑事诉讼规则', article: 262 },
      { law: '人民检察院刑事诉讼规则', article: 465 },
    ],
    procedures: ['arrest-review', 'prosecution-review'],
    fields: [
      'procedure', 'decisionOn', 'hasCounsel', 'dutyLawyerNotifiedOn', 'counselRequestedHearing', 'suspectBirthDate',
      'counselOpinionHeardOn', 'hasVictim', 'victimOpinionHeardOn', 'opinionsUnobtainable',
    ],
    anchor: 'counselOpinionHeardOn',
    deadline: { zh: '不迟于审结/决定日期', en: 'no later than the decision' },
    severity: 'serious',
    points: { 'missing': 5, 'after-decision': 5 },
    messages: {
      'heard': { light: 'green', zh: '已于{{heardOn}}听取{{party}}意见', en: 'Heard {{party}} on {{heardOn}}' },
      'not-yet': { light: 'grey', zh: '作出决定前应听取{{party}}意见并记录在案', en: 'Hear {{party}} and record it before deciding' },
      'unobtainable': { light: 'green', zh: '无法听取{{party}}意见，情况已记录在案', en: 'Could not hear {{party}}; recorded on file' },
      'missing': { light: 'red', zh: '已于{{decisionOn}}作出决定，未听取{{party}}意见', en: 'Decided on {{decisionOn}} without hearing {{party}}' },
      'after-decision': { light: 'red', zh: '{{heardOn}}才听取{{party}}意见，晚于决定日期{{decisionOn}}', en: 'Heard {{party}} on {{heardOn}}, after the decision on {{decisionOn}}' },
    },
  },
  applies: () => true,
  check: (c, ctx: RuleContext) => {
    const out: Outcome<Id>[] = [];
    if (c.procedure === 'arrest-review') {
      // 刑诉法 88(2): a defence lawyer who asks must be heard; 规则 465: always for a minor suspect.
      const minor = c.suspectBirthDate !== undefined && isMinorOn(c.suspectBirthDate, c.decisionOn ?? ctx.today, ctx);
      if (c.counselRequestedHearing === true || (minor && c.hasCounsel === true)) {
        out.push(part(c, COUNSEL, c.counselOpinionHeardOn, 'counselOpinionHeardOn', 'counsel'));
      }
      return out.length > 0 ? out : null;
    }
    // 刑诉法 173(1): the defender or duty lawyer, and the victim and agent.
    if (c.hasCounsel === true || c.dutyLawyerNotifiedOn !== undefined) {
      out.push(part(c, COUNSEL, c.counselOpinionHeardOn, 'counselOpinionHeardOn', 'counsel'));
    } else if (c.hasCounsel === undefined && c.counselOpinionHeardOn === undefined) {
      out.push({ ...ctx.missing('hasCounsel'), occurrence: 'counsel:inputs' });
    }
    if (c.hasVictim === true) out.push(part(c, VICTIM, c.victimOpinionHeardOn, 'victimOpinionHeardOn', 'victim'));
    else if (c.hasVictim === undefined && c.victimOpinionHeardOn === undefined) {
      out.push({ ...ctx.missing('hasVictim'), occurrence: 'victim:inputs' });
    }
    return out.length > 0 ? out : null;
  },
});
