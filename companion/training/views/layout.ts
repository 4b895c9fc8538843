// Page chrome of the training system: training banner, header bar, left navigation, breadcrumb.
// Plain and dense like the real 统一业务应用系统; scripts and styles are static files (CSP 'self').
import { html, type HtmlValue, type SafeHtml } from '../html.ts';

export const BANNER = '训练数据 · 虚构案例 / training data, fictitious';

export interface Crumb {
  label: string;
  href?: string;
}

export interface PageOptions {
  title: string;
  crumbs: readonly Crumb[];
  body: HtmlValue;
  /** Left-navigation entry to highlight. */
  nav?: string;
}

const NAV: readonly { group: string; items: readonly { id: string; label: string; href: string }[] }[] = [
  {
    group: '案件办理',
    items: [
      { id: 'all', label: '全部案件', href: '/training/' },
      { id: 'intake', label: '受案登记', href: '/training/?ajlb=intake' },
      { id: 'arrest-review', label: '审查逮捕', href: '/training/?ajlb=arrest-review' },
      { id: 'prosecution-review', label: '审查起诉', href: '/training/?ajlb=prosecution-review' },
      { id: 'non-prosecution', label: '不起诉', href: '/training/?ajlb=non-prosecution' },
      { id: 'custody-review', label: '羁押必要性审查', href: '/training/?ajlb=custody-review' },
    ],
  },
  {
    group: '培训',
    items: [
      { id: 'scenarios', label: '训练场景', href: '/training/scenarios' },
      { id: 'api', label: '场景数据（JSON）', href: '/training/api/scenarios' },
    ],
  },
];

function breadcrumb(crumbs: readonly Crumb[]): SafeHtml {
  const parts = [{ label: '首页', href: '/training/' }, ...crumbs].map((c, i, all) =>
    i === all.length - 1 || c.href === undefined
      ? html`<span class="crumb">${c.label}</span>`
      : html`<a class="crumb" href="${c.href}">${c.label}</a><span class="sep">&gt;</span>`,
  );
  return html`<div class="breadcrumb">当前位置：${parts}</div>`;
}

export function banner(): SafeHtml {
  return html`<div class="training-banner" role="note">${BANNER}</div>`;
}

export function page(opts: PageOptions): SafeHtml {
  const nav = NAV.map((g) => html`
    <div class="nav-group">
      <div class="nav-title">${g.group}</div>
      <ul>${g.items.map((it) => html`<li><a href="${it.href}"${it.id === opts.nav ? html` class="current"` : ''}>${it.label}</a></li>`)}</ul>
    </div>`);
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} - 统一业务应用系统（训练版）</title>
<link rel="stylesheet" href="/training/static/training.css">
<script src="/training/static/training.js" defer></script>
</head>
<body>
${banner()}
<header class="topbar">
  <span class="logo">检察业务应用系统</span><span class="logo-sub">（训练版）</span>
  <span class="userbar">训练市人民检察院（虚构） &nbsp;|&nbsp; 测试检察官甲 &nbsp;|&nbsp; <a href="/training/scenarios">训练场景</a></span>
</header>
<div class="shell">
  <nav class="sidenav" aria-label="功能导航">${nav}</nav>
  <main class="content">
    ${breadcrumb(opts.crumbs)}
    ${opts.body}
  </main>
</div>
<footer class="footer">本页面为 CaseLight 培训用模拟系统，所有案件、人员、单位均为虚构。</footer>
</body>
</html>`;
}

/** A minimal document for an iframe sub-form. */
export function framePage(title: string, body: HtmlValue): SafeHtml {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="stylesheet" href="/training/static/training.css">
<script src="/training/static/training.js" defer></script>
</head>
<body class="subform">
${banner()}
${body}
</body>
</html>`;
}
