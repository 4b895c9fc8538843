// data-consistency: its wording (the rule's logic, ids and lights: shared/rules/data-consistency.ts).
import type { Bilingual, FieldIssueCode } from '../../case';
import type { RuleText } from '../lib/types';

/** What is wrong with an unreadable value, by its issue code (the rule names the code as a phrase). */
const PROBLEMS: Readonly<Record<FieldIssueCode, Bilingual>> = {
  'not-an-object': { zh: '不是对象', en: 'not an object' },
  'invalid-date': { zh: '不是有效日期', en: 'not a valid date' },
  'invalid-datetime': { zh: '不是有效时间', en: 'not a valid date-time' },
  'invalid-boolean': { zh: '应为是/否', en: 'expected yes/no' },
  'invalid-number': { zh: '不是数字', en: 'not a number' },
  'out-of-range': { zh: '超出允许范围', en: 'out of range' },
  'invalid-enum': { zh: '不在可选值内', en: 'not one of the allowed values' },
  'invalid-text': { zh: '不是文本', en: 'not text' },
};

export default {
  title: { zh: '案件数据一致性', en: 'Case data consistency' },
  description: {
    zh: '引擎内置检查：无法识别的值（如 2025-02-30、abc）、日期先后矛盾（如决定日期早于受理日期、出生日期晚于受理日期）、晚于今日的日期、“是否在押”与强制措施矛盾等，亮黄灯提示人工核对；相关字段按未填写处理，依赖它们的规则显示灰灯。不计瑕疵积分。',
    en: 'Built-in engine check: unreadable values (2025-02-30, "abc"), impossible date orders (a decision before intake, a birth date after intake), dates after today, custody answers that contradict the measure. Yellow, for a person to confirm; the field counts as empty, so rules that need it show grey. Never carries points.',
  },
  basis: [
    { law: '人民检察院刑事诉讼规则', article: 664 },
    { law: '人民检察院刑事诉讼规则', article: 665 },
  ],
  messages: {
    'consistent': { zh: '未发现数据矛盾', en: 'No contradictions in the case data' },
    'unreadable': { zh: '{{field}}的值 {{value}} 无法识别（{{problem}}），按未填写处理', en: '{{field}}: {{value}} cannot be read ({{problem}}) and is treated as empty' },
    'not-an-object': { zh: '案件数据无法读取（{{value}}）', en: 'The case data cannot be read ({{value}})' },
    'procedure-missing': { zh: '未识别办案环节，按环节适用的规则未运行', en: 'The procedure is unknown, so stage-specific rules did not run' },
    'order': { zh: '{{later}}（{{laterValue}}）早于{{earlier}}（{{earlierValue}}），请核对', en: '{{later}} ({{laterValue}}) is before {{earlier}} ({{earlierValue}}); please check' },
    'future-date': { zh: '{{field}}（{{value}}）晚于今日 {{today}}，请核对', en: '{{field}} ({{value}}) is after today ({{today}}); please check' },
    'date-time-mismatch': { zh: '{{date}}（{{dateValue}}）与{{time}}（{{timeValue}}）不一致', en: '{{date}} ({{dateValue}}) does not match {{time}} ({{timeValue}})' },
    'custody-conflict': { zh: '“是否在押”（{{inCustody}}）与强制措施（{{measure}}）矛盾', en: '“In custody” ({{inCustody}}) contradicts the measure ({{measure}})' },
    'return-count-conflict': { zh: '退回补充侦查次数为0，但填写了退回或重新移送日期', en: 'Zero returns recorded, yet a return or re-transfer date is filled in' },
  },
  phrases: {
    ...PROBLEMS,
    'hidden': { zh: '（不显示）', en: '(hidden)' },
    'yes': { zh: '是', en: 'yes' },
    'no': { zh: '否', en: 'no' },
  },
} satisfies RuleText;
