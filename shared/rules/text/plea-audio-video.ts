// R43 plea-audio-video: its wording (the rule's logic, ids and lights: shared/rules/plea-audio-video.ts).
import type { RuleText } from '../lib/types';

export default {
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
  messages: {
    'hearing-recorded': { zh: '听取认罪认罚意见（{{on}}）已同步录音录像', en: 'Plea hearing on {{on}} recorded' },
    'hearing-not-recorded': { zh: '听取认罪认罚意见（{{on}}）未同步录音录像', en: 'Plea hearing on {{on}} not audio-video recorded' },
    'signing-recorded': { zh: '签署具结书（{{on}}）已同步录音录像', en: 'Signing on {{on}} recorded' },
    'signing-not-recorded': { zh: '签署认罪认罚具结书（{{on}}）未同步录音录像', en: 'Signing of the plea agreement on {{on}} not audio-video recorded' },
  },
} satisfies RuleText;
