// `npm run companion -- <command>`: manage units and users on the companion's database.
//   units add --code 320100 --name 南京市人民检察院 [--parent 320000]
//   units list
//   users add --name 张三 --role prosecutor|supervisor|trainer|admin --unit 320102 [--leader]   (prints the token once;
//             --leader: 院领导/部门负责人 who handle cases themselves)
//   users list [--unit 320102]
//   users revoke <user-id>
//   demo tokens                                                                       (the demo accounts' tokens)
// Add --json for machine-readable output. Uses the same configuration as the server (CASELIGHT_DATA_DIR, DATABASE_URL).
import { parseArgs } from 'node:util';
import { RoleSchema, UnitCodeSchema } from '../shared/api/index.ts';
import { subtree } from './auth/scope.ts';
import { ConfigError, defaultThresholds, loadConfig } from './config.ts';
import { openStore, type Store } from './db/store.ts';
import { readDemoTokens } from './demo/seed.ts';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  err: (line: string) => void;
}

const usage = `用法 / usage: npm run companion -- <command>
  units add --code <code> --name <名称> [--parent <code>]
  units list
  users add --name <姓名> --role <prosecutor|supervisor|trainer|admin> --unit <code> [--leader]
  users list [--unit <code>]
  users revoke <user-id>
  demo tokens
options: --json  machine-readable output`;

class UsageError extends Error {}

function need(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`缺少 / missing --${flag}`);
  return value.trim();
}

/** Runs one command; returns the process exit code (0 ok, 1 error, 2 bad configuration). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        code: { type: 'string' }, name: { type: 'string' }, parent: { type: 'string' },
        role: { type: 'string' }, unit: { type: 'string' }, leader: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n${usage}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const [group, command, ...rest] = positionals;
  if (values.help || !group) {
    io.out(usage);
    return values.help ? 0 : 1;
  }
  let config;
  try {
    config = loadConfig(io.env, []);
  } catch (e) {
    if (e instanceof ConfigError) { io.err(e.message); return 2; }
    throw e;
  }
  let store: Store | undefined;
  try {
    store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, pgSchema: config.dbSchema, thresholds: defaultThresholds(config) });
    const json = (v: unknown) => io.out(JSON.stringify(v, null, 2));
    const key = `${group} ${command ?? ''}`.trim();
    switch (key) {
      case 'units add': {
        const code = need(values.code, 'code');
        if (!UnitCodeSchema.safeParse(code).success) throw new UsageError(`单位编码无效 / bad unit code: ${code} (letters, digits, _ or -)`);
        const r = await store.units.add({ code, name: need(values.name, 'name'), parentCode: values.parent?.trim() || null });
        if (!r.ok) throw new UsageError(r.code === 'exists' ? `单位已存在 / unit exists: ${code}` : `上级单位不存在 / no such parent unit: ${values.parent}`);
        if (values.json) json(r.unit); else io.out(`已添加单位 / added unit ${r.unit.code} ${r.unit.name}`);
        return 0;
      }
      case 'units list': {
        const units = await store.units.list();
        if (values.json) { json(units); return 0; }
        const roots = units.filter((u) => u.parent_code === null || !units.some((p) => p.code === u.parent_code));
        const depth = new Map<string, number>();
        for (const r of roots) subtree(units, r.code).forEach((c) => {
          const u = units.find((x) => x.code === c);
          depth.set(c, u?.parent_code && depth.has(u.parent_code) ? (depth.get(u.parent_code) as number) + 1 : 0);
        });
        for (const r of roots) for (const c of subtree(units, r.code)) {
          const u = units.find((x) => x.code === c);
          if (u) io.out(`${'  '.repeat(depth.get(c) ?? 0)}${u.code}  ${u.name}`);
        }
        if (units.length === 0) io.out('（无单位 / no units）');
        return 0;
      }
      case 'users add': {
        const role = RoleSchema.safeParse(need(values.role, 'role'));
        if (!role.success) throw new UsageError(`角色无效 / bad role: ${values.role} (prosecutor, supervisor, trainer, admin)`);
        const r = await store.users.add({ name: need(values.name, 'name'), role: role.data, unitCode: need(values.unit, 'unit'), leader: values.leader === true });
        if (!r.ok) throw new UsageError(`单位不存在 / no such unit: ${values.unit} (npm run companion -- units add …)`);
        if (values.json) { json({ ...r.user, token: r.token }); return 0; }
        io.out(`已添加用户 / added user ${r.user.name} (${r.user.role}${r.user.leader ? ', 院领导/部门负责人 leader' : ''}, ${r.user.unit_code})`);
        io.out(`  id:    ${r.user.id}`);
        io.out(`  token: ${r.token}`);
        io.out('令牌只显示这一次，请妥善交给本人 / The token is shown only now; hand it to its owner.');
        return 0;
      }
      case 'users list': {
        let scope: Parameters<Store['users']['list']>[0] = { all: true };
        if (values.unit) scope = { all: false, unitCodes: subtree(await store.units.list(), values.unit) };
        const users = await store.users.list(scope);
        if (values.json) { json(users); return 0; }
        for (const u of users) io.out(`${u.id}  ${u.role.padEnd(10)} ${u.unit_code.padEnd(8)} ${u.name}${u.leader ? '  [领导 leader]' : ''}${u.revoked_at ? `  [已吊销 revoked ${u.revoked_at}]` : ''}`);
        if (users.length === 0) io.out('（无用户 / no users）');
        return 0;
      }
      case 'users revoke': {
        const id = rest[0] ?? positionals[2];
        if (!id) throw new UsageError('缺少用户 id / missing user id');
        if (!(await store.users.revoke(id))) throw new UsageError(`没有该有效用户 / no active user ${id}`);
        if (values.json) json({ revoked: id }); else io.out(`已吊销 / revoked ${id}`);
        return 0;
      }
      case 'demo tokens': {
        const users = readDemoTokens(config.dataDir);
        if (!users) throw new UsageError('此数据目录未生成演示数据 / this data folder was not seeded with the demo');
        if (values.json) json(users); else for (const u of users) io.out(`${u.role.padEnd(10)} ${u.unitCode}  ${u.name}\n  ${u.token}`);
        return 0;
      }
      default:
        throw new UsageError(`未知命令 / unknown command: ${key}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${usage}`);
      return 1;
    }
    throw e;
  } finally {
    await store?.close();
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  process.exitCode = await runCli(process.argv.slice(2), { env: process.env, out: (l) => console.log(l), err: (l) => console.error(l) });
}
