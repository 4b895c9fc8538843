// Packaged releases of the extension, one folder per version under <dataDir>/extension/releases/
// (scripts/package.ts writes them; routes/extension-updates.ts serves the highest). Read from disk
// on every request, so a new `npm run package` is served without restarting the companion.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const RELEASES_DIR = join('extension', 'releases');
export const RELEASE_FILE = 'release.json';

/** A Chromium/Firefox extension version: one to four dot-separated integers 0-65535, no leading zeros. */
export const VERSION_RE = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/;

export function isVersion(v: string): boolean {
  return VERSION_RE.test(v) && v.split('.').every((p) => Number(p) <= 65535);
}

/** Negative, zero or positive as a is lower than, equal to or higher than b (missing parts count 0). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const FileEntry = z.object({ file: z.string().regex(/^[A-Za-z0-9._-]+$/), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().min(0) });
export type FileEntry = z.infer<typeof FileEntry>;

export const ReleaseSchema = z.object({
  version: z.string().refine(isVersion, 'not an extension version'),
  extensionId: z.string().regex(/^[a-p]{32}$/),
  geckoId: z.string().min(1),
  /** The companion URL the packaged manifests point their updaters at. */
  baseUrl: z.string().url(),
  createdAt: z.string(),
  /** Set when this release re-issues an older one's files under a higher version (rollback). */
  rollbackOf: z.string().optional(),
  files: z.object({
    crx: FileEntry,
    xpi: FileEntry.optional(),
    chromeZip: FileEntry.optional(),
    edgeZip: FileEntry.optional(),
    firefoxZip: FileEntry.optional(),
  }),
});
export type Release = z.infer<typeof ReleaseSchema>;

export interface StoredRelease extends Release { dir: string }

export function releasesRoot(dataDir: string): string {
  return join(dataDir, RELEASES_DIR);
}

export function fileEntry(dir: string, file: string): FileEntry {
  const bytes = readFileSync(join(dir, file));
  return { file, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

/** Every readable release, highest version first; a folder without a valid release.json is skipped. */
export function listReleases(dataDir: string): StoredRelease[] {
  const root = releasesRoot(dataDir);
  if (!existsSync(root)) return [];
  const out: StoredRelease[] = [];
  for (const name of readdirSync(root)) {
    const dir = join(root, name);
    try {
      const parsed = ReleaseSchema.safeParse(JSON.parse(readFileSync(join(dir, RELEASE_FILE), 'utf8')));
      if (parsed.success && parsed.data.version === name && existsSync(join(dir, parsed.data.files.crx.file))) out.push({ ...parsed.data, dir });
    } catch {
      // not a release folder (no or unreadable release.json)
    }
  }
  return out.sort((a, b) => compareVersions(b.version, a.version));
}

export function latestRelease(dataDir: string): StoredRelease | undefined {
  return listReleases(dataDir)[0];
}
