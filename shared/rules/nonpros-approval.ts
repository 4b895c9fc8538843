// R45 不起诉的类型、条件与审批: the approvals each kind of non-prosecution needs, and 存疑不诉's returns.
import type { Outcome, PhraseRef } from './lib/types';
import { defineRule } from './lib/define-rule';
import { missingAt } from './lib/support';

type Id = 'approved' | 'not-approved' | 'returns-met' | 'no-return' | 'second-return-open';

const CHIEF: PhraseRef = { phrase: 'chief' };
const UPPER: PhraseRef = { phrase: 'upper' };
const SPP: PhraseRef = { phrase: 'spp' };

export default defineRule({
  meta: {
    id: 'nonpros-approval',
    catalogue: 'R45',
    version: 2,
    procedures: ['prosecution-review', 'non-prosecution'],
    fields: [
      'procedure', 'nonProsType', 'nonProsChiefApproved', 'nonProsUpperApproved', 'nonProsSppApproved', 'selfInvestigated', 'supervisionCase',
      'returnCount', 'secondReturnUnnecessary',
    ],
    requires: ['nonProsType'],
    anchor: 'nonProsType',
    severity: 'serious',
    points: { 'not-approved': 5, 'no-return': 5 },
    messages: {
      'approved': { light: 'green' },
      'not-approved': { light: 'red' },
      'returns-met': { light: 'green' },
      'no-return': { light: 'red' },
      'second-return-open': { light: 'yellow' },
    },
  },
  // The 不起诉 form always, elsewhere once a type or an approval is on file: a missing type is grey
  // (the engine answers for `requires`), never silence.
  applies: (c) =>
    c.procedure === 'non-prosecution' || c.nonProsType !== undefined ||
    c.nonProsChiefApproved !== undefined || c.nonProsUpperApproved !== undefined || c.nonProsSppApproved !== undefined,
  check: (c) => {
    const type = c.nonProsType!;
    if (type === 'conditional') return null;
    const kind: PhraseRef = {
      'statutory': { phrase: 'statutory' },
      'discretionary': { phrase: 'discretionary' },
      'insufficient-evidence': { phrase: 'insufficient-evidence' },
      'conditional': { phrase: 'conditional' },
      'special': { phrase: 'special' },
    }[type];
    const out: Outcome<Id>[] = [];
    const approvals: [PhraseRef, boolean | undefined, 'nonProsChiefApproved' | 'nonProsUpperApproved' | 'nonProsSppApproved'][] = [];
    if (type === 'special') approvals.push([SPP, c.nonProsSppApproved, 'nonProsSppApproved']);
    else approvals.push([CHIEF, c.nonProsChiefApproved, 'nonProsChiefApproved']);
    // 规则 371: own investigations and supervision-commission cases go up a level.
    if (type !== 'special' && (c.selfInvestigated === true || c.supervisionCase === true || c.procedure === 'self-investigation')) {
      approvals.push([UPPER, c.nonProsUpperApproved, 'nonProsUpperApproved']);
    }
    for (const [authority, given, field] of approvals) {
      const occurrence = `approval:${field}`;
      if (given === undefined) out.push(missingAt(field, `${occurrence}:inputs`, field));
      else out.push({ messageId: given ? 'approved' : 'not-approved', data: { kind, authority }, anchor: field, occurrence });
    }
    if (type === 'insufficient-evidence') {
      // 刑诉法 175(4); 规则 367: two returns, or one and no point in another.
      const count = c.returnCount;
      const o = { anchor: 'returnCount' as const, occurrence: 'returns' };
      if (count === undefined) out.push(missingAt('returnCount', 'returns:inputs'));
      else if (count === 0) out.push({ ...o, messageId: 'no-return', data: { count } });
      else if (count === 1 && c.secondReturnUnnecessary === false) out.push({ ...o, messageId: 'no-return', data: { count } });
      else if (count === 1 && c.secondReturnUnnecessary !== true) out.push({ ...o, messageId: 'second-return-open', anchor: 'secondReturnUnnecessary' });
      else out.push({ ...o, messageId: 'returns-met', data: { count } });
    }
    return out;
  },
});
