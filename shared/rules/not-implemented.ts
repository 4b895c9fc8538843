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
  { catalogue: 'R32', id: 'fast-track-eligibility', title: { zh: '速裁程序适用条件与禁止情形', en: 'Fast-track eligibility and exclusions' }, kind: 'planned',
    reason: planned('未成年人、盲聋哑等排除情形可由现有字段判断，还需“重大社会影响”“共同犯罪人异议”“附带民事调解”字段', 'minors and disabilities are known; needs “major social impact”, “co-defendant objects”, “civil settlement”') },
  { catalogue: 'R33', id: 'jurisdiction-change-restart', title: { zh: '改变管辖后审查起诉期限重新起算', en: 'Restart after a change of jurisdiction' }, kind: 'planned',
    reason: planned('需要“新院收到日期”与两院合计退补次数；R29 目前以本院受理日期起算', 'needs “received by the new procuratorate” and combined returns; R29 runs from this office’s acceptance') },
  { catalogue: 'R34', id: 'psychiatric-evaluation-excluded', title: { zh: '精神病鉴定期间不计入期限', en: 'Psychiatric evaluation not counted' }, kind: 'planned',
    reason: planned('鉴定起止日期已用于 R25、R29；还需“书面通知看守所/监督部门日期”以判断扣除是否有效', 'evaluation dates already feed R25/R29; needs the notice dates to validate the exclusion') },
  { catalogue: 'R39', id: 'property-in-case', title: { zh: '涉案财物审查、清单与处理', en: 'Property in the case' }, kind: 'not-form-data',
    reason: { zh: '需要核对财物清单、入库与返还记录，表单数据不足', en: 'Needs the property lists and custody/return records, not form fields' } },
  { catalogue: 'R40', id: 'indictment-plea-package', title: { zh: '提起公诉材料完整（认罪认罚具结书、量刑建议等）', en: 'Complete indictment package' }, kind: 'not-form-data',
    reason: { zh: '需要检查起诉书、量刑建议等文书内容', en: 'Needs the contents of the indictment and sentencing recommendation' } },
  { catalogue: 'R41', id: 'plea-notice-and-hearing', title: { zh: '认罪认罚告知与听取意见', en: 'Plea notice and hearing' }, kind: 'planned',
    reason: planned('需要“告知认罪认罚法律规定日期”及听取意见事项；听取日期（pleaHearingOn）已有', 'needs the plea-rights notice date and heard matters; the hearing date exists') },
  { catalogue: 'R43', id: 'plea-audio-video', title: { zh: '听取意见与签署具结书同步录音录像', en: 'Audio-video recording of plea hearings' }, kind: 'not-form-data',
    reason: { zh: '录音录像存于同录系统，表单上只能看到是否登记，无法核对覆盖环节', en: 'Recordings live in the recording system; the form cannot show which stages they cover' } },
  { catalogue: 'R44', id: 'plea-arrested-custody-review', title: { zh: '已逮捕犯罪嫌疑人认罪认罚后及时羁押必要性审查', en: 'Custody review after an arrested suspect pleads' }, kind: 'planned',
    reason: planned('需要“认罪认罚日期”与“羁押必要性审查日期”字段；期限为配置项', 'needs plea and custody-review dates; the period is a local choice') },
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
