// R40 indictment-plea-package: its wording (the rule's logic, ids and lights: shared/rules/indictment-plea-package.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '提起公诉材料完整（认罪认罚具结书、量刑建议等）', en: 'A complete plea indictment: agreement, sentencing recommendation, supplements' },
  description: {
    zh: '认罪认罚案件提起公诉的，应当提出量刑建议（主刑、附加刑、是否适用缓刑，一般应为确定刑），在起诉书中写明认罪认罚情况，并移送认罪认罚具结书等材料（依法不需要签署具结书的除外）。人民法院书面要求补充移送材料、检察院认为有必要的，应当自收到通知之日起三日以内补送。',
    en: 'A plea case is indicted with a sentencing recommendation (principal and supplementary penalty and probation, normally a fixed term), an indictment stating the plea, and the signed plea agreement (unless lawfully not required). Materials the court asks for in writing are supplied, where deemed necessary, within 3 days.',
  },
  basis: [
    { law: '刑事诉讼法', article: 176, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 274 },
    { law: '人民检察院刑事诉讼规则', article: 275 },
    { law: '人民检察院刑事诉讼规则', article: 358 },
    { law: '人民检察院刑事诉讼规则', article: 359 },
    { law: '人民检察院刑事诉讼规则', article: 361 },
  ],
  deadline: { zh: '法院补充移送材料：收到通知之日 + 3日，期满日为节假日的顺延，在押的不顺延', en: 'court supplements: notice received + 3 days, moved off a rest day unless in custody' },
  messages: {
    'recommendation-made': { zh: '已提出确定刑量刑建议', en: 'Fixed-term sentencing recommendation made' },
    'range-recommendation': { zh: '量刑建议为幅度刑；认罪认罚案件一般应提出确定刑，请确认属于可提幅度刑的情形', en: 'A range recommendation: plea cases normally get a fixed term; confirm the exception applies' },
    'no-recommendation': { zh: '认罪认罚案件提起公诉（{{indictedOn}}）未提出量刑建议', en: 'Plea case indicted on {{indictedOn}} without a sentencing recommendation' },
    'agreement-transferred': { zh: '认罪认罚具结书（{{signedOn}}签署）随案移送', en: 'Plea agreement signed on {{signedOn}} sent with the case' },
    'agreement-exempt': { zh: '依法不需要签署认罪认罚具结书（{{reason}}）', en: 'No plea agreement needed by law ({{reason}})' },
    'no-agreement': { zh: '认罪认罚案件提起公诉（{{indictedOn}}），无认罪认罚具结书且无不需签署的法定情形', en: 'Plea case indicted on {{indictedOn}} with no plea agreement and no lawful exemption' },
    'indictment-silent': { zh: '起诉书未写明认罪认罚及具结书签署情况', en: 'The indictment does not state the plea and the agreement' },
    'supplied': { zh: '已于{{doneOn}}向法院补送材料（期满日 {{due}}）', en: 'Materials sent to the court on {{doneOn}} (due {{due}})' },
    'supply-open': { zh: '法院要求补充移送材料，认为有必要的应于 {{due}} 前补送', en: 'The court asked for materials: send them by {{due}} if necessary' },
    'supply-due': { zh: '法院要求补充移送的材料应于 {{due}} 前补送', en: 'Materials the court asked for are due by {{due}}' },
    'supply-late': { zh: '向法院补送材料迟延：期满日 {{due}}，{{doneOn}}才补送', en: 'Materials sent to the court late: due {{due}}, sent on {{doneOn}}' },
    'supply-overdue': { zh: '法院要求补充移送材料，{{due}} 前未补送；如认为无必要移送，请记录理由', en: 'Nothing sent to the court by {{due}}; if deemed unnecessary, record why' },
  },
  phrases: {
    'disability': { zh: '盲聋哑或限制行为能力的精神病人', en: 'disabled suspect' },
    'juvenile-objection': { zh: '法定代理人或辩护人对未成年人认罪认罚有异议', en: 'objection for a minor' },
  },
} satisfies RuleText;
