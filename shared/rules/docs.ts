// Renders docs/rules.md from rule metadata (as axe generates doc/rule-descriptions.md). Pure string
// building; scripts/docs-rules.ts writes the file and a test fails when the file is stale.
import { fieldLabel, PROCEDURES } from '../case';
import { BUILTIN_MESSAGES, LAWS, SEVERITIES, SEVERITY_MEANINGS, type Light } from './lib/meta';
import type { Rule } from './lib/types';
import { KIND_LABELS, type NotImplemented } from './not-implemented';

const LIGHT_LABELS: Readonly<Record<Light, string>> = { red: '🔴 红', yellow: '🟡 黄', green: '🟢 绿', grey: '⚪ 灰' };

const LIGHT_MEANINGS: Readonly<Record<Light, string>> = {
  red: '逾期、期满后仍未完成、或法定必备要素缺失（如具结时无律师在场）。只有红灯计瑕疵积分。 — Overdue, missing after the deadline, or a mandatory element absent. Only red carries points.',
  yellow: '临近期满（每条规则的预警天数可配置；期满日为休息日时，从其前最后一个工作日倒推；今日之后至期满日剩余工作日不超过1日时亦为黄灯，如节假日前最后一个工作日；起算当日除外），或需人工核对（数据矛盾）。 — Due soon (per-rule window, counted back from the last working day when the due date is a rest day; also when at most one working day is left after today, e.g. on the last working day before a holiday, though not on the day the period starts), or needs a human look.',
  green: '按期完成，或尚未到期且时间充裕，或检查通过。 — Done in time, pending with time left, or the check passes.',
  grey: '暂无法判断：缺少所需字段（会列出字段名）或不适用。 — Cannot decide yet: inputs missing (named) or not applicable.',
};

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function basisText(b: Rule['meta']['basis'][number]): string {
  const short = LAWS[b.law].short;
  return `${short} 第${b.article}条${b.clause !== undefined ? `第${b.clause}款` : ''}${b.item !== undefined ? `第${b.item}项` : ''}`;
}

function procedureText(p: Rule['meta']['procedures']): string {
  if (p === 'any') return '任何环节 any';
  return p.map((x) => `${PROCEDURES[x].zh}（${x}）`).join('、');
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

function ruleSection(r: Rule): string {
  const m = r.meta;
  const lines: string[] = [];
  lines.push(`### ${m.catalogue ?? '内置'} \`${m.id}\` ${m.title.zh}`, '');
  lines.push(`*${m.title.en}* — 版本 v${m.version}，严重程度 \`${m.severity}\``, '');
  if (m.deprecated) lines.push(`> ⚠️ 已弃用，由 ${m.deprecated.replacedBy.map((x) => `\`${x}\``).join('、')} 取代。 Deprecated.`, '');
  lines.push(m.description.zh, '', `> ${m.description.en}`, '');
  lines.push(`- **法律依据 Basis**：${m.basis.map(basisText).join('；')}`);
  lines.push(`- **适用环节 Procedures**：${procedureText(m.procedures)}`);
  lines.push(`- **读取字段 Fields**：${m.fields.length > 12 ? `全部 ${m.fields.length} 个登记字段 (all registry fields)` : m.fields.map((f) => `\`${f}\` ${fieldLabel(f).zh}`).join('、')}`);
  if (m.requires && m.requires.length > 0) {
    lines.push(`- **必需字段 Required**（缺少时灰灯）：${m.requires.map((f) => `\`${f}\` ${fieldLabel(f).zh}`).join('、')}`);
  }
  lines.push(`- **亮灯位置 Anchor**：\`${m.anchor}\` ${fieldLabel(m.anchor).zh}`);
  if (m.deadline) lines.push(`- **期限计算 Deadline**：${m.deadline.zh}（${m.deadline.en}）`);
  const w = warningText(r);
  if (w) lines.push(`- **预警 Warning**：${w}`);
  for (const [k, v] of Object.entries(m.options ?? {})) {
    const doc = m.optionDocs?.[k];
    lines.push(`- **选项 Option** \`${k}\` = \`${String(v)}\`：${doc ? `${doc.zh}（${doc.en}）` : ''}`);
  }
  lines.push('', '| 结果 messageId | 灯 | 积分 | 提示 message |', '|---|---|---|---|');
  for (const [id, msg] of Object.entries(m.messages)) {
    const pts = m.points[id];
    lines.push(`| \`${id}\` | ${LIGHT_LABELS[msg.light]} | ${pts ?? '—'} | ${cell(msg.zh)} |`);
  }
  lines.push('');
  return lines.join('\n');
}

function byCatalogue(a: Rule, b: Rule): number {
  const ca = a.meta.catalogue ?? 'R99';
  const cb = b.meta.catalogue ?? 'R99';
  return ca < cb ? -1 : ca > cb ? 1 : a.meta.id < b.meta.id ? -1 : 1;
}

/**
 * docs/rules.md as a string: lights, severities, every rule (basis, fields, deadline formula,
 * warning window, outcomes with lights and points) and the catalogue entries not implemented.
 */
export function renderRulesDoc(rules: readonly Rule[], notImplemented: readonly NotImplemented[]): string {
  const sorted = [...rules].sort(byCatalogue);
  const out: string[] = [];
  out.push('# 规则目录 Rule catalogue', '');
  out.push('> 本文件由 `npm run docs:rules`（`scripts/docs-rules.ts`）根据 `shared/rules/` 中的规则元数据生成，请勿手工编辑；`test/shared/rules/docs.test.ts` 在文件过期时失败。');
  out.push('> Generated from the rule metadata in `shared/rules/`; do not edit by hand.', '');
  out.push('依据与期间计算见 `domain/rules-catalogue.md` 与 `docs/calendar.md`。期间自起算日次日开始计算（刑诉法105）；月按高法解释202计算；不在押的期满日遇节假日顺延，在押的不顺延。');
  out.push('Sources and period computation: `domain/rules-catalogue.md`, `docs/calendar.md`.', '');
  out.push('## 灯色 Lights', '', '| 灯 | 含义 Meaning |', '|---|---|');
  for (const l of ['red', 'yellow', 'green', 'grey'] as const) out.push(`| ${LIGHT_LABELS[l]} | ${cell(LIGHT_MEANINGS[l])} |`);
  out.push('', '每条规则还可能给出引擎内置的灰灯结果 Built-in grey outcomes of every rule:', '');
  for (const [id, m] of Object.entries(BUILTIN_MESSAGES)) out.push(`- \`${id}\`：${m.zh}`);
  out.push('', '## 严重程度 Severity', '');
  for (const s of SEVERITIES) out.push(`- \`${s}\` — ${SEVERITY_MEANINGS[s].zh} ${SEVERITY_MEANINGS[s].en}`);
  out.push('', `## 已实现规则 Implemented rules (${rules.length})`, '');
  out.push('| 编号 | 规则 id | 名称 | Title | 严重程度 | 红灯积分 |', '|---|---|---|---|---|---|');
  for (const r of sorted) {
    const pts = [...new Set(Object.values(r.meta.points))].sort((a, b) => b - a).join(' / ') || '—';
    out.push(`| ${r.meta.catalogue ?? '内置'} | \`${r.meta.id}\` | ${cell(r.meta.title.zh)} | ${cell(r.meta.title.en)} | ${r.meta.severity} | ${pts} |`);
  }
  out.push('');
  for (const r of sorted) out.push(ruleSection(r));
  out.push(`## 未实现的目录条目 Not implemented (${notImplemented.length})`, '');
  out.push('目录 R01–R60 中尚无规则文件的条目及原因。 Catalogue entries without a rule yet, and why.', '');
  out.push('| 编号 | 规则 id | 名称 | 类别 Kind | 原因 Reason |', '|---|---|---|---|---|');
  for (const n of [...notImplemented].sort((a, b) => (a.catalogue < b.catalogue ? -1 : 1))) {
    out.push(`| ${n.catalogue} | \`${n.id}\` | ${cell(n.title.zh)} | ${KIND_LABELS[n.kind].zh} | ${cell(n.reason.zh)} |`);
  }
  out.push('');
  return out.join('\n');
}
