// The supervisor dashboard, served at /: the built single-page app in dist/ (vite build), with a history fallback.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { Router, type Request } from 'express';

export const DASHBOARD_BUILD_COMMAND = 'npm run build:dashboard';

export interface DashboardRouterOptions {
  /** Folder holding the built app; defaults to companion/dashboard/dist. */
  distDir?: string;
}

/** Paths other routers own. The fallback never answers for them, so an unknown API path stays a JSON 404. */
const reserved = ['/api', '/training', '/healthz', '/extension'];

function isReserved(path: string): boolean {
  return reserved.some((p) => path === p || path.startsWith(`${p}/`));
}

/** A page navigation (not a script, image or fetch for JSON) that the app's own router should handle. */
function isAppNavigation(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (isReserved(req.path)) return false;
  // A missing /assets/x.js must 404, not come back as HTML the browser then fails to parse as a script.
  if (req.path.startsWith('/assets/')) return false;
  return req.accepts(['html', 'json']) === 'html';
}

const missingBuildPage = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>办案亮灯 · 督察看板尚未构建</title></head>
<body>
<h1>督察看板尚未构建 / The dashboard has not been built</h1>
<p>请在项目目录运行 <code>${DASHBOARD_BUILD_COMMAND}</code>，然后刷新本页。</p>
<p>Run <code>${DASHBOARD_BUILD_COMMAND}</code> in the project folder, then reload this page.</p>
<p>接口仍可使用 / The API still works: <a href="/healthz">/healthz</a></p>
</body></html>
`;

export function dashboardRouter(options: DashboardRouterOptions = {}): Router {
  const distDir = options.distDir ?? resolve(import.meta.dirname, 'dist');
  const indexFile = resolve(distDir, 'index.html');
  const router = Router();

  // Checked per request, so building while the companion runs needs no restart.
  router.use((req, res, next) => {
    if (existsSync(indexFile) || !isAppNavigation(req)) return next();
    res.status(503).type('html').set('Cache-Control', 'no-store').send(missingBuildPage);
  });

  // Hashed file names under /assets never change content: cache them for good. index.html always revalidates.
  router.use('/assets', express.static(resolve(distDir, 'assets'), {
    immutable: true,
    maxAge: '1y',
    index: false,
    fallthrough: true,
  }));
  router.use(express.static(distDir, {
    index: false,
    fallthrough: true,
    setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
  }));

  router.use((req, res, next) => {
    if (!isAppNavigation(req)) return next();
    res.set('Cache-Control', 'no-cache');
    res.sendFile(indexFile, (err) => { if (err) next(err); });
  });

  return router;
}
