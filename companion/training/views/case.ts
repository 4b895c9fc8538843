// The case card (案卡) page: case summary, tabs swapped by script (history.pushState), and the
// 认罪认罚/具结书 sub-form inside an iframe.
import { CARD_SECTIONS, CARD_TITLES, HEADER, NOTICE_TAB, PLEA_FRAME, PROCEDURE_TEXT, tabsFor, type TabId } from '../cards.ts';
import { html, type SafeHtml } from '../html.ts';
import type { ResolvedScenario } from '../scenarios.ts';
import { dateCn, section, type FormValues } from './form.ts';
import { framePage, page } from './layout.ts';

function values(s: ResolvedScenario): FormValues {
  return { snapshot: s.snapshot as Record<string, unknown>, extras: s.extras };
}

function str(s: ResolvedScenario, field: string): string | undefined {
  const v = (s.snapshot as Record<string, unknown>)[field];
  return typeof v === 'string' ? v : undefined;
}

interface DocRow {
  name: string;
  date?: string;
}

function documents(s: ResolvedScenario): DocRow[] {
  const rows: DocRow[] = [
    { name: '受案登记表', date: str(s, 'acceptedOn') },
    { name: s.card === 'arrest-review' ? '提请批准逮捕书' : '起诉意见书', date: str(s, 'acceptedOn') },
  ];
  if (str(s, 'suspectCounselNoticeOn')) rows.push({ name: '犯罪嫌疑人诉讼权利义务告知书（委托辩护人）', date: str(s, 'suspectCounselNoticeOn') });
  if (str(s, 'victimAgentNoticeOn')) rows.push({ name: '被害人诉讼权利义务告知书（委托诉讼代理人）', date: str(s, 'victimAgentNoticeOn') });
  if (str(s, 'interrogatedOn')) rows.push({ name: '讯问笔录', date: str(s, 'interrogatedOn') });
  if (str(s, 'pleaAgreementSignedOn')) rows.push({ name: '认罪认罚具结书', date: str(s, 'pleaAgreementSignedOn') });
  if (str(s, 'lastReturnOn')) rows.push({ name: '退回补充侦查决定书', date: str(s, 'lastReturnOn') });
  if (str(s, 'decisionOn')) {
    const name = {
      'intake': '受案审查意见',
      'arrest-review': '批准逮捕决定书',
      'prosecution-review': s.extras.sjfs === '退回补充侦查' ? '补充侦查提纲' : '起诉书',
      'non-prosecution': '不起诉决定书',
      'custody-review': '羁押必要性审查报告',
    }[s.card];
    rows.push({ name, date: str(s, 'decisionOn') });
  }
  return rows;
}

function events(s: ResolvedScenario): { at: string; what: string }[] {
  const list: [string, string][] = [
    ['detainedAt', '执行拘留'],
    ['familyNotifiedAt', '通知家属'],
    ['arrestedOn', '执行逮捕'],
    ['acceptedOn', '案件受理'],
    ['suspectCounselNoticeOn', '告知犯罪嫌疑人有权委托辩护人'],
    ['victimAgentNoticeOn', '告知被害人有权委托诉讼代理人'],
    ['interrogatedOn', '讯问犯罪嫌疑人'],
    ['pleaRightsExplainedOn', '告知诉讼权利和认罪认罚法律规定'],
    ['pleaHearingOn', '听取认罪认罚意见'],
    ['custodyReviewedOn', '认罪认罚后羁押必要性审查'],
    ['retransferredOn', '重新移送审查起诉'],
    ['detentionCentreNotifiedOn', '书面通知看守所变更后的期限'],
    ['lastReturnOn', '退回补充侦查'],
    ['defenderProgressNoticeOn', '告知辩护律师诉讼进程'],
    ['pleaAgreementSignedOn', '签署认罪认罚具结书'],
    ['decisionOn', '审结'],
    ['announcedOn', '公开宣布不起诉决定'],
    ['releaseOn', '释放'],
  ];
  return list
    .flatMap(([f, what]) => {
      const at = str(s, f);
      return at ? [{ at: at.replace('T', ' '), what }] : [];
    })
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The content of one tab; also served alone for the script's tab switching. */
export function tabPanel(s: ResolvedScenario, tab: TabId): SafeHtml {
  const v = values(s);
  switch (tab) {
    case 'akxx':
      return html`${CARD_SECTIONS[s.card].map((sec) => section(sec, v))}`;
    case 'qlgz':
      return html`${NOTICE_TAB.map((sec) => section(sec, v))}`;
    case 'rzrf':
      return html`<fieldset class="form-section"><legend>认罪认罚及具结书（子表单）</legend>
<iframe class="subform-frame" name="rzrf" title="认罪认罚具结书" src="/training/frame/cases/${s.id}/plea"></iframe></fieldset>`;
    case 'wscl':
      return html`<table class="grid"><thead><tr><th>序号</th><th>文书名称</th><th>制作日期</th><th>状态</th></tr></thead><tbody>${documents(s).map(
        (d, i) => html`<tr><td>${i + 1}</td><td>${d.name}</td><td>${d.date ? dateCn(d.date) : ''}</td><td>已归档</td></tr>`,
      )}</tbody></table>`;
    case 'lcrz':
      return html`<table class="grid"><thead><tr><th>时间</th><th>环节</th><th>操作人</th></tr></thead><tbody>${events(s).map(
        (e) => html`<tr><td>${e.at}</td><td>${e.what}</td><td>测试检察官甲</td></tr>`,
      )}</tbody></table>`;
    case 'bz':
      return html`<fieldset class="form-section"><legend>备注</legend>
<table class="form-table"><tbody>
<tr><td class="label">备注：</td><td><textarea name="bz" rows="6" class="w-wide">${s.extras.bz ?? ''}</textarea></td></tr>
<tr><td class="label">备注预览：</td><td><div class="remark-view">${s.extras.bz ?? '（无）'}</div></td></tr>
</tbody></table></fieldset>`;
  }
}

export function casePage(s: ResolvedScenario, tab: TabId): SafeHtml {
  const tabs = tabsFor(s.card);
  const procedure = PROCEDURE_TEXT[String(s.snapshot.procedure)] ?? '';
  const body = html`
<div class="page-title"><h1>${CARD_TITLES[s.card]}</h1><span class="case-no">${s.snapshot.caseNumber ?? ''}</span></div>
<form id="akform" class="case-form" action="#" autocomplete="off" data-case="${s.id}">
  ${section(HEADER, values(s))}
  <ul class="tabs" role="tablist">${tabs.map(
    (t) => html`<li role="presentation"><a role="tab" href="/training/cases/${s.id}/${t.id}" data-tab="${t.id}"${t.id === tab ? html` class="active" aria-selected="true"` : ''}>${t.title}</a></li>`,
  )}</ul>
  <div id="tab-panel" class="tab-panel" role="tabpanel" data-tab="${tab}">${tabPanel(s, tab)}</div>
  <div class="toolbar">
    <button type="button" data-action="save">保存</button>
    <button type="button" data-action="submit">提交审批</button>
    <a class="button" href="/training/scenarios#${s.id}">返回训练场景</a>
    <span class="status" id="form-status" role="status"></span>
  </div>
</form>`;
  return page({
    title: `${CARD_TITLES[s.card]} ${s.snapshot.caseNumber ?? ''}`,
    crumbs: [{ label: '案件办理', href: '/training/' }, { label: procedure, href: `/training/?ajlb=${String(s.snapshot.procedure ?? '')}` }, { label: CARD_TITLES[s.card] }],
    body,
    nav: String(s.snapshot.procedure ?? ''),
  });
}

export function pleaFramePage(s: ResolvedScenario): SafeHtml {
  const v = values(s);
  return framePage('认罪认罚具结书', html`
<form id="rzrfform" class="case-form" action="#" autocomplete="off">
  <div class="subform-title">认罪认罚及具结书信息</div>
  ${PLEA_FRAME.map((sec) => section(sec, v))}
  <div class="toolbar"><button type="button" data-action="save">保存</button><span class="status" role="status"></span></div>
</form>`);
}
