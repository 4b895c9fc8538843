// R13 defense-evidence-requests: its wording (the rule's logic, ids and lights: shared/rules/defense-evidence-requests.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '辩护方调取/收集证据申请的处理时限', en: 'Defence evidence requests: time limits and reasons' },
  description: {
    zh: '（一）辩护人申请向公安机关调取无罪、罪轻证据的，应及时审查；公安机关移送相关证据材料后，三日以内告知辩护人；决定不予调取的应说明理由。（二）辩护律师申请检察院收集、调取证据的，应及时审查，不予收集、调取的应书面说明理由。（三）辩护律师申请许可向被害人方收集材料的，应在五日以内作出是否许可的决定并通知，不予许可的应书面说明理由。',
    en: '(1) A request to obtain exculpatory evidence from the police: once the police hand it over, tell the defender within 3 days; explain a refusal. (2) A request that the procuratorate collect evidence: decide promptly; refuse in writing with reasons. (3) Permission to collect from the victim side: decide within 5 days; refuse in writing with reasons.',
  },
  basis: [
    { law: '刑事诉讼法', article: 41 },
    { law: '刑事诉讼法', article: 43 },
    { law: '人民检察院刑事诉讼规则', article: 50 },
    { law: '人民检察院刑事诉讼规则', article: 52 },
    { law: '人民检察院刑事诉讼规则', article: 53 },
  ],
  deadline: {
    zh: '公安移送证据之日 + 3日告知辩护人；向被害人方收集的许可申请 + 5日决定；期满日为节假日的顺延至节假日后第一个工作日，在押的不顺延',
    en: 'police evidence received + 3 days to tell the defender; victim-side permission requested + 5 days to decide; a rest-day end moves to the next working day unless in custody',
  },
  messages: {
    'told': { zh: '已于{{doneOn}}告知辩护人证据已调取（期满日 {{due}}）', en: 'Defender told the evidence arrived on {{doneOn}} (due {{due}})' },
    'tell-open': { zh: '公安机关已移送证据，应于 {{due}} 前告知辩护人', en: 'The police handed the evidence over: tell the defender by {{due}}' },
    'tell-due': { zh: '应于 {{due}} 前告知辩护人所申请的证据已调取', en: 'Tell the defender by {{due}} that the requested evidence arrived' },
    'told-late': { zh: '告知辩护人迟延：期满日 {{due}}，{{doneOn}}才告知', en: 'Defender told late: due {{due}}, told on {{doneOn}}' },
    'not-told': { zh: '公安机关移送证据后三日（{{due}}）已过，仍未告知辩护人', en: 'Three days after the police handed the evidence over (due {{due}}), the defender has not been told' },
    'decided': { zh: '已于{{doneOn}}作出是否许可的决定（期满日 {{due}}）', en: 'Permission decided on {{doneOn}} (due {{due}})' },
    'decide-open': { zh: '向被害人方收集材料的许可申请应于 {{due}} 前决定', en: 'Decide on permission to collect from the victim side by {{due}}' },
    'decide-due': { zh: '应于 {{due}} 前就向被害人方收集材料的许可申请作出决定并通知', en: 'Decide and notify on permission to collect from the victim side by {{due}}' },
    'decided-late': { zh: '许可决定迟延：期满日 {{due}}，{{doneOn}}才决定', en: 'Permission decided late: due {{due}}, decided on {{doneOn}}' },
    'undecided': { zh: '申请后五日（{{due}}）已过，仍未作出是否许可的决定', en: 'Five days from the application (due {{due}}) have passed without a decision' },
    'pending-decision': { zh: '辩护方证据申请待审查决定（应及时审查）', en: 'Defence evidence request awaiting a prompt decision' },
    'refused-without-reasons': { zh: '不准许辩护方证据申请，未说明理由', en: 'Defence evidence request refused without reasons' },
    'refused-with-reasons': { zh: '不准许辩护方证据申请，已说明理由', en: 'Defence evidence request refused with reasons given' },
  },
} satisfies RuleText;
