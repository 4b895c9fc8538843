// `npm run cluster -- --instances 3`: several companions on one PostgreSQL, each its own process on
// its own port, as they run behind a load balancer in production (docs/scale.md). Also the launcher
// the scale-out tests and the cluster bench use: start, kill -9, restart on the same port, and a
// client-side round-robin spread (no balancer is needed to prove the cluster).
//
//   DATABASE_URL=postgresql://… npm run cluster -- --instances 3 [--base-port 8787] [--schema caselight] [--no-demo]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDemoTokens } from '../companion/demo/seed.ts';

export interface Instance {
  index: number;
  /** The port it listens on (kept across restarts, so the spread's list stays valid). */
  port: number;
  url: string;
  pid: number;
  /** Its data folder (demo-tokens.json when it seeded the demo). */
  dataDir: string;
  /** Everything it wrote to stdout and stderr (pino JSON lines and the start-up banner). */
  output(): string;
  /** The process has not ended. */
  alive(): boolean;
  /** Resolves with the exit code (null after a signal) once the process has ended. */
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface ClusterOptions {
  databaseUrl: string;
  /** PostgreSQL schema every instance works in (CASELIGHT_DB_SCHEMA). */
  schema?: string;
  /** Port of the first instance; the others follow. 0 lets each pick a free port. */
  basePort?: number;
  /** Further environment for every instance (CASELIGHT_* settings; they must match across instances). */
  env?: Record<string, string>;
  /** How long one instance may take to come up. */
  startTimeoutMs?: number;
  /** Keep each instance's data folder after it ends (the CLI: the demo tokens are there). */
  keepDataDir?: boolean;
}

const root = resolve(import.meta.dirname, '..');

/** Starts one companion process and resolves once it listens (rejects with its output if it exits first). */
export function startInstance(index: number, port: number, options: ClusterOptions): Promise<Instance> {
  const dataDir = mkdtempSync(join(tmpdir(), `caselight-cluster-${index}-`));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'companion/server.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      CASELIGHT_DATA_DIR: dataDir,
      CASELIGHT_LOG_LEVEL: 'warn',
      ...options.env,
      DATABASE_URL: options.databaseUrl,
      ...(options.schema ? { CASELIGHT_DB_SCHEMA: options.schema } : {}),
      CASELIGHT_PORT: String(port),
    },
  });
  let out = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => {
    if (!options.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
    done(code);
  }));
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`instance ${index} did not start in time:\n${out}`));
    }, options.startTimeoutMs ?? 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        const url = m[1];
        ok({
          index, url, port: Number(new URL(url).port), pid: child.pid as number, dataDir, exited,
          output: () => out,
          alive: () => child.exitCode === null && child.signalCode === null,
          kill: async (signal = 'SIGTERM') => {
            if (child.exitCode !== null || child.signalCode !== null) return;
            child.kill(signal);
            await exited;
          },
        });
      }
    });
    child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`instance ${index} exited (${code}) before listening:\n${out}`));
    });
  });
}

export interface Cluster {
  instances: Instance[];
  urls(): string[];
  /** kill -9 instance i (no shutdown, connections cut mid-request). */
  crash(i: number): Promise<void>;
  /** Starts instance i again on the port it had. */
  restart(i: number): Promise<Instance>;
  stop(): Promise<void>;
}

/** Starts `count` companions together (they race for the migrations, as a rolling deploy would). */
export async function startCluster(count: number, options: ClusterOptions): Promise<Cluster> {
  const base = options.basePort ?? 0;
  const started = await Promise.allSettled(Array.from({ length: count }, (_, i) => startInstance(i, base === 0 ? 0 : base + i, options)));
  const instances = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(instances.map((x) => x.kill('SIGKILL')));
    throw failed.reason;
  }
  return {
    instances,
    urls: () => instances.map((x) => x.url),
    crash: (i) => instances[i].kill('SIGKILL'),
    async restart(i) {
      const fresh = await startInstance(i, instances[i].port, options);
      instances[i] = fresh;
      return fresh;
    },
    async stop() {
      await Promise.all(instances.map((x) => x.kill('SIGTERM')));
    },
  };
}

/**
 * The tiny client-side spread: each call gives the next instance, and a caller that could not reach
 * one moves on to the next (`next()` again). A load balancer does the same with health checks.
 */
export function roundRobin(urls: () => readonly string[], start = 0): { next(): string } {
  let i = start;
  return {
    next() {
      const list = urls();
      const url = list[i % list.length];
      i++;
      return url;
    },
  };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const databaseUrl = process.env.DATABASE_URL;
  const count = Number(arg('instances') ?? 3);
  if (!databaseUrl || !Number.isInteger(count) || count < 1 || count > 32) {
    console.error('usage: DATABASE_URL=postgresql://… npm run cluster -- --instances 3 [--base-port 8787] [--schema name] [--no-demo]');
    process.exit(2);
  }
  const demo = !process.argv.includes('--no-demo');
  const options: ClusterOptions = {
    databaseUrl,
    schema: arg('schema'),
    basePort: Number(arg('base-port') ?? 8787),
    keepDataDir: true,
    env: { CASELIGHT_LOG_LEVEL: process.env.CASELIGHT_LOG_LEVEL ?? 'info', CASELIGHT_DEMO: demo ? '1' : '0' },
  };
  // The first instance seeds the demo (on an empty ledger); the others start together after it.
  const first = await startInstance(0, options.basePort as number, options);
  const rest = count > 1 ? await startCluster(count - 1, { ...options, basePort: (options.basePort as number) + 1, env: { ...options.env, CASELIGHT_DEMO: '0' } }) : undefined;
  const all = [first, ...(rest?.instances ?? [])];
  all.forEach((x, i) => console.log(`instance ${i}: ${x.url} (pid ${x.pid})`));
  const tokens = readDemoTokens(first.dataDir);
  if (tokens) {
    console.log(`demo accounts (seeded by instance 0; kept in ${join(first.dataDir, 'demo-tokens.json')}):`);
    for (const u of tokens) console.log(`  ${u.role.padEnd(10)} ${u.unitCode}  ${u.name}  ${u.token}`);
  }
  console.log(`${all.length} companions on one PostgreSQL; readiness: ${all.map((x) => `${x.url}/readyz`).join(' ')}. Ctrl-C stops them.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) process.exit(1);
    stopping = true;
    await Promise.all(all.map((x) => x.kill('SIGTERM')));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  for (const x of all) {
    void x.exited.then((code) => {
      if (!stopping) console.error(`instance on ${x.url} exited (${code})`);
    });
  }
}
