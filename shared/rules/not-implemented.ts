// Why catalogue entries (domain/rules-catalogue.md §4) have no rule file yet. An entry drops off
// by itself once a rule with its number is registered (notImplemented below); the catalogue
// meta-test checks every unimplemented number has a reason, and docs/rules.md lists them.
import type { Bilingual } from '../case';

export type NotImplementedKind =
  /** Checkable from form data; needs fields the registry does not have yet. */
  | 'planned'
  /** Depends on documents, recordings or evidence the form does not show. */
  | 'not-form-data'
  /** Happens in another department's system (控申, 案管, 公开平台), not on the case form. */
  | 'other-system'
  /** A legal judgement the prosecutor makes; a rule could only give hints. */
  | 'needs-judgement';

export interface NotImplemented {
  catalogue: string;
  id: string;
  title: Bilingual;
  kind: NotImplementedKind;
  reason: Bilingual;
}

const planned = (zh: string, en: string): Bilingual => ({ zh: `待实现：${zh}`, en: `Planned: ${en}` });

export const KIND_LABELS: Readonly<Record<NotImplementedKind, Bilingual>> = {
  'planned': { zh: '计划实现（需新增字段）', en: 'planned (needs new fields)' },
  'not-form-data': { zh: '表单数据无法判断', en: 'cannot be checked from form data' },
  'other-system': { zh: '发生在其他系统', en: 'happens in another system' },
  'needs-judgement': { zh: '需要法律判断', en: 'needs a legal judgement' },
};

export const NOT_IMPLEMENTED: readonly NotImplemented[] = [
  { catalogue: 'R21', id: 'arrest-social-danger-assessment', title: { zh: '社会危险性审查与证据', en: 'Social-danger assessment and evidence' }, kind: 'needs-judgement',
    reason: { zh: '是否具有社会危险性是检察官的判断，须结合证据；只能作为决策参考提示，不能亮红灯', en: 'Social danger is the prosecutor’s judgement on evidence; a rule could only offer hints, never a red light' } },
  { catalogue: 'R22', id: 'arrest-decision-paperwork', title: { zh: '批捕/不批捕配套文书', en: 'Arrest decision paperwork' }, kind: 'not-form-data',
    reason: { zh: '需要检查文书（不捕理由说明、补充侦查提纲）是否存在及其内容，表单数据不足', en: 'Needs the documents themselves (reasons, outlines), not form fields' } },
  { catalogue: 'R39', id: 'property-in-case', title: { zh: '涉案财物审查、清单与处理', en: 'Property in the case' }, kind: 'not-form-data',
    reason: { zh: '需要核对财物清单、入库与返还记录，表单数据不足', en: 'Needs the property lists and custody/return records, not form fields' } },
  { catalogue: 'R45', id: 'nonpros-approval', title: { zh: '不起诉的类型、条件与审批', en: 'Non-prosecution type, conditions and approval' }, kind: 'needs-judgement',
    reason: { zh: '审批权限依各院权力清单，类型与条件需要法律判断', en: 'Approval authority follows each office’s list of powers; type and conditions are judgements' } },
  { catalogue: 'R48', id: 'nonpros-aftermath', title: { zh: '不起诉后续处理', en: 'After non-prosecution' }, kind: 'planned',
    reason: planned('需要解除查封扣押冻结通知日期与检察意见移送日期', 'needs the release-of-seizure notice and procuratorial-opinion dates') },
  { catalogue: 'R49', id: 'nonpros-reconsideration-deadlines', title: { zh: '不起诉复议、复核、申诉复查期限', en: 'Deadlines for reconsideration and appeals against non-prosecution' }, kind: 'other-system',
    reason: { zh: '复议、复核、申诉在新的案件（上一级院或控申部门）中办理', en: 'Handled as separate matters by the upper office or the complaints department' } },
  { catalogue: 'R51', id: 'custody-necessity-tracking', title: { zh: '羁押必要性审查的受理转办、10日回复与告知申请人', en: 'Custody-review tracking, 10-day replies' }, kind: 'planned',
    reason: planned('需要建议书发出日期、办案机关回复日期与告知申请人日期', 'needs recommendation-sent, reply and applicant-notice dates') },
  { catalogue: 'R53', id: 'juvenile-counsel-and-social-inquiry', title: { zh: '未成年人辩护、法律援助与社会调查', en: 'Juvenile counsel, legal aid and social inquiry' }, kind: 'planned',
    reason: planned('法律援助部分已由 R06 覆盖（未成年人）；还需社会调查报告审查记录字段', 'legal aid for minors is covered by R06; needs a social-inquiry review field') },
  { catalogue: 'R54', id: 'juvenile-plea-and-fast-track-bar', title: { zh: '未成年人认罪认罚与速裁禁止', en: 'Juvenile pleas; no fast track for minors' }, kind: 'planned',
    reason: planned('速裁禁止可由现有字段判断；还需“具结时法定代理人在场”“异议记录”字段', 'the fast-track bar is computable now; needs “legal representative present at signing” and “objection” fields') },
  { catalogue: 'R55', id: 'juvenile-conditional-nonpros', title: { zh: '附条件不起诉程序', en: 'Conditional non-prosecution' }, kind: 'planned',
    reason: planned('需要决定、送达、宣布日期与考验期字段', 'needs decision, service, announcement and probation fields') },
  { catalogue: 'R59', id: 'flow-monitoring-notice-reply-10d', title: { zh: '案件流程监控通知书10日内书面回复', en: 'Reply to a flow-monitoring notice within 10 days' }, kind: 'other-system',
    reason: { zh: '流程监控通知书由案管部门在监控系统中发出和跟踪', en: 'Flow-monitoring notices are issued and tracked by case management in its own system' } },
  { catalogue: 'R60', id: 'case-info-disclosure', title: { zh: '案件信息公开（程序性信息、法律文书）', en: 'Case-information disclosure' }, kind: 'other-system',
    reason: { zh: '公开在案件信息公开平台进行，公开期限未核实（目录 D11）', en: 'Disclosure happens on the public platform; its deadlines were not verified (doubt D11)' } },
];

/**
 * The entries still without a rule among `rules`: a new rule file takes its entry off the list by
 * itself, so adding a rule stays one file, one test and one registry line.
 */
export function notImplemented(rules: readonly { meta: { catalogue?: string } }[]): NotImplemented[] {
  const done = new Set(rules.map((r) => r.meta.catalogue));
  return NOT_IMPLEMENTED.filter((n) => !done.has(n.catalogue));
}
