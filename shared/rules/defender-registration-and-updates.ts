// R10 辩护人登记与诉讼进程告知: register the defender promptly; tell the lawyer of returns, transfers, indictment.
import type { Bilingual } from '../case';
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge, latest } from './lib/support';

type Id =
  | 'registered' | 'registration-late' | 'registration-missing' | 'registration-due' | 'registration-open'
  | 'credentials-unchecked'
  | 'told' | 'told-late' | 'not-told' | 'tell-due' | 'tell-open';

export default defineRule({
  meta: {
    id: 'defender-registration-and-updates',
    catalogue: 'R10',
    version: 2,
    title: { zh: '辩护人登记与诉讼进程告知', en: 'Register the defender and tell the lawyer how the case moves' },
    description: {
      zh: '辩护人告知接受委托或法律援助机构通知指派后，案件管理部门应及时登记并查验执业证书、律师事务所证明和委托书（或法律援助公函）；审查起诉案件退回补充侦查、改变管辖、提起公诉的，应当及时告知辩护律师。“及时”按登记1个工作日、告知3日掌握（可配置）。',
      en: 'Once told of a defender’s engagement or a legal-aid appointment, case management registers it promptly and checks the licence, firm letter and engagement (or legal-aid letter); a return for supplementary investigation, a change of jurisdiction or an indictment is promptly told to the defence lawyer. “Promptly” is read as 1 working day to register and 3 days to tell (configurable).',
    },
    basis: [
      { law: '刑事诉讼法', article: 34, clause: 4 },
      { law: '人民检察院刑事诉讼规则', article: 45 },
      { law: '人民检察院刑事诉讼规则', article: 46 },
      { law: '人民检察院刑事诉讼规则', article: 47, clause: 2 },
      { law: '人民检察院刑事诉讼规则', article: 57, item: 14 },
    ],
    procedures: ['intake', 'arrest-review', 'prosecution-review'],
    fields: [
      'procedure', 'hasCounsel', 'defenderNoticeReceivedOn', 'defenderRegisteredOn', 'defenderCredentialsChecked',
      'lastReturnOn', 'jurisdictionChangedOn', 'indictedOn', 'defenderProgressNoticeOn', 'inCustody', 'custodyMeasure',
    ],
    anchor: 'defenderRegisteredOn',
    deadline: {
      zh: '登记：辩护人告知之日 + 1个工作日；告知辩护律师：退补/改变管辖/提起公诉之日 + 3日，期满日为节假日的顺延、在押的不顺延（均为本院内部期限，可配置）',
      en: 'register: told of the defender + 1 working day; tell the lawyer: return / change of jurisdiction / indictment + 3 days, moved off a rest day unless in custody (both unit-policy limits, configurable)',
    },
    warningDays: 0,
    options: { registerWorkdays: 1, tellDays: 3 },
    optionDocs: {
      registerWorkdays: {
        zh: '“及时登记”的工作日数。目录建议：1。',
        en: 'Working days for a “prompt” registration. Recommended: 1.',
      },
      tellDays: {
        zh: '退补、改变管辖、提起公诉后“及时告知”辩护律师的日数。目录建议：3。',
        en: 'Days to tell the lawyer of a return, change of jurisdiction or indictment. Recommended: 3.',
      },
    },
    severity: 'moderate',
    points: { 'registration-late': 3, 'registration-missing': 3, 'told-late': 3, 'not-told': 3 },
    messages: {
      'registered': { light: 'green', zh: '已于{{doneOn}}登记辩护人', en: 'Defender registered on {{doneOn}}' },
      'registration-open': { light: 'green', zh: '应及时登记辩护人信息（最迟 {{due}}）', en: 'Register the defender promptly (by {{due}})' },
      'registration-due': { light: 'yellow', zh: '应于 {{due}} 前登记辩护人信息并移交办案部门', en: 'Register the defender and pass it to the handling department by {{due}}' },
      'registration-late': { light: 'red', policy: true, zh: '辩护人登记迟延：最迟 {{due}}，{{doneOn}}才登记', en: 'Defender registered late: limit {{due}}, registered on {{doneOn}}' },
      'registration-missing': { light: 'red', policy: true, zh: '至 {{due}} 仍未登记辩护人信息', en: 'The defender had not been registered by {{due}}' },
      'credentials-unchecked': { light: 'yellow', zh: '未查验辩护人执业证书、所函及委托书（或法律援助公函）', en: 'The defender’s licence, firm letter and engagement (or legal-aid letter) were not checked' },
      'told': { light: 'green', zh: '已于{{doneOn}}告知辩护律师{{event}}', en: 'Defence lawyer told of the {{event}} on {{doneOn}}' },
      'tell-open': { light: 'green', zh: '应及时告知辩护律师{{event}}（最迟 {{due}}）', en: 'Tell the defence lawyer of the {{event}} promptly (by {{due}})' },
      'tell-due': { light: 'yellow', zh: '应于 {{due}} 前告知辩护律师{{event}}', en: 'Tell the defence lawyer of the {{event}} by {{due}}' },
      'told-late': { light: 'red', policy: true, zh: '告知辩护律师{{event}}迟延：最迟 {{due}}，{{doneOn}}才告知', en: 'Defence lawyer told of the {{event}} late: limit {{due}}, told on {{doneOn}}' },
      'not-told': { light: 'red', policy: true, zh: '{{event}}后至 {{due}} 仍未告知辩护律师', en: 'The defence lawyer had not been told of the {{event}} by {{due}}' },
    },
  },
  applies: (c) => c.hasCounsel === true || c.defenderNoticeReceivedOn !== undefined,
  check: (c, ctx) => {
    const out: Outcome<Id>[] = [];
    if (c.defenderNoticeReceivedOn !== undefined) {
      // 规则 45: "及时登记"; a registration dated before the notice belongs to an earlier defender.
      const d = ctx.deadline(c.defenderNoticeReceivedOn, { amount: ctx.option<number>('registerWorkdays'), unit: 'workday' }, { inCustody: true });
      const doneOn = c.defenderRegisteredOn !== undefined && c.defenderRegisteredOn >= c.defenderNoticeReceivedOn ? c.defenderRegisteredOn : undefined;
      out.push(judge(ctx, d, doneOn, {
        done: 'registered', late: 'registration-late', missing: 'registration-missing', dueSoon: 'registration-due', open: 'registration-open',
      }, { occurrence: `register:${c.defenderNoticeReceivedOn}` }));
    }
    if (c.defenderCredentialsChecked === false) out.push({ messageId: 'credentials-unchecked', anchor: 'defenderCredentialsChecked', occurrence: 'credentials' });
    // 规则 47(2): the latest of the events the defence lawyer must be told of.
    const events: [string | undefined, Bilingual][] = [
      [c.lastReturnOn, { zh: '退回补充侦查', en: 'return for supplementary investigation' }],
      [c.jurisdictionChangedOn, { zh: '改变管辖', en: 'change of jurisdiction' }],
      [c.indictedOn, { zh: '提起公诉', en: 'indictment' }],
    ];
    const last = latest(...events.map(([d]) => d));
    if (c.procedure === 'prosecution-review' && c.hasCounsel === true && last !== undefined) {
      const event = events.find(([d]) => d === last)![1];
      const d = ctx.deadline(last, { amount: ctx.option<number>('tellDays'), unit: 'day' }, { inCustody: inCustodyOf(c) ?? false });
      const doneOn = c.defenderProgressNoticeOn !== undefined && c.defenderProgressNoticeOn >= last ? c.defenderProgressNoticeOn : undefined;
      out.push(judge(ctx, d, doneOn, { done: 'told', late: 'told-late', missing: 'not-told', dueSoon: 'tell-due', open: 'tell-open' }, {
        data: { event },
        anchor: 'defenderProgressNoticeOn',
        occurrence: `tell:${last}`,
      }));
    }
    return out.length > 0 ? out : null;
  },
});
