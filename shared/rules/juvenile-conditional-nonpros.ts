// R55 附条件不起诉程序: eligibility, opinions heard first, no decision over an objection, service in
// 3 days, probation of 6–12 months.
import type { Bilingual } from '../case';
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, isMinorOn, judge } from './lib/support';

type Id =
  | 'eligible' | 'ineligible' | 'objection-overridden'
  | 'heard' | 'not-heard' | 'heard-after' | 'hear-first'
  | 'served' | 'served-late' | 'not-served' | 'serve-due' | 'serve-open'
  | 'probation-ok' | 'probation-out-of-range';

export default defineRule({
  meta: {
    id: 'juvenile-conditional-nonpros',
    catalogue: 'R55',
    version: 2,
    title: { zh: '附条件不起诉程序', en: 'Conditional non-prosecution of a minor' },
    description: {
      zh: '未成年人（实施犯罪时已满十四周岁、未满十八周岁，规则489条）涉嫌刑法分则第四、五、六章规定的犯罪，可能判处一年有期徒刑以下刑罚，符合起诉条件但有悔罪表现的，可以附条件不起诉。决定前应当听取公安机关、被害人、未成年犯罪嫌疑人及其法定代理人、辩护人的意见并制作笔录；未成年犯罪嫌疑人及其法定代理人有异议的，应当提起公诉。决定书应当在三日以内送达；考验期为六个月以上一年以下，自决定之日起计算。',
      en: 'A minor (14 to 17 when the offence was committed, SPP Rules 489) suspected of a crime in chapters 4–6 of the Criminal Law’s specific part, facing at most one year, who shows remorse, may be conditionally not prosecuted. The police, victim, minor, representative and defender are heard first and on record; an objection by the minor or representative means prosecution. The decision is served within 3 days; probation is 6 to 12 months from the decision.',
    },
    basis: [
      { law: '刑事诉讼法', article: 282 },
      { law: '刑事诉讼法', article: 283 },
      { law: '人民检察院刑事诉讼规则', article: 469 },
      { law: '人民检察院刑事诉讼规则', article: 470 },
      { law: '人民检察院刑事诉讼规则', article: 471 },
      { law: '人民检察院刑事诉讼规则', article: 472 },
      { law: '人民检察院刑事诉讼规则', article: 473 },
    ],
    procedures: ['prosecution-review', 'non-prosecution'],
    fields: [
      'nonProsType', 'suspectBirthDate', 'offenceOn', 'offenceInChapters4to6', 'likelySentenceMonths', 'showsRemorse', 'conditionalObjection', 'conditionalOpinionsHeardOn',
      'decisionOn', 'conditionalServedOn', 'probationMonths', 'inCustody', 'custodyMeasure',
    ],
    requires: ['nonProsType'],
    anchor: 'nonProsType',
    deadline: {
      zh: '听取意见：不迟于决定日期；送达：决定之日 + 3日（期满日为节假日的顺延，在押的不顺延）；考验期 6–12个月',
      en: 'opinions: before the decision; service: decided on + 3 days (moved off a rest day unless in custody); probation 6–12 months',
    },
    warningDays: 0,
    severity: 'moderate',
    points: { 'ineligible': 4, 'objection-overridden': 4, 'not-heard': 4, 'heard-after': 4, 'served-late': 4, 'not-served': 4, 'probation-out-of-range': 4 },
    messages: {
      'eligible': { light: 'green', zh: '附条件不起诉的适用条件已记录', en: 'The conditions for conditional non-prosecution are on record' },
      'ineligible': { light: 'red', zh: '不符合附条件不起诉条件：{{reasons}}', en: 'Conditional non-prosecution not available: {{reasons}}' },
      'objection-overridden': { light: 'red', zh: '未成年犯罪嫌疑人或其法定代理人有异议，仍作附条件不起诉（应当提起公诉）', en: 'Decided despite the minor’s or representative’s objection (prosecution is required)' },
      'heard': { light: 'green', zh: '已于{{doneOn}}听取各方意见', en: 'Parties heard on {{doneOn}}' },
      'hear-first': { light: 'grey', zh: '作出附条件不起诉决定前，应听取公安机关、被害人、未成年人及其法定代理人、辩护人意见', en: 'Hear the police, victim, minor, representative and defender before deciding' },
      'not-heard': { light: 'red', zh: '{{decisionOn}}作出附条件不起诉决定前未听取各方意见', en: 'Conditional non-prosecution on {{decisionOn}} without hearing the parties first' },
      'heard-after': { light: 'red', zh: '{{doneOn}}才听取意见，晚于附条件不起诉决定（{{decisionOn}}）', en: 'Parties heard on {{doneOn}}, after the decision on {{decisionOn}}' },
      'served': { light: 'green', zh: '决定书已于{{doneOn}}送达（期满日 {{due}}）', en: 'Decision served on {{doneOn}} (due {{due}})' },
      'serve-open': { light: 'green', zh: '附条件不起诉决定书应于 {{due}} 前送达', en: 'Serve the decision by {{due}}' },
      'serve-due': { light: 'yellow', zh: '附条件不起诉决定书应于 {{due}} 前送达公安机关、被害人、未成年人及法定代理人、辩护人', en: 'Serve the decision on all parties by {{due}}' },
      'served-late': { light: 'red', zh: '决定书送达迟延：期满日 {{due}}，{{doneOn}}才送达', en: 'Decision served late: due {{due}}, served on {{doneOn}}' },
      'not-served': { light: 'red', zh: '附条件不起诉决定后三日（{{due}}）已过，决定书尚未送达', en: 'Three days from the decision ({{due}}) have passed and it has not been served' },
      'probation-ok': { light: 'green', zh: '考验期{{months}}个月', en: 'Probation of {{months}} months' },
      'probation-out-of-range': { light: 'red', zh: '考验期{{months}}个月，不在六个月以上一年以下', en: 'Probation of {{months}} months is outside 6 to 12 months' },
    },
  },
  // Conditional non-prosecution on file (its own dates or probation) without a type is grey, never silent.
  applies: (c) =>
    c.nonProsType === 'conditional' || c.conditionalOpinionsHeardOn !== undefined || c.conditionalServedOn !== undefined ||
    c.probationMonths !== undefined || c.conditionalObjection !== undefined || c.offenceInChapters4to6 !== undefined || c.showsRemorse !== undefined,
  check: (c, ctx) => {
    if (c.nonProsType !== 'conditional') return null;
    const out: Outcome<Id>[] = [];
    const decisionOn = c.decisionOn;
    // 刑诉法 282 ¶1: the conditions. A juvenile case is one committed under 18 (规则 489 ¶1): the
    // age on the offence date decides, not the age today.
    const reasons: Bilingual[] = [];
    const birth = c.suspectBirthDate;
    const minorAtOffence = birth !== undefined && c.offenceOn !== undefined ? isMinorOn(birth, c.offenceOn, ctx) : undefined;
    if (minorAtOffence === false) reasons.push({ zh: '实施犯罪时已满十八周岁，不属未成年人刑事案件', en: '18 or older when the offence was committed: not a juvenile case' });
    if (c.offenceInChapters4to6 === false) reasons.push({ zh: '非刑法分则第四、五、六章规定的犯罪', en: 'not a chapter 4–6 offence' });
    if (c.likelySentenceMonths !== undefined && c.likelySentenceMonths > 12) reasons.push({ zh: '可能判处一年以上有期徒刑', en: 'likely sentence over one year' });
    if (c.showsRemorse === false) reasons.push({ zh: '无悔罪表现', en: 'no remorse shown' });
    if (reasons.length > 0) {
      out.push({ messageId: 'ineligible', data: { reasons: { zh: reasons.map((r) => r.zh).join('、'), en: reasons.map((r) => r.en).join(', ') } }, occurrence: 'conditions' });
    } else if (minorAtOffence === undefined) {
      out.push({ ...ctx.missing(...(birth === undefined ? ['suspectBirthDate', 'offenceOn'] as const : ['offenceOn'] as const)), occurrence: 'conditions:inputs' });
    } else if (c.offenceInChapters4to6 === true && c.likelySentenceMonths !== undefined && c.showsRemorse === true) {
      out.push({ messageId: 'eligible', occurrence: 'conditions' });
    }
    // 刑诉法 282 ¶3; 规则 470: an objection means prosecution.
    if (c.conditionalObjection === true && decisionOn !== undefined) {
      out.push({ messageId: 'objection-overridden', anchor: 'conditionalObjection', occurrence: 'objection' });
    }
    // 规则 469 ¶2: heard before the decision, on record.
    const heardOn = c.conditionalOpinionsHeardOn;
    const h = { anchor: 'conditionalOpinionsHeardOn' as const, occurrence: 'opinions' };
    if (decisionOn === undefined) out.push({ ...h, messageId: heardOn !== undefined ? 'heard' : 'hear-first', data: { doneOn: heardOn } });
    else if (heardOn === undefined) out.push({ ...h, messageId: 'not-heard', data: { decisionOn } });
    else if (heardOn > decisionOn) out.push({ ...h, messageId: 'heard-after', data: { doneOn: heardOn, decisionOn } });
    else out.push({ ...h, messageId: 'heard', data: { doneOn: heardOn } });
    if (decisionOn !== undefined) {
      // 规则 471: served within 3 days.
      const d = ctx.deadline(decisionOn, { amount: 3, unit: 'day' }, { inCustody: inCustodyOf(c) ?? false });
      out.push(judge(ctx, d, c.conditionalServedOn, {
        done: 'served', late: 'served-late', missing: 'not-served', dueSoon: 'serve-due', open: 'serve-open',
      }, { anchor: 'conditionalServedOn', occurrence: `service:${decisionOn}` }));
    }
    const months = c.probationMonths;
    if (months !== undefined) {
      // 刑诉法 283 ¶2; 规则 473: six months to one year, from the decision.
      out.push({ messageId: months >= 6 && months <= 12 ? 'probation-ok' : 'probation-out-of-range', anchor: 'probationMonths', data: { months }, occurrence: 'probation' });
    }
    return out;
  },
});
