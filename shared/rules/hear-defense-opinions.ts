// R14 听取辩护人/值班律师、被害人及其代理人意见: heard and recorded before the decision.
import type { CaseSnapshot, FieldId } from '../case';
import type { Outcome, PhraseRef, RuleContext } from './lib/types';
import { defineRule } from './lib/define-rule';
import { isMinorOn, missingAt } from './lib/support';

type Id = 'heard' | 'missing' | 'after-decision' | 'not-yet' | 'unobtainable';

const COUNSEL: PhraseRef = { phrase: 'counsel' };
const VICTIM: PhraseRef = { phrase: 'victim' };

function part(c: CaseSnapshot, party: PhraseRef, heardOn: string | undefined, anchor: FieldId, occurrence: string): Outcome<Id> {
  if (heardOn !== undefined) {
    if (c.decisionOn !== undefined && heardOn > c.decisionOn) {
      return { messageId: 'after-decision', data: { party, heardOn, decisionOn: c.decisionOn }, anchor, occurrence };
    }
    return { messageId: 'heard', data: { party, heardOn }, anchor, occurrence };
  }
  if (c.opinionsUnobtainable === true) return { messageId: 'unobtainable', data: { party }, anchor: 'opinionsUnobtainable', occurrence };
  if (c.decisionOn === undefined) return { messageId: 'not-yet', data: { party }, anchor, occurrence };
  return { messageId: 'missing', data: { party, decisionOn: c.decisionOn }, anchor, occurrence };
}

export default defineRule({
  meta: {
    id: 'hear-defense-opinions',
    catalogue: 'R14',
    version: 1,
    procedures: ['arrest-review', 'prosecution-review'],
    fields: [
      'procedure', 'decisionOn', 'hasCounsel', 'dutyLawyerNotifiedOn', 'counselRequestedHearing', 'suspectBirthDate',
      'counselOpinionHeardOn', 'hasVictim', 'victimOpinionHeardOn', 'opinionsUnobtainable',
    ],
    anchor: 'counselOpinionHeardOn',
    severity: 'serious',
    points: { 'missing': 5, 'after-decision': 5 },
    messages: {
      'heard': { light: 'green' },
      'not-yet': { light: 'grey' },
      'unobtainable': { light: 'green' },
      'missing': { light: 'red' },
      'after-decision': { light: 'red' },
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
      out.push(missingAt('hasCounsel', 'counsel:inputs'));
    }
    if (c.hasVictim === true) out.push(part(c, VICTIM, c.victimOpinionHeardOn, 'victimOpinionHeardOn', 'victim'));
    else if (c.hasVictim === undefined && c.victimOpinionHeardOn === undefined) {
      out.push(missingAt('hasVictim', 'victim:inputs'));
    }
    return out.length > 0 ? out : null;
  },
});
