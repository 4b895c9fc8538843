// The case list (案件列表) and the trainers' scenario picker (训练场景).
import { fieldLabel } from '../../../shared/case/field-text.ts';
import { rulesById } from '../../../shared/rules/index.ts';
import { RULE_TEXT } from '../../../shared/rules/text/index.ts';
import { CARD_TITLES, PROCEDURE_TEXT } from '../cards.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Light, ResolvedScenario } from '../scenarios.ts';
import { dateCn } from './form.ts';
import { page } from './layout.ts';

const LIGHT_TEXT: Record<Light, string> = { red: '红灯', yellow: '黄灯', green: '绿灯', grey: '灰灯' };

function status(s: ResolvedScenario): string {
  if (s.snapshot.releaseOn) return '已审结（已释放）';
  return s.snapshot.decisionOn ? '已审结' : '办理中';
}

export function caseListPage(list: readonly ResolvedScenario[], procedure: string | undefined): SafeHtml {
  const title = procedure ? `${PROCEDURE_TEXT[procedure] ?? ''}案件列表` : '案件列表';
  const body = html`
<div class="page-title"><h1>${title}</h1><span class="hint">共 ${list.length} 件</span></div>
<form class="query" action="/training/" method="get">
  <table class="form-table"><tbody><tr>
    <td class="label">案件类别：</td>
    <td><select name="ajlb"><option value="">--全部--</option>${Object.entries(PROCEDURE_TEXT).map(
      ([id, text]) => html`<option value="${id}"${id === procedure ? html` selected` : ''}>${text}</option>`,
    )}</select></td>
    <td><button type="submit">查询</button></td>
  </tr></tbody></table>
</form>
<table class="grid case-list">
  <thead><tr><th>序号</th><th>案件编号</th><th>案件名称</th><th>案件类别</th><th>犯罪嫌疑人</th><th>受理日期</th><th>承办检察官</th><th>状态</th><th>操作</th></tr></thead>
  <tbody>${list.map(
    (s, i) => html`<tr>
    <td>${i + 1}</td>
    <td>${s.snapshot.caseNumber ?? ''}</td>
    <td>${s.snapshot.caseName ?? ''}</td>
    <td>${PROCEDURE_TEXT[String(s.snapshot.procedure)] ?? ''}</td>
    <td>${s.snapshot.suspectName ?? ''}</td>
    <td>${s.snapshot.acceptedOn ?? ''}</td>
    <td>${s.snapshot.prosecutorName ?? ''}</td>
    <td>${status(s)}</td>
    <td><a href="${s.url}">办理</a></td>
  </tr>`,
  )}</tbody>
</table>`;
  return page({
    title,
    crumbs: [{ label: '案件办理', href: '/training/' }, { label: title }],
    body,
    nav: procedure ?? 'all',
  });
}

function expectedList(s: ResolvedScenario): SafeHtml {
  return html`<ul class="expected">${s.expected.map(
    (e) => {
      const rule = rulesById.get(e.rule);
      const title = rule ? html`${rule.meta.catalogue ?? ''} ${RULE_TEXT[e.rule]?.title.zh ?? e.rule}` : html`<span class="pending">（规则尚未收录）</span>`;
      return html`<li><span class="light light-${e.light}">${LIGHT_TEXT[e.light]}</span> ${title}<br><code>${e.rule}</code><br><span class="field">亮灯位置：${fieldLabel(e.field).zh}（<code>${e.field}</code>）</span></li>`;
    },
  )}</ul>`;
}

function keyDates(s: ResolvedScenario): SafeHtml {
  const shown = (['acceptedOn', 'decisionOn'] as const).flatMap((f) => {
    const v = s.snapshot[f];
    return typeof v === 'string' ? [html`<div>${fieldLabel(f).zh}：${dateCn(v)}</div>`] : [];
  });
  return html`${shown}`;
}

export function scenarioPickerPage(list: readonly ResolvedScenario[], today: string): SafeHtml {
  const body = html`
<div class="page-title"><h1>训练场景</h1><span class="hint">日期按今日（${dateCn(today)}，北京时间）推算；每次打开都重新计算，场景不会过期。</span></div>
<p class="intro">选择一个场景，打开其案卡，在已安装 CaseLight 的浏览器中演示每个灯是如何亮起的。训练案件的瑕疵不计入正式台账。</p>
<table class="grid scenarios">
  <thead><tr><th>序号</th><th>场景</th><th>案件</th><th>瑕疵描述</th><th>法律依据</th><th>预期亮灯</th><th>操作</th></tr></thead>
  <tbody>${list.map(
    (s, i) => html`<tr id="${s.id}">
    <td>${i + 1}</td>
    <td><strong>${s.title}</strong><br><code>${s.id}</code></td>
    <td>${CARD_TITLES[s.card]}<br>${s.snapshot.caseNumber ?? ''}${keyDates(s)}</td>
    <td>${s.defect}</td>
    <td>${s.basis}</td>
    <td>${expectedList(s)}</td>
    <td><a href="${s.url}">打开案卡</a><br><a href="/training/api/scenarios/${s.id}">JSON</a></td>
  </tr>`,
  )}</tbody>
</table>`;
  return page({ title: '训练场景', crumbs: [{ label: '培训', href: '/training/scenarios' }, { label: '训练场景' }], body, nav: 'scenarios' });
}
