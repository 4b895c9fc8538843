// The training case system (训练用案件业务系统), served under /training: a stand-in for the
// procuratorate's case-business system with fictitious cases that carry seeded defects.
import { join } from 'node:path';
import express, { Router, type Response } from 'express';
import { todayInShanghai } from '../../shared/calendar/index.ts';
import { HttpError } from '../errors.ts';
import { PROCEDURE_TEXT, tabsFor, type TabId } from './cards.ts';
import { html, type SafeHtml } from './html.ts';
import { findScenario, resolveScenario, SCENARIOS, type ResolvedScenario } from './scenarios.ts';
import { casePage, pleaFramePage, tabPanel } from './views/case.ts';
import { page } from './views/layout.ts';
import { caseListPage, scenarioPickerPage } from './views/lists.ts';

export interface TrainingRouterOptions {
  /** Clock for tests; scenario dates are offsets from today's Asia/Shanghai date at request time. */
  now?: () => Date;
}

const STATIC_DIR = join(import.meta.dirname, 'web');

function send(res: Response, body: SafeHtml, status = 200): void {
  // Dates are relative to today: never let a cache serve yesterday's case.
  res.status(status).set('Cache-Control', 'no-store').type('html').send(body.value);
}

function notFoundPage(res: Response, what: string): void {
  send(res, page({
    title: '未找到',
    crumbs: [{ label: '未找到' }],
    body: html`<div class="page-title"><h1>未找到</h1></div><p>${what}</p><p><a href="/training/scenarios">返回训练场景</a></p>`,
  }), 404);
}

export function trainingRouter(options: TrainingRouterOptions = {}): Router {
  const now = options.now ?? (() => new Date());
  const today = () => todayInShanghai(now());
  const resolveAll = (t: string) => SCENARIOS.map((s) => resolveScenario(s, t));
  const resolveOne = (id: string, t: string): ResolvedScenario | undefined => {
    const s = findScenario(id);
    return s && resolveScenario(s, t);
  };
  const isTab = (s: ResolvedScenario, tab: string): tab is TabId => tabsFor(s.card).some((t) => t.id === tab);

  const router = Router();
  router.use('/static', express.static(STATIC_DIR, { index: false, maxAge: 0 }));

  router.get('/', (req, res) => {
    const ajlb = typeof req.query.ajlb === 'string' && req.query.ajlb in PROCEDURE_TEXT ? req.query.ajlb : undefined;
    const list = resolveAll(today()).filter((s) => ajlb === undefined || s.snapshot.procedure === ajlb);
    send(res, caseListPage(list, ajlb));
  });

  router.get('/scenarios', (_req, res) => {
    const t = today();
    send(res, scenarioPickerPage(resolveAll(t), t));
  });

  router.get('/cases/:id', (req, res) => {
    const s = resolveOne(req.params.id, today());
    if (!s) return notFoundPage(res, `没有编号为“${req.params.id}”的训练案件。`);
    send(res, casePage(s, 'akxx'));
  });

  router.get('/cases/:id/:tab', (req, res) => {
    const s = resolveOne(req.params.id, today());
    if (!s || !isTab(s, req.params.tab)) return notFoundPage(res, `没有这个训练案件或页签：${req.params.id}/${req.params.tab}`);
    send(res, casePage(s, req.params.tab));
  });

  // The bare content of one tab, fetched by web/training.js when a tab is clicked.
  router.get('/fragments/cases/:id/:tab', (req, res) => {
    const s = resolveOne(req.params.id, today());
    if (!s || !isTab(s, req.params.tab)) return notFoundPage(res, `没有这个训练案件或页签：${req.params.id}/${req.params.tab}`);
    send(res, tabPanel(s, req.params.tab));
  });

  router.get('/frame/cases/:id/plea', (req, res) => {
    const s = resolveOne(req.params.id, today());
    if (!s || s.card !== 'prosecution-review') return notFoundPage(res, `没有这个审查起诉训练案件：${req.params.id}`);
    send(res, pleaFramePage(s));
  });

  router.get('/api/scenarios', (_req, res) => {
    const t = today();
    res.set('Cache-Control', 'no-store').json({ today: t, scenarios: resolveAll(t) });
  });

  router.get('/api/scenarios/:id', (req, res) => {
    const s = resolveOne(req.params.id, today());
    if (!s) {
      throw new HttpError(404, 'scenario-not-found', {
        zh: `没有编号为“${req.params.id}”的训练场景`,
        en: `No training scenario with id "${req.params.id}"`,
      });
    }
    res.set('Cache-Control', 'no-store').json(s);
  });

  return router;
}
