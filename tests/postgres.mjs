// A loopback PostgreSQL for the suites' PostgreSQL pass, and fresh databases on it.
// `node tests/postgres.mjs` prints a URL. TEST_DATABASE_URL wins when set (its database is only the
// maintenance database: every test opens its own fresh one beside it); otherwise, as root, Debian's
// `postgresql` is installed when missing, its cluster created and started when needed, listening on
// 127.0.0.1 only, with a login role `yb_test` (CREATEDB) whose random password stays on this machine.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const ROLE = 'yb_test';

function sh(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'], ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${result.status})`);
  return result.stdout;
}

/** Installed server versions, newest first (the client packages alone bring pg_lsclusters but no server). */
function serverVersions() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((version) => existsSync(`${root}/${version}/bin/postgres`))
    .sort((a, b) => Number(b) - Number(a));
}

/** Debian's clusters: `pg_lsclusters` rows. */
function clusters() {
  return sh('pg_lsclusters', ['--no-header'])
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [version, name, port, status] = line.trim().split(/\s+/);
      return { version, name, port: Number(port), online: status === 'online' };
    });
}

function ensureCluster() {
  if (serverVersions().length === 0) {
    console.log('Installing PostgreSQL (Debian postgresql) …');
    sh('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    sh('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  let cluster = clusters().sort((a, b) => Number(b.version) - Number(a.version))[0];
  if (!cluster) {
    const version = serverVersions()[0];
    if (!version) throw new Error('apt-get installed postgresql, yet no server is found under /usr/lib/postgresql');
    sh('pg_createcluster', [version, 'main'], { stdio: 'inherit' });
    cluster = clusters().find((c) => c.version === version && c.name === 'main');
    if (!cluster) throw new Error(`pg_createcluster ${version} main made no cluster`);
  }
  // A drop-in read after postgresql.conf (Debian's include_dir): loopback only, not also ::1 or more.
  const dropIn = `/etc/postgresql/${cluster.version}/${cluster.name}/conf.d/yb-test.conf`;
  const wanted = "listen_addresses = '127.0.0.1'\n";
  if (!existsSync(dropIn) || readFileSync(dropIn, 'utf8') !== wanted) {
    writeFileSync(dropIn, wanted);
    if (cluster.online) sh('pg_ctlcluster', [cluster.version, cluster.name, 'restart'], { stdio: 'inherit' });
  }
  if (!clusters().find((c) => c.version === cluster.version && c.name === cluster.name)?.online) {
    sh('pg_ctlcluster', [cluster.version, cluster.name, 'start'], { stdio: 'inherit' });
  }
  return cluster;
}

/** The role's password, made once per cluster and kept (root-only) beside the cluster's configuration. */
function rolePassword(cluster) {
  const file = `/etc/postgresql/${cluster.version}/${cluster.name}/${ROLE}.password`;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('hex');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function ensureRole(cluster, password) {
  // The password is hex, so it needs no quoting beyond the literal's.
  const sql = `
    select 'create role ${ROLE}' where not exists (select 1 from pg_roles where rolname = '${ROLE}') \\gexec
    alter role ${ROLE} with login createdb password '${password}';
  `;
  sh('runuser', ['-u', 'postgres', '--', 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-p', String(cluster.port), '-d', 'postgres'], {
    input: sql,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
}

/** A URL to a PostgreSQL that may create databases: TEST_DATABASE_URL, or the local Debian cluster. */
export async function ensurePostgres() {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return given;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'No PostgreSQL for the PostgreSQL pass. Either run as root (Debian postgresql is then installed and started on 127.0.0.1),\n' +
        'or set TEST_DATABASE_URL to a role that may create databases, e.g.\n' +
        '  TEST_DATABASE_URL=postgres://user:password@127.0.0.1:5432/postgres npm test',
    );
  }
  const cluster = ensureCluster();
  const password = rolePassword(cluster);
  ensureRole(cluster, password);
  const url = `postgres://${ROLE}:${password}@127.0.0.1:${cluster.port}/postgres`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.end();
  return url;
}

/** A new, empty database beside the one `url` names; `drop` removes it (closing whatever still uses it). */
export async function createDatabase(url) {
  const name = `yb_t_${randomBytes(6).toString('hex')}`;
  await onMaintenance(url, `create database ${name}`);
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return { url: fresh.toString(), drop: () => dropDatabase(url, name) };
}

/**
 * DROP … WITH (FORCE) ends our own connections, but not a backend of another role, such as an
 * autovacuum worker that has just begun on the fresh database (SQLSTATE 42501, "must be a member of
 * the role whose process is being terminated"). Such a worker ends within moments: try again.
 */
async function dropDatabase(url, name) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await onMaintenance(url, `drop database if exists ${name} with (force)`);
    } catch (error) {
      if (error?.code !== '42501' || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

async function onMaintenance(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(await ensurePostgres());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
