// R54 未成年人认罪认罚与速裁禁止: no 速裁 for a minor; the legal representative at the signing (counsel
// presence is R42's); no arrest while a doubtful age decides liability.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { isMinorOn, missingAt } from './lib/support';

type Id = 'fast-track-minor' | 'guardian-present' | 'no-guardian' | 'signed-despite-objection' | 'age-doubt-arrest';

export default defineRule({
  meta: {
    id: 'juvenile-plea-and-fast-track-bar',
    catalogue: 'R54',
    version: 1,
    procedures: ['arrest-review', 'prosecution-review'],
    fields: [
      'procedure', 'suspectBirthDate', 'fastTrack', 'decisionOn', 'pleaAgreementSignedOn', 'guardianPresentAtSigning', 'juvenilePleaObjection',
      'ageDoubtful', 'arrestApproved',
    ],
    anchor: 'fastTrack',
    severity: 'serious',
    points: { 'fast-track-minor': 7, 'no-guardian': 7, 'age-doubt-arrest': 7 },
    messages: {
      'fast-track-minor': { light: 'red' },
      'guardian-present': { light: 'green' },
      'no-guardian': { light: 'red' },
      'signed-despite-objection': { light: 'yellow' },
      'age-doubt-arrest': { light: 'red' },
    },
  },
  applies: (c) => c.suspectBirthDate !== undefined || c.ageDoubtful === true,
  check: (c, ctx) => {
    const out: Outcome<Id>[] = [];
    const minorOn = (d: string) => c.suspectBirthDate !== undefined && isMinorOn(c.suspectBirthDate, d, ctx);
    // 刑诉法 223(2); 规则 438(2).
    if (c.procedure === 'prosecution-review' && c.fastTrack === true && minorOn(c.decisionOn ?? ctx.today)) {
      out.push({ messageId: 'fast-track-minor', occurrence: 'fast-track' });
    }
    const signedOn = c.pleaAgreementSignedOn;
    if (signedOn !== undefined && minorOn(signedOn)) {
      // 规则 468: signed with the legal representative present (or an appropriate adult, reason recorded).
      const anchor = 'guardianPresentAtSigning';
      if (c.guardianPresentAtSigning === undefined) out.push(missingAt(anchor, `signing:${signedOn}:inputs`, anchor));
      else out.push({ anchor, data: { signedOn }, occurrence: `signing:${signedOn}`, messageId: c.guardianPresentAtSigning ? 'guardian-present' : 'no-guardian' });
      if (c.juvenilePleaObjection === true) out.push({ messageId: 'signed-despite-objection', anchor: 'juvenilePleaObjection', occurrence: `objection:${signedOn}` });
    }
    // 规则 464 ¶2: "应当不批准逮捕".
    if (c.procedure === 'arrest-review' && c.ageDoubtful === true && c.arrestApproved === true) {
      out.push({ messageId: 'age-doubt-arrest', anchor: 'arrestApproved', occurrence: 'age' });
    }
    return out.length > 0 ? out : null;
  },
});
