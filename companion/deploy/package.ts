// Turns built extension folders into a release folder the companion serves (releases.ts): the
// signed CRX3 (Chrome, Edge and the domestic Chromium browsers), the Firefox .xpi and the wxt zip
// archives, with release.json naming each file and its SHA-256. scripts/package.ts drives it; the
// e2e tests use it on the test build.
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import yazl from 'yazl';
import { GECKO_ID } from '../../shared/deploy/package-manifest.ts';
import { signCrx, type SigningKey } from './signing.ts';
import { RELEASE_FILE, compareVersions, fileEntry, isVersion, listReleases, releasesRoot, type Release, type StoredRelease } from './releases.ts';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** Zips `dir`'s files with manifest.json at the archive's root (a Firefox .xpi is such a zip). */
export function zipDir(dir: string, outFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    const out = createWriteStream(outFile);
    out.on('close', () => resolve());
    out.on('error', reject);
    zip.outputStream.on('error', reject).pipe(out);
    for (const file of filesUnder(dir)) zip.addFile(file, relative(dir, file).split('\\').join('/'), { mtime: new Date(0) });
    zip.end();
  });
}

export function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** Rewrites manifest.json's version (used when a rollback re-issues old files under a higher version). */
export function setManifestVersion(dir: string, version: string): void {
  const manifest = readManifest(dir);
  manifest.version = version;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

export interface ReleaseInput {
  dataDir: string;
  key: SigningKey;
  /** The companion URL the manifests' update_url point at. */
  baseUrl: string;
  /** Built Chromium extension (manifest.json with update_url). */
  chromeDir: string;
  /** Built Firefox extension (MV3, gecko id and update_url), if any. */
  firefoxDir?: string;
  /** wxt zip archives to keep with the release. */
  zips?: { chrome?: string; edge?: string; firefox?: string };
  /** Replace a release of the same version (otherwise refused). */
  force?: boolean;
  rollbackOf?: string;
  now?: () => Date;
}

export class PackageError extends Error {}

/**
 * Writes <dataDir>/extension/releases/<version>/ from the built folders: copies them (chrome/,
 * firefox/ — kept so a later rollback can re-issue them), signs caselight.crx, zips caselight.xpi,
 * and moves the finished folder into place in one rename, so the companion never serves half a release.
 */
export async function writeRelease(input: ReleaseInput): Promise<StoredRelease> {
  const manifest = readManifest(input.chromeDir);
  const version = String(manifest.version ?? '');
  if (!isVersion(version)) throw new PackageError(`manifest version ${JSON.stringify(version)} is not an extension version (1-4 integers)`);
  if (input.firefoxDir) {
    const fv = String(readManifest(input.firefoxDir).version ?? '');
    if (fv !== version) throw new PackageError(`Firefox build version ${fv} differs from Chromium build version ${version}`);
  }
  const existing = listReleases(input.dataDir);
  const latest = existing[0];
  if (!input.force) {
    if (existing.some((r) => r.version === version)) {
      throw new PackageError(`版本 ${version} 已打包过；请先提高 package.json 的版本号 / version ${version} is already packaged: raise the version in package.json first (or pass --force to replace it)`);
    }
    if (latest && compareVersions(version, latest.version) < 0) {
      throw new PackageError(`版本 ${version} 低于已发布的 ${latest.version}，浏览器不会降级 / version ${version} is lower than the released ${latest.version}; browsers never downgrade (to roll back use --rollback-to)`);
    }
  }
  const root = releasesRoot(input.dataDir);
  mkdirSync(root, { recursive: true });
  const staging = join(root, `.staging-${version}-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    cpSync(input.chromeDir, join(staging, 'chrome'), { recursive: true });
    await signCrx(join(staging, 'chrome'), input.key, join(staging, 'caselight.crx'));
    const files: Release['files'] = { crx: fileEntry(staging, 'caselight.crx') };
    if (input.firefoxDir) {
      cpSync(input.firefoxDir, join(staging, 'firefox'), { recursive: true });
      await zipDir(join(staging, 'firefox'), join(staging, 'caselight.xpi'));
      files.xpi = fileEntry(staging, 'caselight.xpi');
    }
    const zipNames = { chrome: 'chromeZip', edge: 'edgeZip', firefox: 'firefoxZip' } as const;
    for (const [browser, field] of Object.entries(zipNames) as [keyof typeof zipNames, (typeof zipNames)[keyof typeof zipNames]][]) {
      const src = input.zips?.[browser];
      if (!src) continue;
      const name = basename(src);
      cpSync(src, join(staging, name));
      files[field] = fileEntry(staging, name);
    }
    const release: Release = {
      version,
      extensionId: input.key.extensionId,
      geckoId: GECKO_ID,
      baseUrl: input.baseUrl,
      createdAt: (input.now?.() ?? new Date()).toISOString(),
      ...(input.rollbackOf ? { rollbackOf: input.rollbackOf } : {}),
      files,
    };
    writeFileSync(join(staging, RELEASE_FILE), `${JSON.stringify(release, null, 2)}\n`);
    const target = join(root, version);
    if (existsSync(target)) rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
    return { ...release, dir: target };
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Rollback: browsers never install a lower version, so the files of release `from` are re-issued,
 * signed again, as `as` (which must be higher than every release).
 */
export async function rollbackRelease(opts: { dataDir: string; key: SigningKey; from: string; as: string; now?: () => Date }): Promise<StoredRelease> {
  const releases = listReleases(opts.dataDir);
  const source = releases.find((r) => r.version === opts.from);
  if (!source) throw new PackageError(`没有版本 ${opts.from} 的发布包 / no release ${opts.from} (have: ${releases.map((r) => r.version).join(', ') || 'none'})`);
  if (!isVersion(opts.as)) throw new PackageError(`--as ${JSON.stringify(opts.as)} is not an extension version`);
  const latest = releases[0];
  if (latest && compareVersions(opts.as, latest.version) <= 0) {
    throw new PackageError(`--as ${opts.as} 必须高于当前最高版本 ${latest.version} / must be higher than the latest release ${latest.version}, or browsers will not take it`);
  }
  const tmp = join(releasesRoot(opts.dataDir), `.rollback-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    cpSync(join(source.dir, 'chrome'), join(tmp, 'chrome'), { recursive: true });
    setManifestVersion(join(tmp, 'chrome'), opts.as);
    const hasFirefox = existsSync(join(source.dir, 'firefox'));
    if (hasFirefox) {
      cpSync(join(source.dir, 'firefox'), join(tmp, 'firefox'), { recursive: true });
      setManifestVersion(join(tmp, 'firefox'), opts.as);
    }
    return await writeRelease({
      dataDir: opts.dataDir, key: opts.key, baseUrl: source.baseUrl, chromeDir: join(tmp, 'chrome'),
      ...(hasFirefox ? { firefoxDir: join(tmp, 'firefox') } : {}), rollbackOf: opts.from, now: opts.now,
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
