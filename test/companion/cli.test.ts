import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../companion/cli.ts';
import { hashToken } from '../../companion/db/tokens.ts';
import { openStore } from '../../companion/db/store.ts';

describe('npm run companion -- …', () => {
  let dataDir: string;
  let out: string[];
  let err: string[];
  beforeEach(() => { dataDir = mkdtempSync(join(tmpdir(), 'caselight-cli-')); out = []; err = []; });
  afterEach(() => { rmSync(dataDir, { recursive: true, force: true }); });
  const cli = (...argv: string[]) => runCli(argv, { env: { CASELIGHT_DATA_DIR: dataDir }, out: (l) => out.push(l), err: (l) => err.push(l) });

  it('adds units under a parent and lists them as a tree', async () => {
    expect(await cli('units', 'add', '--code', '320100', '--name', '南京市人民检察院')).toBe(0);
    expect(await cli('units', 'add', '--code', '320102', '--name', '玄武区人民检察院', '--parent', '320100')).toBe(0);
    out = [];
    expect(await cli('units', 'list')).toBe(0);
    expect(out).toEqual(['320100  南京市人民检察院', '  320102  玄武区人民检察院']);
  });

  it('refuses a unit whose parent does not exist, and a duplicate code', async () => {
    expect(await cli('units', 'add', '--code', '320102', '--name', '玄武', '--parent', '999')).toBe(1);
    expect(err.join('\n')).toContain('no such parent unit');
    await cli('units', 'add', '--code', '320100', '--name', '南京');
    expect(await cli('units', 'add', '--code', '320100', '--name', '南京')).toBe(1);
  });

  it('prints a new token once and stores only its hash', async () => {
    await cli('units', 'add', '--code', '320100', '--name', '南京');
    out = [];
    expect(await cli('users', 'add', '--name', '张三', '--role', 'prosecutor', '--unit', '320100', '--json')).toBe(0);
    const created = JSON.parse(out.join('\n')) as { id: string; token: string };
    expect(created.token).toMatch(/^clt_[A-Za-z0-9_-]{43}$/);
    const store = await openStore({ dataDir });
    const row = await store.db.selectFrom('users').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(await store.users.findByToken(created.token)).toMatchObject({ id: created.id, role: 'prosecutor', unitCode: '320100' });
    await store.close();
    out = [];
    await cli('users', 'list');
    expect(out.join('\n')).toContain('张三');
    expect(out.join('\n')).not.toContain(created.token);
  });

  it('marks 院领导/部门负责人 who handle cases themselves with --leader', async () => {
    await cli('units', 'add', '--code', '320100', '--name', '南京');
    expect(await cli('users', 'add', '--name', '李检', '--role', 'supervisor', '--unit', '320100', '--leader')).toBe(0);
    expect(out.join('\n')).toContain('leader');
    expect(await cli('users', 'add', '--name', '王五', '--role', 'prosecutor', '--unit', '320100', '--json')).toBe(0);
    out = [];
    expect(await cli('users', 'list', '--json')).toBe(0);
    const users = JSON.parse(out.join('\n')) as Array<{ name: string; leader: number }>;
    expect(users.map((u) => [u.name, u.leader]).sort()).toEqual([['李检', 1], ['王五', 0]]);
  });

  it('revokes a token so it no longer authenticates', async () => {
    await cli('units', 'add', '--code', '320100', '--name', '南京');
    out = [];
    await cli('users', 'add', '--name', '李四', '--role', 'supervisor', '--unit', '320100', '--json');
    const { id, token } = JSON.parse(out.join('\n')) as { id: string; token: string };
    expect(await cli('users', 'revoke', id)).toBe(0);
    expect(await cli('users', 'revoke', id)).toBe(1);
    const store = await openStore({ dataDir });
    expect(await store.users.findByToken(token)).toBeUndefined();
    await store.close();
  });

  it('refuses an unknown role, an unknown unit, an unknown command and a bad environment', async () => {
    expect(await cli('users', 'add', '--name', 'x', '--role', 'boss', '--unit', '1')).toBe(1);
    expect(await cli('users', 'add', '--name', 'x', '--role', 'admin', '--unit', 'nope')).toBe(1);
    expect(await cli('cases', 'delete')).toBe(1);
    expect(await runCli(['units', 'list'], { env: { DATABASE_URL: 'mysql://x' }, out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(err.join('\n')).toContain('DATABASE_URL');
  });
});
