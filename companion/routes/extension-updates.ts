// /extension: the intranet's extension store. Browsers' updaters read update.xml (Chromium gupdate)
// and updates.json (Firefox) and download the packaged files; administrators fetch the policy
// files made for this release (docs/deploy.md, docs/api.md). The highest release under
// <data>/extension/releases is looked up on every request: a new `npm run package` needs no restart.
// Kept apart from /api/v1 (own router, no JSON body, no rate limiter): browsers call it without a token.
import { join, resolve } from 'node:path';
import { Router, type Request, type Response } from 'express';
import type { Config } from '../config.ts';
import type { Store } from '../db/store.ts';
import { HttpError } from '../errors.ts';
import { POLICY_FILES, type PolicyInput } from '../deploy/policies.ts';
import { isVersion, latestRelease, listReleases, type StoredRelease } from '../deploy/releases.ts';
import { bearerToken, forbidden, unauthorized } from './context.ts';

export interface ExtensionUpdatesDeps {
  config: Config;
  store?: Store;
}

const noRelease = () => new HttpError(404, 'no-release', {
  zh: '尚未打包扩展：请在伴随服务目录运行 npm run package',
  en: 'No extension has been packaged yet: run `npm run package` in the companion folder',
});

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The Chromium update manifest (gupdate protocol 2.0) for the release. */
export function updateXml(release: StoredRelease): string {
  const codebase = `${release.baseUrl}/extension/caselight-${release.version}.crx`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">',
    `  <app appid="${xmlEscape(release.extensionId)}">`,
    `    <updatecheck codebase="${xmlEscape(codebase)}" version="${xmlEscape(release.version)}" hash_sha256="${release.files.crx.sha256}" />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

/** Firefox's update manifest: every release with an .xpi (Firefox takes the highest it can). */
export function updatesJson(releases: readonly StoredRelease[]) {
  const withXpi = releases.filter((r) => r.files.xpi);
  const addons: Record<string, { updates: { version: string; update_link: string; update_hash: string }[] }> = {};
  for (const r of withXpi) {
    (addons[r.geckoId] ??= { updates: [] }).updates.push({
      version: r.version,
      update_link: `${r.baseUrl}/extension/caselight-${r.version}.xpi`,
      update_hash: `sha256:${r.files.xpi!.sha256}`,
    });
  }
  return { addons };
}

export function policyInput(release: StoredRelease, config: Config): PolicyInput {
  return {
    extensionId: release.extensionId,
    geckoId: release.geckoId,
    baseUrl: release.baseUrl,
    companionUrl: (config.publicUrl ?? release.baseUrl).replace(/\/+$/, ''),
    hosts: config.extensionHosts,
    version: release.version,
    ...(release.files.xpi ? { xpiUrl: `${release.baseUrl}/extension/caselight-${release.version}.xpi` } : {}),
  };
}

export function extensionUpdatesRouter(deps: ExtensionUpdatesDeps): Router {
  const dataDir = resolve(deps.config.dataDir);
  const router = Router();
  const latest = () => {
    const r = latestRelease(dataDir);
    if (!r) throw noRelease();
    return r;
  };
  const byVersion = (version: string) => {
    const r = isVersion(version) ? listReleases(dataDir).find((x) => x.version === version) : undefined;
    if (!r) throw new HttpError(404, 'no-release', { zh: `没有版本 ${version} 的发布包`, en: `No release ${version}` });
    return r;
  };
  const sendFile = (res: Response, release: StoredRelease, file: string, type: string, download: string) => {
    res.type(type);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Disposition', `attachment; filename="${download}"`);
    res.sendFile(join(release.dir, file), { dotfiles: 'deny' });
  };

  // Chromium's updater adds ?x=id%3D…%26v%3D… (and more); the answer is the same for every caller.
  router.get('/update.xml', (_req, res) => {
    const release = latest();
    res.type('application/xml').set('Cache-Control', 'no-cache').send(updateXml(release));
  });
  router.get('/updates.json', (_req, res) => {
    const releases = listReleases(dataDir);
    if (releases.length === 0) throw noRelease();
    res.set('Cache-Control', 'no-cache').json(updatesJson(releases));
  });
  router.get('/caselight.crx', (_req, res) => {
    const r = latest();
    sendFile(res, r, r.files.crx.file, 'application/x-chrome-extension', `caselight-${r.version}.crx`);
  });
  router.get('/caselight-:version.crx', (req, res) => {
    const r = byVersion(String(req.params.version));
    sendFile(res, r, r.files.crx.file, 'application/x-chrome-extension', `caselight-${r.version}.crx`);
  });
  router.get('/caselight.xpi', (_req, res) => {
    const r = latest();
    if (!r.files.xpi) throw new HttpError(404, 'no-firefox-build', { zh: '此发布包没有 Firefox 版', en: 'This release has no Firefox build' });
    sendFile(res, r, r.files.xpi.file, 'application/x-xpinstall', `caselight-${r.version}.xpi`);
  });
  router.get('/caselight-:version.xpi', (req, res) => {
    const r = byVersion(String(req.params.version));
    if (!r.files.xpi) throw new HttpError(404, 'no-firefox-build', { zh: '此发布包没有 Firefox 版', en: 'This release has no Firefox build' });
    sendFile(res, r, r.files.xpi.file, 'application/x-xpinstall', `caselight-${r.version}.xpi`);
  });

  // Administrators only (bearer token, as on /api/v1).
  const requireAdmin = async (req: Request, res: Response) => {
    if (!deps.store) throw new HttpError(503, 'no-store', { zh: '未配置数据库', en: 'No database configured' });
    const token = bearerToken(req);
    const principal = token === undefined || token.length > 200 ? undefined : await deps.store.users.findByToken(token);
    if (!principal) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="caselight"');
      throw unauthorized();
    }
    if (principal.role !== 'admin') throw forbidden({ zh: '此操作仅限：管理员', en: 'Only for: admin' });
  };
  router.get('/policies', async (req, res) => {
    await requireAdmin(req, res);
    const r = latest();
    const input = policyInput(r, deps.config);
    res.set('Cache-Control', 'no-store').json({
      version: r.version,
      extensionId: r.extensionId,
      geckoId: r.geckoId,
      updateUrl: `${r.baseUrl}/extension/update.xml`,
      companionUrl: input.companionUrl,
      hosts: input.hosts,
      createdAt: r.createdAt,
      ...(r.rollbackOf ? { rollbackOf: r.rollbackOf } : {}),
      releases: listReleases(dataDir).map((x) => ({ version: x.version, createdAt: x.createdAt, ...(x.rollbackOf ? { rollbackOf: x.rollbackOf } : {}) })),
      files: POLICY_FILES.map((f) => ({ name: f.name, url: `/extension/policies/${f.name}`, title: f.title, installTo: f.installTo })),
    });
  });
  router.get('/policies/:file', async (req, res) => {
    await requireAdmin(req, res);
    const file = POLICY_FILES.find((f) => f.name === req.params.file);
    if (!file) {
      throw new HttpError(404, 'not-found', {
        zh: `没有策略文件 ${String(req.params.file)}；可用：${POLICY_FILES.map((f) => f.name).join('、')}`,
        en: `No policy file ${String(req.params.file)}; available: ${POLICY_FILES.map((f) => f.name).join(', ')}`,
      });
    }
    const body = file.body(policyInput(latest(), deps.config));
    res.type(file.contentType).set('Cache-Control', 'no-store').set('Content-Disposition', `attachment; filename="${file.name}"`).send(body);
  });
  return router;
}
