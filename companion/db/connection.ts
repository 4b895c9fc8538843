// Opens the ledger database: SQLite (better-sqlite3, WAL) in the data folder by default, or
// PostgreSQL when a URL is given. Both go through Kysely, so every query runs on either.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  Kysely, Migrator, PostgresDialect, SqliteDialect, sql,
  type DatabaseIntrospector, type DatabaseMetadata, type MigrationResultSet, type SchemaMetadata, type TableMetadata,
} from 'kysely';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { createIngestWriter, type IngestWriter } from './ingest-writer.ts';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

/** Where a connection points, so another thread can open its own (the export workers). */
export type ConnectionInfo = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string; schema: string };

export interface Connection {
  db: Kysely<Database>;
  dialect: Dialect;
  info: ConnectionInfo;
  /** The SQLite file, when on SQLite. */
  file?: string;
  /**
   * On SQLite, the one better-sqlite3 connection Kysely runs on (its prepare() cached): the ingest
   * hot path runs prepared statements on it directly, inside the transaction Kysely opened there.
   */
  sqlite?: BetterSqlite3.Database;
  /** On SQLite, the writer thread that stores ingested batches on its own connection (ingest-writer.ts). */
  ingestWriter?: IngestWriter;
  /** The PostgreSQL schema the tables live in. */
  schema?: string;
  /**
   * A connection for one long read that streams through a database cursor (an export). On SQLite
   * its own read-only connection: its one statement reads a consistent snapshot while the ledger
   * goes on writing through the main connection (WAL), and it never holds the main connection. On
   * PostgreSQL the pool, whose queries stream with a server-side cursor (pg-cursor).
   */
  reader(): Promise<{ db: Kysely<Database>; release(): Promise<void> }>;
  close(): Promise<void>;
}

export interface ConnectionOptions {
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL schema to work in (tests use a fresh one per run); created when missing. */
  pgSchema?: string;
  /** Pool size on PostgreSQL. */
  poolSize?: number;
}

export const SQLITE_FILE = 'caselight.sqlite';

export async function openConnection(options: ConnectionOptions): Promise<Connection> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const file = join(options.dataDir, SQLITE_FILE);
  ownerOnly(file);
  const { db, sqlite } = openSqliteLedger(file);
  const writer = createIngestWriter(file);
  return {
    db, dialect: 'sqlite', sqlite, file, info: { dialect: 'sqlite', file }, ingestWriter: writer, reader: () => sqliteReader(file),
    close: async () => { await writer.close(); await db.destroy(); },
  };
}

/**
 * A read-write connection to the ledger file, as the companion's thread and the SQLite writer
 * thread (ingest-worker.ts) each open it. Transactions begin IMMEDIATE: with two writing connections
 * a transaction that read first and wrote later could otherwise find its snapshot outdated by the
 * other's commit (SQLITE_BUSY, not retried); IMMEDIATE takes the write lock at its start, waiting
 * (busy_timeout) while the other connection commits.
 */
export function openSqliteLedger(file: string): { db: Kysely<Database>; sqlite: BetterSqlite3.Database } {
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before the HTTP answer acknowledges it (survives power loss, not only kill -9).
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  // 64 MB of page cache: event ids are random UUIDs, so inserts touch pages all over the index.
  raw.pragma('cache_size = -65536');
  // Checkpoint the WAL less often (each checkpoint fsyncs the database file too).
  raw.pragma('wal_autocheckpoint = 4000');
  const sqlite = withStatementCache(raw);
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), sqlite };
}

/** A read-only SQLite connection of its own (WAL: it reads a consistent snapshot while the ledger writes). */
async function sqliteReader(file: string): Promise<{ db: Kysely<Database>; release(): Promise<void> }> {
  const ro = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  ro.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: ro }) });
  return { db, release: () => db.destroy() };
}

/**
 * A read-only view of the ledger for another thread (an export worker): on SQLite a read-only
 * connection (plus one per `reader()`), on PostgreSQL a small pool of its own with cursors.
 */
export async function openReadOnly(info: ConnectionInfo): Promise<Pick<Connection, 'db' | 'dialect' | 'reader' | 'close'>> {
  if (info.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: info.url, max: 2, options: `-c search_path=${info.schema}` });
    survivesDroppedConnections(pool);
    const db = new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool, cursor: Cursor }) });
    return { db, dialect: 'postgres', reader: async () => ({ db, release: async () => {} }), close: () => db.destroy() };
  }
  const { db, release } = await sqliteReader(info.file);
  return { db, dialect: 'sqlite', reader: () => sqliteReader(info.file), close: release };
}

/**
 * The ledger is readable and writable by the companion's user only (0600). A new file is created so
 * before SQLite opens it, and SQLite gives its -wal and -shm files the database file's mode; an
 * existing ledger (and its -wal/-shm) made with a looser mode is tightened.
 */
function ownerOnly(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/**
 * Kysely prepares every query afresh; the ledger runs the same few statements all day. Keep the
 * most recent prepared statements (by SQL text) so better-sqlite3 does not re-parse them.
 */
function withStatementCache(sqlite: BetterSqlite3.Database, size = 200): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = (text: string) => {
    // Kysely begins its transactions with a plain `begin` (deferred); see openSqliteLedger.
    const source = text === 'begin' ? 'begin immediate' : text;
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
    } else {
      statement = sqlite.prepare(source);
      if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    }
    cache.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, prop, receiver) {
      if (prop === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * A connection the server drops (pg_terminate_backend, a failover, a restart) emits 'error' on its
 * client, and on the pool when idle; with no listener either would end the process. Listened to,
 * the query that was running (or the next one on that client) fails instead: its request answers
 * 5xx with its transaction rolled back, for the client to resend; the pool discards the broken
 * connection and opens a new one for the next query. (test/companion/scale/cluster-oracle.test.ts)
 */
function survivesDroppedConnections(pool: pg.Pool): void {
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
}

/** Leads the text of a statement the ingest runs all day (ledger-io.ts): run as a named prepared statement. */
export const PREPARED_MARK = '/* caselight:prepared */';

/**
 * Kysely sends every query unnamed, so PostgreSQL parses and plans it anew each time; the ingest's
 * few big statements (ledger-io.ts) took longer to plan than to run (6 ms against 2.4 ms). A
 * statement whose text starts with PREPARED_MARK runs as a named prepared statement on each
 * connection (node-postgres prepares it once per connection; PostgreSQL may then reuse its plan).
 * Only marked texts are named, so the set stays small and fixed.
 */
function preparesMarkedStatements(pool: pg.Pool): void {
  const names = new Map<string, string>();
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const [text, values] = args;
      if (typeof text === 'string' && text.startsWith(PREPARED_MARK) && (values === undefined || Array.isArray(values)) && args.length <= 2) {
        let name = names.get(text);
        if (name === undefined) { name = `caselight_${names.size + 1}`; names.set(text, name); }
        return query({ name, text, values });
      }
      return query(...args);
    };
  });
}

/**
 * Statements prepared on the server by SQL (`prepare … as …`), once per connection, and run by
 * `execute name(literals)` inside a simple-protocol text of several statements (serverQuery()). One
 * text can then open the transaction, take a lock and run the batch's statement, or run the batch's
 * last statement and commit: one round trip where node-postgres, which sends one statement at a
 * time, needed three (issue 12). Names by definition text, like PREPARED_MARK's.
 */
const serverStatements = new Map<string, string>();
const serverDefinitions = new Map<string, string>();
const SERVER_QUERY_MARK = '/* caselight:server';

/** The name `definition` (SQL with $1…$n) runs under in serverQuery(); registered on first use. */
export function serverStatement(definition: string): string {
  let name = serverStatements.get(definition);
  if (name === undefined) {
    name = `caselight_s${serverStatements.size + 1}`;
    serverStatements.set(definition, name);
    serverDefinitions.set(name, definition);
  }
  return name;
}

/**
 * A simple-protocol text of several statements (no parameters: values are literal()s) that may
 * `execute` the named server statements in `uses`: each is prepared first on the connection that
 * runs the text, if it has not been. Run it with Kysely's sql.raw; it answers the last statement's rows.
 */
export function serverQuery(uses: readonly string[], text: string): string {
  return `${SERVER_QUERY_MARK} ${uses.join(' ')} */ ${text}`;
}

/**
 * A value as an SQL literal for serverQuery(): strings single-quoted with quotes doubled (the pool
 * sets standard_conforming_strings, so a backslash is an ordinary character), arrays of strings as
 * text-array literals, integers as they are, null and undefined as null.
 */
export function literal(value: string | number | null | undefined | readonly string[]): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`not an integer literal: ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  return literal(`{${value.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`);
}

function runsServerQueries(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const prepared = new Set<string>();
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const [text, values] = args;
      if (typeof text !== 'string' || !text.startsWith(SERVER_QUERY_MARK) || args.length > 2 || (values !== undefined && !(Array.isArray(values) && values.length === 0))) {
        return query(...args);
      }
      return (async () => {
        const uses = text.slice(SERVER_QUERY_MARK.length, text.indexOf('*/')).trim().split(' ').filter((n) => n !== '');
        for (const name of uses) {
          if (prepared.has(name)) continue;
          const definition = serverDefinitions.get(name);
          if (definition === undefined) throw new Error(`unknown server statement ${name}`);
          // On its own, outside any transaction: once it succeeds it lasts as long as the connection.
          await query(`prepare ${name} as ${definition}`);
          prepared.add(name);
        }
        const result = await query(text);
        return Array.isArray(result) ? result[result.length - 1] : result;
      })();
    };
  });
}

async function openPostgres(url: string, options: ConnectionOptions): Promise<Connection> {
  const schema = options.pgSchema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`bad PostgreSQL schema name: ${schema}`);
  if (schema) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`create schema if not exists ${schema}`);
    } catch (err) {
      // Instances starting together race to create it; "already exists" from the loser is fine.
      if (!['23505', '42P06'].includes((err as { code?: string }).code ?? '')) throw err;
    } finally { await client.end(); }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // standard_conforming_strings: literal() relies on it (it is PostgreSQL's default).
    options: `-c standard_conforming_strings=on${schema ? ` -c search_path=${schema}` : ''}`,
  });
  survivesDroppedConnections(pool);
  preparesMarkedStatements(pool);
  runsServerQueries(pool);
  const db = new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool, cursor: Cursor }) });
  const current = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const inSchema = current.rows[0]?.schema ?? schema ?? 'public';
  return {
    db, dialect: 'postgres', schema: inSchema, info: { dialect: 'postgres', url, schema: inSchema },
    reader: async () => ({ db, release: async () => {} }),
    close: () => db.destroy(),
  };
}

/**
 * Kysely's PostgreSQL introspector lists every table of every schema, columns included, resolving
 * each table by name (pg_get_serial_sequence): when another companion or test run drops its own
 * schema's tables meanwhile, the listing fails with "relation … does not exist" and the migrator
 * with it. The migrator only asks whether its two tables exist in its schema, so the introspector
 * here looks at the connection's own schema (search_path) only.
 */
class OwnSchemaIntrospector implements DatabaseIntrospector {
  constructor(private readonly db: Kysely<unknown>) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const r = await sql<{ name: string }>`select current_schema() as name`.execute(this.db);
    return r.rows.filter((row) => row.name !== null);
  }

  async getTables(): Promise<TableMetadata[]> {
    const r = await sql<{ name: string; schema: string; kind: string }>`
      select c.relname as name, n.nspname as schema, c.relkind as kind
      from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm')`.execute(this.db);
    return r.rows.map((t) => ({ name: t.name, schema: t.schema, isView: t.kind === 'v' || t.kind === 'm', columns: [] }));
  }

  async getMetadata(): Promise<DatabaseMetadata> {
    return { tables: await this.getTables() };
  }
}

class OwnSchemaPostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new OwnSchemaIntrospector(db);
  }
}

function migratorOf(connection: Connection): Migrator {
  // On PostgreSQL the migrator looks its tables up in every schema unless told which one (other
  // companions or test runs may share the database in their own schemas).
  return new Migrator({
    db: connection.db,
    provider: { getMigrations: async () => migrations },
    ...(connection.schema ? { migrationTableSchema: connection.schema } : {}),
  });
}

/** The advisory-lock key under which one schema's migrations run (two int4 halves: namespace, schema). */
const MIGRATION_LOCK_NAMESPACE = 0x434c4d; // "CLM"

/**
 * Applies the numbered migrations not applied yet; throws with the failing migration's name. On
 * PostgreSQL, companions that start together take turns under a session advisory lock per schema
 * held on a connection of its own: the first applies what is pending (creating the migration tables
 * included), the others then find nothing to do. A process killed while holding it loses its
 * connection, and with it the lock; each migration runs in a transaction, so none is half-applied.
 */
export async function migrateToLatest(connection: Connection): Promise<MigrationResultSet> {
  if (connection.info.dialect !== 'postgres') return runMigrations(connection);
  const lock = new pg.Client({ connectionString: connection.info.url });
  lock.on('error', () => {});
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1, hashtext($2))', [MIGRATION_LOCK_NAMESPACE, connection.info.schema]);
    return await runMigrations(connection);
  } finally {
    await lock.end().catch(() => {});
  }
}

async function runMigrations(connection: Connection): Promise<MigrationResultSet> {
  const result = await migratorOf(connection).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}

/** Migrations this code knows that the database has not applied (empty: the schema is current). */
export async function pendingMigrations(connection: Connection): Promise<string[]> {
  const known = await migratorOf(connection).getMigrations();
  return known.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
