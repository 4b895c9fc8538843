// Why catalogue entries (domain/rules-catalogue.md §4) have no rule file yet. An entry drops off
// by itself once a rule with its number is registered (notImplemented below); the catalogue
// meta-test checks every unimplemented number has a reason, and docs/rules.md lists them.
import type { Bilingual } from '../../case';

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
  { catalogue: 'R60', id: 'case-info-disclosure', title: { zh: '案件信息公开（程序性信息、法律文书）', en: 'Case-information disclosure' }, kind: 'other-system',
    reason: { zh: '公开在案件信息公开平台进行，公开期限尚未核实', en: 'Disclosure happens on the public platform; its deadlines are not yet verified' } },
];

/**
 * The entries still without a rule among `rules`: a new rule file takes its entry off the list by
 * itself, so adding a rule stays one file, one test and one registry line.
 */
export function notImplemented(rules: readonly { meta: { catalogue?: string } }[]): NotImplemented[] {
  const done = new Set(rules.map((r) => r.meta.catalogue));
  return NOT_IMPLEMENTED.filter((n) => !done.has(n.catalogue));
}
