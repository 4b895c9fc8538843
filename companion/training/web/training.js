// Training case system, browser side: tab switching without a page reload (fetch + pushState, like
// the real system's single-page 案卡), and a save button that saves nothing. No inline scripts:
// the companion's CSP allows scripts from 'self' only.
/* global document, window, history, location, fetch, DocumentFragment */
(function () {
  'use strict';

  function setStatus(form, text) {
    var status = form.querySelector('.status');
    if (status) status.textContent = text;
  }

  function wireButtons(root) {
    root.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-action]');
      if (!button) return;
      var form = button.closest('form');
      if (!form) return;
      event.preventDefault();
      var now = new Date();
      var hh = String(now.getHours()).padStart(2, '0');
      var mm = String(now.getMinutes()).padStart(2, '0');
      setStatus(form, button.dataset.action === 'submit'
        ? '训练环境：不提交审批（' + hh + ':' + mm + '）'
        : '训练环境：修改仅保留在本页，刷新后恢复（' + hh + ':' + mm + '）');
    });
    root.addEventListener('submit', function (event) {
      event.preventDefault();
    });
  }

  function setupTabs() {
    var panel = document.getElementById('tab-panel');
    var form = document.getElementById('akform');
    if (!panel || !form) return;
    var caseId = form.dataset.case;
    // Detached panels by tab id, so edits survive switching away and back (as in the host system).
    var cache = new Map();
    var current = panel.dataset.tab;
    var loading = 0;

    function markActive(tab) {
      form.querySelectorAll('a[data-tab]').forEach(function (a) {
        var on = a.dataset.tab === tab;
        a.classList.toggle('active', on);
        if (on) a.setAttribute('aria-selected', 'true');
        else a.removeAttribute('aria-selected');
      });
    }

    function detachCurrent() {
      var fragment = new DocumentFragment();
      while (panel.firstChild) fragment.appendChild(panel.firstChild);
      cache.set(current, fragment);
    }

    function show(tab) {
      if (tab === current) return Promise.resolve();
      var ticket = ++loading;
      var cached = cache.get(tab);
      var ready = cached
        ? Promise.resolve(cached)
        : fetch('/training/fragments/cases/' + encodeURIComponent(caseId) + '/' + encodeURIComponent(tab), { credentials: 'same-origin' })
          .then(function (res) {
            if (!res.ok) throw new Error('HTTP ' + res.status);
            return res.text();
          })
          .then(function (text) {
            var template = document.createElement('template');
            template.innerHTML = text;
            return template.content;
          });
      panel.classList.add('loading');
      return ready.then(function (content) {
        if (ticket !== loading) return;
        detachCurrent();
        cache.delete(tab);
        panel.appendChild(content);
        panel.dataset.tab = tab;
        current = tab;
        markActive(tab);
        panel.classList.remove('loading');
      }, function () {
        panel.classList.remove('loading');
        setStatus(form, '页签加载失败，请重试');
      });
    }

    function tabFromPath(pathname) {
      var m = /^\/training\/cases\/[^/]+\/([a-z]+)$/.exec(pathname);
      return m ? m[1] : 'akxx';
    }

    form.addEventListener('click', function (event) {
      var link = event.target.closest('a[data-tab]');
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      var tab = link.dataset.tab;
      var href = link.getAttribute('href');
      show(tab).then(function () {
        if (location.pathname !== href) history.pushState({ tab: tab }, '', href);
      });
    });

    window.addEventListener('popstate', function () {
      show(tabFromPath(location.pathname));
    });
    history.replaceState({ tab: current }, '', location.href);
  }

  document.addEventListener('DOMContentLoaded', function () {
    wireButtons(document);
    setupTabs();
  });
})();
