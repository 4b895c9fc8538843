// Renders docs/rules.md and docs/rules/<id>.md from each rule's metadata and its wording (the text
// index, shared/rules/text), as axe generates doc/rule-descriptions.md from rules and locale data.
// Pure string building; scripts/docs-rules.ts writes the files and a test fails when one is stale.
import { fieldLabel, valueLabel } from '../../case';
import { BUILTIN_MESSAGES, LAWS, SEVERITIES, SEVERITY_MEANINGS, type Light } from '../lib/meta';
import type { Basis } from '../lib/meta';
import type { Rule, RuleText } from '../lib/types';
import { ENGINE_TEXT, RULE_TEXT } from '../text';
import { CITATION_REVIEW } from './citation-review';
import { KIND_LABELS, type NotImplemented } from './not-implemented';

const LIGHT_LABELS: Readonly<Record<Light, string>> = { red: '🔴 红', yellow: '🟡 黄', green: '🟢 绿', grey: '⚪ 灰' };

const LIGHT_MEANINGS: Readonly<Record<Light, string>> = {
  red: '逾期、期满后仍未完成、或法定必备要素缺失（如具结时无律师在场），且依据是法律规定（引用条文）。只有红灯计瑕疵积分；同一事实只在一条规则计分，另一条规则注明“见R36”等。 — Overdue, missing after the deadline, or a mandatory element absent, where the law (article cited) makes it a defect. Only red carries points, and one fact is charged by one rule only; the other says “see R36”.',
  yellow: '临近期满（每条规则的预警天数可配置；期满日为休息日时，从其前最后一个工作日倒推；今日之后至期满日剩余工作日不超过1日时亦为黄灯，如节假日前最后一个工作日；起算当日除外），或需人工核对（数据矛盾），或法律未规定期限的本院内部要求未满足（不计分），或期满日所在年度节假日安排尚未载入（不计分）。 — Due soon (per-rule window, counted back from the last working day when the due date is a rest day; also when at most one working day is left after today, e.g. on the last working day before a holiday, though not on the day the period starts), or needs a human look, or a unit-policy limit the law does not set was missed (no points), or the due date lies in a year whose holiday arrangement is not loaded (no points).',
  green: '按期完成，或尚未到期且时间充裕，或检查通过。 — Done in time, pending with time left, or the check passes.',
  grey: '暂无法判断：缺少所需字段（会列出字段名）或不适用。 — Cannot decide yet: inputs missing (named) or not applicable.',
};

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function basisText(b: Basis): string {
  const short = LAWS[b.law].short;
  return `${short} 第${b.article}条${b.clause !== undefined ? `第${b.clause}款` : ''}${b.item !== undefined ? `第${b.item}项` : ''}`;
}

function procedureText(p: Rule['meta']['procedures']): string {
  if (p === 'any') return '任何环节 any';
  return p.map((x) => `${valueLabel('procedure', x).zh}（${x}）`).join('、');
}

function warningText(r: Rule): string | undefined {
  const parts: string[] = [];
  const w = r.meta.warningDays;
  if (w === 0) parts.push('期满当日起黄灯（期满日为休息日的，自其前最后一个工作日起） / yellow on the due day (or the last working day before it)');
  else if (typeof w === 'number') parts.push(`期满前 ${w} 日起黄灯 / yellow ${w} day(s) before due`);
  else if (w !== undefined) {
    parts.push(Object.entries(w).map(([k, v]) => `${k === 'default' ? '默认' : k}：期满前 ${v} 日`).join('；') + ' / yellow N days before due per period');
  }
  if (r.meta.warningHours !== undefined) parts.push(`届满前 ${r.meta.warningHours} 小时起黄灯 / yellow ${r.meta.warningHours} h before due`);
  return parts.length > 0 ? parts.join('；') + '（可配置 configurable）' : undefined;
}

/** docs/rules/<id>.md: one rule's page (ESLint's layout: an index plus a page per rule). */
export function renderRulePage(r: Rule, text: RuleText = wording(r)): string {
  const m = r.meta;
  const t = text;
  const lines: string[] = [];
  lines.push(`# ${m.catalogue ?? '内置'} \`${m.id}\` ${t.title.zh}`, '');
  lines.push('> 本页由 `npm run docs:rules` 根据规则元数据生成，请勿手工编辑。 Generated; do not edit by hand. [规则目录 Index](../rules.md)', '');
  lines.push(`*${t.title.en}* — 版本 v${m.version}，严重程度 \`${m.severity}\``, '');
  if (m.deprecated) lines.push(`> ⚠️ 已弃用，由 ${m.deprecated.replacedBy.map((x) => `\`${x}\``).join('、')} 取代。 Deprecated.`, '');
  lines.push(t.description.zh, '', `> ${t.description.en}`, '');
  lines.push(`- **法律依据 Basis**：${t.basis.map(basisText).join('；')}`);
  lines.push(`- **适用环节 Procedures**：${procedureText(m.procedures)}`);
  lines.push(`- **读取字段 Fields**：${m.fields.length > 12 ? `全部 ${m.fields.length} 个登记字段 (all registry fields)` : m.fields.map((f) => `\`${f}\` ${fieldLabel(f).zh}`).join('、')}`);
  if (m.requires && m.requires.length > 0) {
    lines.push(`- **必需字段 Required**（缺少时灰灯）：${m.requires.map((f) => `\`${f}\` ${fieldLabel(f).zh}`).join('、')}`);
  }
  lines.push(`- **亮灯位置 Anchor**：\`${m.anchor}\` ${fieldLabel(m.anchor).zh}`);
  if (t.deadline) lines.push(`- **期限计算 Deadline**：${t.deadline.zh}（${t.deadline.en}）`);
  const w = warningText(r);
  if (w) lines.push(`- **预警 Warning**：${w}`);
  for (const [k, v] of Object.entries(m.options ?? {})) {
    const doc = t.optionDocs?.[k];
    lines.push(`- **选项 Option** \`${k}\` = \`${String(v)}\`：${doc ? `${doc.zh}（${doc.en}）` : ''}`);
  }
  if (Object.values(m.messages).some((x) => x.policy === true)) {
    lines.push('- **本院内部期限 Unit-policy limit**：标“内部期限”的结果，法律未规定具体期限，默认黄灯、不计分；本院规则配置 `adopted: true` 采用后亮红灯并计分，卡片注明“本院已采用”。 (Outcomes marked so have no statutory period: yellow without points by default, red with points once the unit’s rule-config adopts them.)');
  }
  lines.push('', '| 结果 messageId | 灯 | 积分 | 提示 message |', '|---|---|---|---|');
  for (const [id, msg] of Object.entries(m.messages)) {
    const pts = m.points[id];
    const light = msg.policy === true ? `${LIGHT_LABELS.yellow}（内部期限；采用后 ${LIGHT_LABELS.red}）` : LIGHT_LABELS[msg.light];
    const points = pts === undefined ? '—' : msg.policy === true ? `0（采用后 ${pts}）` : String(pts);
    lines.push(`| \`${id}\` | ${light} | ${points} | ${cell(t.messages[id]?.zh ?? '')} |`);
  }
  lines.push('');
  return lines.join('\n');
}

/** A rule's wording from the text index (a rule without one is a bug the catalogue test names). */
function wording(r: Rule): RuleText {
  const t = RULE_TEXT[r.meta.id];
  if (t === undefined) throw new Error(`no wording for rule ${r.meta.id} in shared/rules/text`);
  return t;
}

function byCatalogue(a: Rule, b: Rule): number {
  const ca = a.meta.catalogue ?? 'R99';
  const cb = b.meta.catalogue ?? 'R99';
  return ca < cb ? -1 : ca > cb ? 1 : a.meta.id < b.meta.id ? -1 : 1;
}

/**
 * docs/rules.md as a string, the index: lights, severities, the table of rules (each linking to its
 * page, renderRulePage), the citation check and the catalogue entries not implemented.
 */
export function renderRulesDoc(rules: readonly Rule[], notImplemented: readonly NotImplemented[]): string {
  const sorted = [...rules].sort(byCatalogue);
  const out: string[] = [];
  out.push('# 规则目录 Rule catalogue', '');
  out.push('> 本文件由 `npm run docs:rules`（`scripts/docs-rules.ts`）根据 `shared/rules/` 中的规则元数据生成，请勿手工编辑；`test/shared/rules/docs.test.ts` 在文件过期时失败。');
  out.push('> Generated from the rule metadata in `shared/rules/`; do not edit by hand.', '');
  out.push('依据与期间计算见 `domain/rules-catalogue.md` 与 `docs/calendar.md`。期间按刑诉法第105条计算：开始的时和日不计入，日期间自次日起算，小时期间自下一个整点起算（10时20分起算的24小时，至次日11时届满）；月按高法解释第202条计算；期间的最后一日为节假日的，以节假日后的第一个工作日为期满日，检察机关自身的告知、送达等义务同样适用；但犯罪嫌疑人在押的，至期满之日为止，不因节假日延长。期满日所在年度的国务院节假日安排尚未载入时，该期满日可能变动，不亮红灯（黄灯提示）。');
  out.push('Sources and period computation: `domain/rules-catalogue.md`, `docs/calendar.md`. Periods follow CPL 105: the starting day or hour is not counted (a 24-hour period from 10:20 ends at 11:00 the next day); months follow SPC Interpretation 202; a last day on a rest day moves to the next working day, for the procuratorate’s own duties too, unless the suspect is in custody. A due date in a year whose State Council arrangement is not loaded may move, so it is never red.', '');
  out.push('## 灯色 Lights', '', '| 灯 | 含义 Meaning |', '|---|---|');
  for (const l of ['red', 'yellow', 'green', 'grey'] as const) out.push(`| ${LIGHT_LABELS[l]} | ${cell(LIGHT_MEANINGS[l])} |`);
  out.push('', '每条规则还可能给出引擎内置的结果 Built-in outcomes of every rule:', '');
  for (const [id, m] of Object.entries(BUILTIN_MESSAGES)) out.push(`- \`${id}\`（${LIGHT_LABELS[m.light]}）：${ENGINE_TEXT.messages[id]?.zh ?? ''}`);
  out.push('', '## 严重程度 Severity', '');
  for (const s of SEVERITIES) out.push(`- \`${s}\` — ${SEVERITY_MEANINGS[s].zh} ${SEVERITY_MEANINGS[s].en}`);
  out.push('', `## 已实现规则 Implemented rules (${rules.length})`, '');
  out.push('| 编号 | 规则 id | 名称 | Title | 严重程度 | 红灯积分 |', '|---|---|---|---|---|---|');
  for (const r of sorted) {
    const pts = [...new Set(Object.values(r.meta.points))].sort((a, b) => b - a).join(' / ') || '—';
    out.push(`| ${r.meta.catalogue ?? '内置'} | [\`${r.meta.id}\`](rules/${r.meta.id}.md) | ${cell(wording(r).title.zh)} | ${cell(wording(r).title.en)} | ${r.meta.severity} | ${pts} |`);
  }
  out.push('', '每条规则一页（依据、字段、期限公式、预警、结果与积分）：`docs/rules/<id>.md`。 One page per rule: `docs/rules/<id>.md`.', '');
  out.push('## 依据核对 Citation check', '');
  out.push(`${CITATION_REVIEW.reviewedOn} 对照${CITATION_REVIEW.sources.zh}`, '', `> ${CITATION_REVIEW.sources.en}`, '');
  out.push('本次更正 Corrected:', '', '| 规则 | 引用 | 说明 |', '|---|---|---|');
  for (const n of CITATION_REVIEW.corrected) out.push(`| \`${n.rule}\` | ${cell(n.citation)} | ${cell(n.note.zh)} |`);
  out.push('', '未能核实 Could not confirm:', '', '| 规则 | 引用 | 说明 |', '|---|---|---|');
  for (const n of CITATION_REVIEW.unconfirmed) out.push(`| \`${n.rule}\` | ${cell(n.citation)} | ${cell(n.note.zh)} |`);
  out.push('');
  out.push(`## 未实现的目录条目 Not implemented (${notImplemented.length})`, '');
  out.push('目录 R01–R60 中尚无规则文件的条目及原因。 Catalogue entries without a rule yet, and why.', '');
  out.push('| 编号 | 规则 id | 名称 | 类别 Kind | 原因 Reason |', '|---|---|---|---|---|');
  for (const n of [...notImplemented].sort((a, b) => (a.catalogue < b.catalogue ? -1 : 1))) {
    out.push(`| ${n.catalogue} | \`${n.id}\` | ${cell(n.title.zh)} | ${KIND_LABELS[n.kind].zh} | ${cell(n.reason.zh)} |`);
  }
  out.push('');
  return out.join('\n');
}

/** Every generated file under docs/, by path relative to docs/: the index and one page per rule. */
export function renderRuleDocs(rules: readonly Rule[], notImplemented: readonly NotImplemented[]): Map<string, string> {
  const files = new Map<string, string>([['rules.md', renderRulesDoc(rules, notImplemented)]]);
  for (const r of [...rules].sort(byCatalogue)) files.set(`rules/${r.meta.id}.md`, renderRulePage(r));
  return files;
}
