// R43 听取意见与签署具结书同步录音录像: whether the form records that the hearing and the signing were recorded.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';

type Id = 'hearing-recorded' | 'hearing-not-recorded' | 'signing-recorded' | 'signing-not-recorded';

export default defineRule({
  meta: {
    id: 'plea-audio-video',
    catalogue: 'R43',
    version: 1,
    title: { zh: '听取意见与签署具结书同步录音录像', en: 'Audio-video recording of the plea hearing and signing' },
    description: {
      zh: '人民检察院办理认罪认罚案件，检察官就量刑建议和程序适用听取意见、犯罪嫌疑人签署认罪认罚具结书，应当同步录音录像；多次听取意见的，至少应当对量刑建议形成、确认以及最后签署具结书的环节录制；未签署具结书的，录制体现量刑建议形成过程的环节。表单仅能显示是否已录制，覆盖内容以同录系统为准。',
      en: 'In plea cases the prosecutor’s hearing on the sentencing recommendation and procedure, and the signing of the plea agreement, are audio-video recorded (with several hearings, at least the forming and confirming of the recommendation and the final signing). The form shows only whether they were recorded; what they cover lives in the recording system.',
    },
    basis: [
      { law: '人民检察院办理认罪认罚案件听取意见同步录音录像规定', article: 2 },
      { law: '人民检察院办理认罪认罚案件听取意见同步录音录像规定', article: 3 },
      { law: '人民检察院办理认罪认罚案件听取意见同步录音录像规定', article: 4 },
    ],
    procedures: ['prosecution-review'],
    fields: ['pleaAccepted', 'pleaHearingOn', 'pleaAgreementSignedOn', 'pleaHearingRecorded', 'pleaSigningRecorded'],
    anchor: 'pleaHearingRecorded',
    severity: 'moderate',
    points: { 'hearing-not-recorded': 4, 'signing-not-recorded': 4 },
    messages: {
      'hearing-recorded': { light: 'green', zh: '听取认罪认罚意见（{{on}}）已同步录音录像', en: 'Plea hearing on {{on}} recorded' },
      'hearing-not-recorded': { light: 'red', zh: '听取认罪认罚意见（{{on}}）未同步录音录像', en: 'Plea hearing on {{on}} not audio-video recorded' },
      'signing-recorded': { light: 'green', zh: '签署具结书（{{on}}）已同步录音录像', en: 'Signing on {{on}} recorded' },
      'signing-not-recorded': { light: 'red', zh: '签署认罪认罚具结书（{{on}}）未同步录音录像', en: 'Signing of the plea agreement on {{on}} not audio-video recorded' },
    },
  },
  applies: (c) => c.pleaAccepted === true && (c.pleaHearingOn !== undefined || c.pleaAgreementSignedOn !== undefined),
  check: (c, ctx) => {
    const out: Outcome<Id>[] = [];
    if (c.pleaHearingOn !== undefined) {
      const on = c.pleaHearingOn;
      if (c.pleaHearingRecorded === undefined) out.push({ ...ctx.missing('pleaHearingRecorded'), occurrence: `hearing:${on}:inputs` });
      else out.push({ messageId: c.pleaHearingRecorded ? 'hearing-recorded' : 'hearing-not-recorded', data: { on }, occurrence: `hearing:${on}` });
    }
    if (c.pleaAgreementSignedOn !== undefined) {
      const on = c.pleaAgreementSignedOn;
      const o = { anchor: 'pleaSigningRecorded' as const };
      if (c.pleaSigningRecorded === undefined) out.push({ ...ctx.missing('pleaSigningRecorded'), ...o, occurrence: `signing:${on}:inputs` });
      else out.push({ ...o, messageId: c.pleaSigningRecorded ? 'signing-recorded' : 'signing-not-recorded', data: { on }, occurrence: `signing:${on}` });
    }
    return out;
  },
});
