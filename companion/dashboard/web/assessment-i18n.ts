// Strings of the 社会危险性评估 page (issue 11), zh-CN first with English, kept apart from i18n.ts.
import type { Lang } from './i18n.ts';

const zh = {
  title: '社会危险性评估与逮捕决定',
  intro: '各单位审查逮捕案件的社会危险性量化评估分档与承办检察官决定的对照（每案以最后一次评估为准）。评估只供参考，决定由检察官作出；与分档不一致的决定，检察官已在本地说明理由。伴随服务只保存评估表版本、条目编号、分数、分档和决定。',
  training: '显示训练数据',
  cases: '评估案件',
  against: '与分档不一致',
  againstShare: '不一致比例',
  band: '分档',
  total: '合计',
  arrest: '批准（决定）逮捕',
  noArrest: '不批准（不予）逮捕',
  suggests_arrest: '倾向逮捕',
  'suggests_no-arrest': '倾向不捕',
  suggests_weigh: '需综合判断',
  empty: '所选年度和单位尚无评估记录。',
  recent: '最近的评估',
  colCase: '案号',
  colUnit: '单位',
  colProsecutor: '检察官',
  colScore: '得分',
  colVersion: '评估表版本',
  colDecision: '决定',
  colAssessedAt: '评估时间',
  yes: '是',
  unitTable: '{{unit}}：分档 × 决定',
} as const;

export type AssessmentMessageId = keyof typeof zh;

const en: Record<AssessmentMessageId, string> = {
  title: 'Social-danger assessments and arrest decisions',
  intro: "Per unit: the band of each arrest-review case's latest social-danger assessment against the prosecutor's decision. The assessment informs; the prosecutor decides, and gave a reason (kept in their browser) for each decision against the band. The companion keeps only the instrument version, item ids, score, band and decision.",
  training: 'Show training data',
  cases: 'Cases assessed',
  against: 'Against the band',
  againstShare: 'Share against',
  band: 'Band',
  total: 'Total',
  arrest: 'Arrest',
  noArrest: 'No arrest',
  suggests_arrest: 'points to arrest',
  'suggests_no-arrest': 'points to no arrest',
  suggests_weigh: 'to be weighed',
  empty: 'No assessments for this year and unit yet.',
  recent: 'Latest assessments',
  colCase: 'Case',
  colUnit: 'Unit',
  colProsecutor: 'Prosecutor',
  colScore: 'Score',
  colVersion: 'Instrument version',
  colDecision: 'Decision',
  colAssessedAt: 'Assessed at',
  yes: 'yes',
  unitTable: '{{unit}}: band × decision',
};

export function ast(lang: Lang, id: AssessmentMessageId, params: Record<string, string | number> = {}): string {
  const text = (lang === 'en' ? en : zh)[id];
  return text.replace(/\{\{(\w+)\}\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
}
