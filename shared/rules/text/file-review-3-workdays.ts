// R11 file-review-3-workdays: its wording (the rule's logic, ids and lights: shared/rules/file-review-3-workdays.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '律师阅卷及时安排（三个工作日）', en: 'Arrange the defence’s file review within 3 working days' },
  description: {
    zh: '自审查起诉之日起，辩护律师或经许可的其他辩护人申请查阅、摘抄、复制案卷材料的，应当及时安排；因办案部门工作等原因无法及时安排的，应当向辩护人说明，并自即日起三个工作日以内安排阅卷。工作日按国务院公布的工作日历计算（含调休上班日）。',
    en: 'From the start of the review for prosecution, a defence lawyer (or a permitted other defender) who asks to read the file must be given access promptly; if the department cannot, it explains why and arranges it within 3 working days, counted on the official working calendar (make-up working days count).',
  },
  basis: [
    { law: '刑事诉讼法', article: 40 },
    { law: '人民检察院刑事诉讼规则', article: 47 },
    { law: '人民检察院刑事诉讼规则', article: 49 },
    { law: '人民检察院刑事诉讼规则', article: 56 },
    { law: '人民检察院刑事诉讼规则', article: 57, item: 8 },
  ],
  deadline: {
    zh: '阅卷申请日 + 3个工作日（按官方工作日历，调休上班日计入；不顺延）',
    en: 'requested on + 3 working days (official calendar, make-up days count; never moved)',
  },
  messages: {
    'done': { zh: '已于{{doneOn}}安排阅卷（期满日 {{due}}）', en: 'File review arranged on {{doneOn}} (due {{due}})' },
    'open': { zh: '待安排阅卷，最迟 {{due}}（三个工作日）', en: 'File review to be arranged by {{due}} (3 working days)' },
    'due-soon': { zh: '应于 {{due}} 前安排辩护人阅卷', en: 'Arrange the file review by {{due}}' },
    'late': { zh: '安排阅卷迟延：期满日 {{due}}，{{doneOn}}才安排', en: 'File review arranged late: due {{due}}, arranged on {{doneOn}}' },
    'missing': { zh: '阅卷申请后三个工作日（{{due}}）已过，仍未安排阅卷', en: 'Three working days (due {{due}}) have passed and no file review has been arranged' },
  },
} satisfies RuleText;
