import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PackageError, readManifest, rollbackRelease, writeRelease } from '../../../companion/deploy/package.ts';
import { loadOrCreateKey, type SigningKey } from '../../../companion/deploy/signing.ts';
import { apiFixture, auth, backends } from '../helpers.ts';

const BASE = 'http://10.1.2.3:8787';

/** A tiny built extension (what wxt writes), with the packaged manifest's update_url. */
function buildDir(root: string, version: string, browser: 'chrome' | 'firefox' = 'chrome'): string {
  const dir = join(root, `${browser}-${version}`);
  mkdirSync(join(dir, 'content-scripts'), { recursive: true });
  const manifest = browser === 'chrome'
    ? { manifest_version: 3, name: 'CaseLight', version, update_url: `${BASE}/extension/update.xml` }
    : { manifest_version: 3, name: 'CaseLight', version, browser_specific_settings: { gecko: { id: 'caselight@caselight.local', update_url: `${BASE}/extension/updates.json` } } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'content-scripts', 'caselight.js'), `console.log(${JSON.stringify(version)});`);
  return dir;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('/extension (sqlite)', () => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  let work: string;
  let key: SigningKey;
  const release = (version: string, withFirefox = true) => writeRelease({
    dataDir: f.t.dataDir, key, baseUrl: BASE, chromeDir: buildDir(work, version),
    ...(withFirefox ? { firefoxDir: buildDir(work, version, 'firefox') } : {}),
  });

  beforeEach(async () => {
    f = await apiFixture(backends[0], { publicUrl: BASE, extensionHosts: ['http://*.jcy/*', 'http://10.1.2.9/*'] });
    work = mkdtempSync(join(tmpdir(), 'caselight-ext9-'));
    key = loadOrCreateKey(f.t.dataDir);
  });
  afterEach(async () => {
    await f.t.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it('keeps the signing key private (0600) and writes the extension id beside it; a second run reuses it', () => {
    expect(key.created).toBe(true);
    expect(statSync(key.path).mode & 0o777).toBe(0o600);
    expect(key.extensionId).toMatch(/^[a-p]{32}$/);
    expect(readFileSync(join(f.t.dataDir, 'extension-id'), 'utf8').trim()).toBe(key.extensionId);
    const again = loadOrCreateKey(f.t.dataDir);
    expect(again.created).toBe(false);
    expect(again.extensionId).toBe(key.extensionId);
  });

  it('answers 404 with a reason before anything is packaged, and JSON (not the dashboard) for unknown paths', async () => {
    const res = await request(f.app).get('/extension/update.xml').expect(404);
    expect(res.body).toMatchObject({ error: 'no-release' });
    expect(JSON.stringify(res.body)).toContain('npm run package');
    await request(f.app).get('/extension/nothing-here').set('Accept', 'text/html').expect(404).expect('Content-Type', /json/);
  });

  it('serves the update manifest and the signed CRX3 of the highest release, and follows a new package without a restart', async () => {
    await release('1.0.0');
    const xml = (await request(f.app).get('/extension/update.xml?x=id%3Dabc%26v%3D0.9').expect(200).expect('Content-Type', /xml/)).text;
    expect(xml).toContain(`<app appid="${key.extensionId}">`);
    expect(xml).toContain(`codebase="${BASE}/extension/caselight-1.0.0.crx"`);
    expect(xml).toContain('version="1.0.0"');

    const crx = (await request(f.app).get('/extension/caselight.crx').buffer(true).parse(binary).expect(200).expect('Content-Type', 'application/x-chrome-extension')).body as Buffer;
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    expect(xml).toContain(`hash_sha256="${sha256(crx)}"`);

    await release('1.0.1');
    const newer = (await request(f.app).get('/extension/update.xml').expect(200)).text;
    expect(newer).toContain('version="1.0.1"');
    expect(newer).toContain(`codebase="${BASE}/extension/caselight-1.0.1.crx"`);
    // The older file stays downloadable (a browser mid-update, or an administrator comparing).
    const old = (await request(f.app).get('/extension/caselight-1.0.0.crx').buffer(true).parse(binary).expect(200)).body as Buffer;
    expect(sha256(old)).toBe(sha256(crx));
    await request(f.app).get('/extension/caselight-9.9.9.crx').expect(404);
  });

  it('refuses to package a version again or a lower one (browsers never downgrade); --force replaces', async () => {
    await release('1.2.0');
    await expect(release('1.2.0')).rejects.toThrow(PackageError);
    await expect(release('1.1.9')).rejects.toThrow(/never downgrade/);
    const forced = await writeRelease({ dataDir: f.t.dataDir, key, baseUrl: BASE, chromeDir: buildDir(work, '1.2.0'), force: true });
    expect(forced.version).toBe('1.2.0');
  });

  it('rolls back by re-issuing an old release under a higher version', async () => {
    await release('2.0.0');
    await release('2.1.0');
    await expect(rollbackRelease({ dataDir: f.t.dataDir, key, from: '2.0.0', as: '2.0.5' })).rejects.toThrow(/higher/);
    const r = await rollbackRelease({ dataDir: f.t.dataDir, key, from: '2.0.0', as: '2.1.1' });
    expect(r.rollbackOf).toBe('2.0.0');
    expect(readManifest(join(r.dir, 'chrome')).version).toBe('2.1.1');
    expect(readFileSync(join(r.dir, 'chrome', 'content-scripts', 'caselight.js'), 'utf8')).toContain('"2.0.0"');
    expect((await request(f.app).get('/extension/update.xml').expect(200)).text).toContain('version="2.1.1"');
  });

  it('serves Firefox\'s updates.json with every release\'s .xpi and its hash', async () => {
    await release('3.0.0');
    await release('3.0.1');
    const res = await request(f.app).get('/extension/updates.json').expect(200);
    const updates = res.body.addons['caselight@caselight.local'].updates as { version: string; update_link: string; update_hash: string }[];
    expect(updates.map((u) => u.version)).toEqual(['3.0.1', '3.0.0']);
    const xpi = (await request(f.app).get('/extension/caselight-3.0.1.xpi').buffer(true).parse(binary).expect(200).expect('Content-Type', 'application/x-xpinstall')).body as Buffer;
    expect(xpi.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(updates[0].update_hash).toBe(`sha256:${sha256(xpi)}`);
    expect(updates[0].update_link).toBe(`${BASE}/extension/caselight-3.0.1.xpi`);
  });

  it('gives the policy files to administrators only', async () => {
    await release('1.0.0');
    await request(f.app).get('/extension/policies').expect(401);
    await request(f.app).get('/extension/policies/linux-policy.json').set(auth(f.w.citySupervisor)).expect(403);
    const index = (await request(f.app).get('/extension/policies').set(auth(f.w.admin)).expect(200)).body;
    expect(index).toMatchObject({ version: '1.0.0', extensionId: key.extensionId, updateUrl: `${BASE}/extension/update.xml` });
    expect(index.files.map((x: { name: string }) => x.name)).toEqual(
      ['chrome.reg', 'edge.reg', 'admx.txt', 'linux-policy.json', 'external-extension.json', 'managed-storage.json', 'firefox-policies.json']);
    const missing = await request(f.app).get('/extension/policies/nope.reg').set(auth(f.w.admin)).expect(404);
    expect(missing.body.message?.en ?? JSON.stringify(missing.body)).toContain('linux-policy.json');
  });

  it('writes the real id, update URL and managed settings into every policy file', async () => {
    await release('1.0.0');
    const get = async (name: string) => (await request(f.app).get(`/extension/policies/${name}`).set(auth(f.w.admin)).expect(200)).text;
    const id = key.extensionId;
    const linux = JSON.parse(await get('linux-policy.json'));
    expect(linux.ExtensionInstallForcelist).toEqual([`${id};${BASE}/extension/update.xml`]);
    expect(linux.ExtensionSettings[id]).toMatchObject({
      installation_mode: 'force_installed', update_url: `${BASE}/extension/update.xml`,
      runtime_blocked_hosts: ['*://*'], runtime_allowed_hosts: ['http://*.jcy', 'http://10.1.2.9', 'http://10.1.2.3'],
    });
    expect(linux['3rdparty'].extensions[id]).toEqual({ companionUrl: BASE, allowedHosts: ['http://*.jcy/*', 'http://10.1.2.9/*'], trainingMode: false });
    expect(JSON.parse(await get('managed-storage.json'))).toEqual(linux['3rdparty'].extensions[id]);
    expect(JSON.parse(await get('external-extension.json'))).toEqual({ external_update_url: `${BASE}/extension/update.xml` });

    const reg = await get('chrome.reg');
    expect(reg.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    expect(reg).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist]\r\n"1"="${id};${BASE}/extension/update.xml"`);
    expect(reg).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${id}\\policy]\r\n"companionUrl"="${BASE}"\r\n"trainingMode"=dword:00000000`);
    expect(reg).toContain('\\allowedHosts]\r\n"1"="http://*.jcy/*"\r\n"2"="http://10.1.2.9/*"');
    // ExtensionSettings is one REG_SZ holding JSON: its quotes are escaped, and it parses back.
    const settingsLine = reg.split('\r\n').find((l) => l.startsWith('"ExtensionSettings"='))!;
    const unescaped = settingsLine.slice('"ExtensionSettings"="'.length, -1).replace(/\\(["\\])/g, '$1');
    expect(JSON.parse(unescaped)).toEqual(linux.ExtensionSettings);
    expect(/[^\x20-\x7e\r\n]/.test(reg)).toBe(false);
    expect(await get('edge.reg')).toContain('[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist]');

    const admx = await get('admx.txt');
    expect(admx).toContain(`${id};${BASE}/extension/update.xml`);
    expect(admx).toContain(JSON.stringify(linux.ExtensionSettings));

    const firefox = JSON.parse(await get('firefox-policies.json'));
    expect(firefox.policies.ExtensionSettings['caselight@caselight.local']).toEqual({ installation_mode: 'force_installed', install_url: `${BASE}/extension/caselight-1.0.0.xpi` });
    expect(firefox.policies['3rdparty'].Extensions['caselight@caselight.local']).toEqual(linux['3rdparty'].extensions[id]);
  });
});
