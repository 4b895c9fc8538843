// R01 intake-register-and-assign: its wording (the rule's logic, ids and lights: shared/rules/intake-register-and-assign.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '案件受理登记与分案及时', en: 'Register the case and pass it to the handling department promptly' },
  description: {
    zh: '案件管理部门受理案件时应立即审查管辖、材料、款物、到案及强制措施、移送期限等事项，具备受理条件的及时登记，并立即将案卷材料和受理登记表移送办案部门；公安机关建议适用速裁程序的，应当在受理当日移送负责捕诉的部门。',
    en: 'Case management checks jurisdiction, the file, money and items, the suspect and measure and the transfer time on receipt, registers the case and passes it on at once; a case the police recommend for the fast track is passed on the same day.',
  },
  basis: [
    { law: '人民检察院刑事诉讼规则', article: 156 },
    { law: '人民检察院刑事诉讼规则', article: 157 },
    { law: '人民检察院刑事诉讼规则', article: 158 },
    { law: '人民检察院刑事诉讼规则', article: 273, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 160 },
  ],
  deadline: {
    zh: '收案当日移送为及时；其他案件最迟下一个工作日（本院内部期限，可配置）；公安建议速裁的须当日移送（规则273条2款）',
    en: 'the day of receipt is prompt; otherwise by the next working day (a unit-policy limit, configurable); fast-track recommendations the same day (Rules 273(2))',
  },
  optionDocs: {
    workdaysAllowed: {
      zh: '非速裁案件移送办案部门的最长工作日数（“立即”的执行口径）。目录建议：1（次一工作日亮黄灯，更晚亮红灯）。',
      en: 'Working days allowed to pass a non-fast-track case on (the reading of “at once”). Recommended: 1 (next working day yellow, later red).',
    },
  },
  messages: {
    'same-day': { zh: '已于收案当日（{{doneOn}}）移送办案部门', en: 'Passed to the handling department on the day of receipt ({{doneOn}})' },
    'next-workday': { zh: '{{doneOn}}才移送办案部门，未在收案当日移送（最迟 {{due}}）', en: 'Passed on on {{doneOn}}, not on the day of receipt (limit {{due}})' },
    'late': { zh: '移送办案部门迟延：最迟 {{due}}，{{doneOn}}才移送', en: 'Passed to the handling department late: limit {{due}}, done on {{doneOn}}' },
    'fast-track-late': { zh: '公安机关建议速裁的案件应于受理当日（{{due}}）移送，{{doneOn}}才移送', en: 'A fast-track recommendation must be passed on the day of receipt ({{due}}); done on {{doneOn}}' },
    'registration-late': { zh: '收到案卷材料（{{start}}）后至{{registeredOn}}才受理登记，未能于 {{due}} 前登记并移送办案部门', en: 'File received on {{start}} but registered only on {{registeredOn}}, so it could not reach the handling department by {{due}}' },
    'fast-track-registration-late': { zh: '公安机关建议速裁的案件收到案卷材料（{{start}}）后至{{registeredOn}}才受理登记，未能于受理当日移送', en: 'A fast-track recommendation received on {{start}} was registered only on {{registeredOn}}, so it could not be passed on the same day' },
    'open': { zh: '受理后应立即移送办案部门（最迟 {{due}}）', en: 'Pass the case to the handling department at once (by {{due}})' },
    'due-soon': { zh: '尚未移送办案部门，最迟应于 {{due}} 移送', en: 'Not yet passed to the handling department; the limit is {{due}}' },
    'missing': { zh: '{{due}} 前未将案卷材料和受理登记表移送办案部门', en: 'File and intake form not passed to the handling department by {{due}}' },
    'fast-track-missing': { zh: '公安机关建议速裁的案件未于受理当日（{{due}}）移送办案部门', en: 'A fast-track recommendation was not passed to the handling department on the day of receipt ({{due}})' },
    'checklist-incomplete': { zh: '受理审查事项（管辖、材料、款物、到案及强制措施、移送期限）未逐项审查', en: 'Intake checks (jurisdiction, file, money and items, suspect and measure, transfer time) not all done' },
  },
} satisfies RuleText;
