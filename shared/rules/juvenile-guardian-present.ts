// R52 讯问未成年人法定代理人/合适成年人到场.
import { defineRule } from './lib/define-rule';
import { isMinorOn, missingAt } from './lib/support';

export default defineRule({
  meta: {
    id: 'juvenile-guardian-present',
    catalogue: 'R52',
    version: 1,
    procedures: ['arrest-review', 'prosecution-review', 'self-investigation'],
    fields: ['suspectBirthDate', 'interrogatedOn', 'firstInterrogatedAt', 'guardianPresentAtInterrogation'],
    anchor: 'guardianPresentAtInterrogation',
    severity: 'serious',
    points: { 'no-adult': 8 },
    messages: {
      'adult-present': { light: 'green' },
      'no-adult': { light: 'red' },
    },
  },
  applies: (c) => c.suspectBirthDate !== undefined && (c.interrogatedOn !== undefined || c.firstInterrogatedAt !== undefined),
  check: (c, ctx) => {
    const interrogatedOn = c.interrogatedOn ?? c.firstInterrogatedAt!.slice(0, 10);
    if (!isMinorOn(c.suspectBirthDate!, interrogatedOn, ctx)) return null;
    if (c.guardianPresentAtInterrogation === undefined) return missingAt('guardianPresentAtInterrogation', interrogatedOn);
    return {
      messageId: c.guardianPresentAtInterrogation ? 'adult-present' : 'no-adult',
      data: { interrogatedOn },
      occurrence: interrogatedOn,
    };
  },
});
