// R28 期限变更及强制措施变化的通知: tell the detention centre and the supervising department of a changed period.
// Psychiatric evaluation has its own notice rule (R34), so it is not counted here.
import type { Bilingual, FieldId } from '../case';
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

type Id =
  | 'centre-told' | 'centre-late' | 'centre-missing' | 'centre-due' | 'centre-open'
  | 'dept-told' | 'dept-late' | 'dept-missing' | 'dept-due' | 'dept-open';

/**
 * Period changes a form records. The detention centre is told of changed periods of custody in the
 * procuratorate's own investigation or review (规则 152); the supervising department of those in
 * 规则 614 (1), (2), (4), (5). Recalculating or extending investigative detention is the
 * procuratorate's own act only in its own investigations; in police cases the police tell the centre.
 */
const CHANGES: readonly { field: FieldId; label: Bilingual; centre: boolean | 'own'; dept: boolean | 'own' }[] = [
  { field: 'extensionApprovedOn', label: { zh: '延长审查起诉期限', en: 'extension of the review period' }, centre: true, dept: true },
  { field: 'lastReturnOn', label: { zh: '退回补充侦查', en: 'return for supplementary investigation' }, centre: false, dept: true },
  { field: 'retransferredOn', label: { zh: '补充侦查后重新移送、重新计算审查起诉期限', en: 're-transfer restarting the review period' }, centre: true, dept: true },
  { field: 'jurisdictionChangedOn', label: { zh: '改变管辖', en: 'change of jurisdiction' }, centre: true, dept: true },
  { field: 'detentionExtensionDecidedOn', label: { zh: '延长侦查羁押期限', en: 'extension of investigative detention' }, centre: 'own', dept: true },
  { field: 'detentionRestartedOn', label: { zh: '重新计算侦查羁押期限', en: 'recalculation of investigative detention' }, centre: 'own', dept: 'own' },
  { field: 'periodChangedOn', label: { zh: '期限变更', en: 'change of period' }, centre: true, dept: true },
];

export default defineRule({
  meta: {
    id: 'period-change-notifications',
    catalogue: 'R28',
    version: 2,
    title: { zh: '期限变更及强制措施变化的通知', en: 'Notices of changed periods' },
    description: {
      zh: '犯罪嫌疑人被羁押，本院侦查、审查起诉期间发生延长或重新计算审查起诉期限（含重新移送、改变管辖）、自侦案件延长或重新计算侦查羁押期限等期限改变的，应当及时将变更后的期限书面通知看守所（按1个工作日掌握，可配置）；批准或决定延长侦查羁押期限、自侦案件重新计算侦查羁押期限、改变管辖、延长审查起诉期限、退回补充侦查、重新移送后重新计算审查起诉期限的，应当在决定后十日以内通知本院负有监督职责的部门。各以表单上最近一次相应变更为准；精神病鉴定见 R34。',
      en: 'For a held suspect, a changed period in the procuratorate’s own investigation or review (review period extended or restarted, including re-transfer and change of jurisdiction; in own investigations, detention extended or recalculated) is told to the detention centre in writing promptly (read as 1 working day, configurable); extensions of detention, own recalculations, changes of jurisdiction, review extensions, returns and re-transfers are told to the supervising department within 10 days. The latest relevant change on the form counts; psychiatric evaluation is R34.',
    },
    basis: [
      { law: '人民检察院刑事诉讼规则', article: 152 },
      { law: '人民检察院刑事诉讼规则', article: 293 },
      { law: '人民检察院刑事诉讼规则', article: 304 },
      { law: '人民检察院刑事诉讼规则', article: 313, clause: 2 },
      { law: '人民检察院刑事诉讼规则', article: 614 },
      { law: '人民检察院刑事诉讼规则', article: 616 },
    ],
    procedures: ['prosecution-review', 'detention-supervision', 'self-investigation'],
    fields: [...CHANGES.map((ch) => ch.field), 'procedure', 'inCustody', 'custodyMeasure', 'detentionCentreNotifiedOn', 'supervisionDeptNotifiedOn'],
    anchor: 'detentionCentreNotifiedOn',
    deadline: {
      zh: '看守所：变更之日 + 1个工作日（可配置）；监督部门：变更之日 + 10日；均不顺延',
      en: 'detention centre: changed on + 1 working day (configurable); supervising department: changed on + 10 days; never moved',
    },
    warningDays: { 'default': 0, '10d': 2 },
    options: { centreWorkdays: 1 },
    optionDocs: {
      centreWorkdays: {
        zh: '“及时”书面通知看守所的工作日数。目录建议：1。',
        en: 'Working days for a “prompt” written notice to the detention centre. Recommended: 1.',
      },
    },
    severity: 'moderate',
    points: { 'centre-late': 3, 'centre-missing': 3, 'dept-late': 3, 'dept-missing': 3 },
    messages: {
      'centre-told': { light: 'green', zh: '{{change}}已于{{doneOn}}书面通知看守所', en: 'Detention centre told of the {{change}} on {{doneOn}}' },
      'centre-open': { light: 'green', zh: '{{change}}后应于 {{due}} 前书面通知看守所', en: 'Tell the detention centre of the {{change}} by {{due}}' },
      'centre-due': { light: 'yellow', zh: '应于 {{due}} 前将{{change}}后的期限书面通知看守所', en: 'Tell the detention centre in writing of the {{change}} by {{due}}' },
      'centre-late': { light: 'red', policy: true, zh: '{{change}}后通知看守所迟延：最迟 {{due}}，{{doneOn}}才通知', en: 'Detention centre told of the {{change}} late: limit {{due}}, told on {{doneOn}}' },
      'centre-missing': { light: 'red', policy: true, zh: '{{change}}后至 {{due}} 仍未书面通知看守所', en: 'The detention centre had not been told of the {{change}} by {{due}}' },
      'dept-told': { light: 'green', zh: '{{change}}已于{{doneOn}}通知本院监督部门', en: 'Supervising department told of the {{change}} on {{doneOn}}' },
      'dept-open': { light: 'green', zh: '{{change}}后应于 {{due}} 前通知本院负有监督职责的部门', en: 'Tell the supervising department of the {{change}} by {{due}}' },
      'dept-due': { light: 'yellow', zh: '应于 {{due}} 前将{{change}}通知本院负有监督职责的部门', en: 'Tell the supervising department of the {{change}} by {{due}}' },
      'dept-late': { light: 'red', zh: '{{change}}后通知监督部门超过十日：最迟 {{due}}，{{doneOn}}才通知', en: 'Supervising department told of the {{change}} late: limit {{due}}, told on {{doneOn}}' },
      'dept-missing': { light: 'red', zh: '{{change}}后十日（{{due}}）已过，仍未通知本院监督部门', en: 'Ten days after the {{change}} ({{due}}) the supervising department has not been told' },
    },
  },
  applies: (c) => inCustodyOf(c) === true,
  check: (c, ctx) => {
    const own = c.procedure === 'self-investigation';
    const latestChange = (who: 'centre' | 'dept') => {
      let found: { on: string; label: Bilingual } | undefined;
      for (const ch of CHANGES) {
        const v = c[ch.field] as string | undefined;
        const needed = ch[who] === true || (ch[who] === 'own' && own);
        if (needed && v !== undefined && (found === undefined || v > found.on)) found = { on: v, label: ch.label };
      }
      return found;
    };
    // A notice dated before the latest change was about an earlier one.
    const since = (d: string | undefined, on: string) => (d !== undefined && d >= on ? d : undefined);
    const out: Outcome<Id>[] = [];
    const centre = latestChange('centre');
    if (centre !== undefined) {
      const d = ctx.deadline(centre.on, { amount: ctx.option<number>('centreWorkdays'), unit: 'workday' }, { inCustody: true });
      out.push(judge(ctx, d, since(c.detentionCentreNotifiedOn, centre.on), {
        done: 'centre-told', late: 'centre-late', missing: 'centre-missing', dueSoon: 'centre-due', open: 'centre-open',
      }, { data: { change: centre.label }, occurrence: `centre:${centre.on}` }));
    }
    const dept = latestChange('dept');
    if (dept !== undefined) {
      const d = ctx.deadline(dept.on, { amount: 10, unit: 'day' }, { inCustody: true, variant: '10d' });
      out.push(judge(ctx, d, since(c.supervisionDeptNotifiedOn, dept.on), {
        done: 'dept-told', late: 'dept-late', missing: 'dept-missing', dueSoon: 'dept-due', open: 'dept-open',
      }, { data: { change: dept.label }, anchor: 'supervisionDeptNotifiedOn', occurrence: `dept:${dept.on}` }));
    }
    return out.length > 0 ? out : null;
  },
});
