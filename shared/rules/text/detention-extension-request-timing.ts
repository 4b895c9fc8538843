// R26 detention-extension-request-timing: its wording (the rule's logic, ids and lights: shared/rules/detention-extension-request-timing.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '延长侦查羁押期限的提请与审批时限', en: 'Timing of requests and decisions to extend investigative detention' },
  description: {
    zh: '公安机关（或本院侦查部门）需要延长侦查羁押期限的，应当在期限届满七日前提请；超过法定羁押期限提请的，不予受理。有决定权的人民检察院应在原期限届满前作出决定，决定书经最初受理的人民检察院在届满前送达公安机关。届满后仍未决定的，应当释放或变更强制措施（R25）。',
    en: 'A request to extend investigative detention is due 7 days before the period expires; one received after expiry must not be accepted. The deciding procuratorate decides before expiry and the decision is served on the police before expiry; undecided at expiry, the suspect must be released or the measure changed (R25).',
  },
  basis: [
    { law: '人民检察院刑事诉讼规则', article: 309 },
    { law: '人民检察院刑事诉讼规则', article: 310 },
    { law: '人民检察院刑事诉讼规则', article: 311 },
    { law: '人民检察院刑事诉讼规则', article: 312 },
    { law: '人民检察院刑事诉讼规则', article: 313 },
  ],
  deadline: {
    zh: '提请：原期限届满日 − 7日以前；决定与送达：不迟于原期限届满日（在押，不顺延）',
    en: 'request: at least 7 days before expiry; decision and service: no later than the expiry (in custody, never extended)',
  },
  messages: {
    'request-in-time': { zh: '已于{{requestedOn}}提请延长，在届满七日前（{{latestOn}}）', en: 'Extension requested on {{requestedOn}}, at least 7 days before expiry ({{latestOn}})' },
    'request-late': { zh: '延长侦查羁押期限于{{requestedOn}}才提请，晚于届满七日前（{{latestOn}}）', en: 'Extension requested on {{requestedOn}}, later than 7 days before expiry ({{latestOn}})' },
    'request-after-expiry': { zh: '提请延长（{{requestedOn}}）时羁押期限已于 {{due}} 届满，依法不予受理', en: 'The request ({{requestedOn}}) came after the period expired on {{due}} and must not be accepted' },
    'late-request-accepted': { zh: '羁押期限 {{due}} 届满后才提请延长（{{requestedOn}}），仍予受理并作出决定', en: 'A request made after expiry ({{due}}; requested {{requestedOn}}) was accepted and decided' },
    'decided': { zh: '已于{{doneOn}}作出延长侦查羁押期限的决定（届满日 {{due}}）', en: 'Extension decided on {{doneOn}} (expiry {{due}})' },
    'decide-open': { zh: '延长侦查羁押期限应于原期限届满（{{due}}）前决定并送达', en: 'Decide and serve the extension before the period expires ({{due}})' },
    'decide-due': { zh: '原侦查羁押期限 {{due}} 届满，延长决定应在此前作出并送达', en: 'The period expires {{due}}: decide and serve the extension before then' },
    'expired-undecided': { zh: '原侦查羁押期限已于 {{due}} 届满，未作出延长决定，应释放或变更强制措施', en: 'The period expired on {{due}} with no extension decided: release or change the measure' },
    'decided-after-expiry': { zh: '延长侦查羁押期限决定（{{doneOn}}）晚于原期限届满日 {{due}}', en: 'Extension decided on {{doneOn}}, after the period expired on {{due}}' },
    'served-after-expiry': { zh: '延长侦查羁押期限决定书{{servedOn}}才送达，晚于原期限届满日 {{due}}', en: 'Extension decision served on {{servedOn}}, after the period expired on {{due}}' },
  },
} satisfies RuleText;
