import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { inArray } from 'drizzle-orm';
import { openPglite, openPostgres, type Opened } from '@/lib/db/client';
import { applicationEvents, applications, smsMessages } from '@/lib/db/schema';
import { seedLoadResidents, type LoadResident } from '../helpers/load-residents';

/**
 * Durability (issue 7): the production server on a database of its own, 转移接续 submissions under
 * load, `kill -9` mid-load, restart on the same database. Every submission answered 2xx is there,
 * with its number and its acceptance SMS. Those the kill cut off may or may not have been filed,
 * but never twice and never without their SMS, and a retry lands on the one that was. Runs its own
 * server on its own port (never the shared e2e server), on a fresh PGlite directory, or with
 * E2E_DATABASE_URL set, on that PostgreSQL database. (Whether the SMS commits with its
 * application shows here only when a kill lands between the two; tests/integration/idempotency
 * checks that deterministically.)
 */
const port = Number(process.env.E2E_PORT ?? 3107) + 1;
const origin = `http://127.0.0.1:${port}`;
const pgUrl = process.env.E2E_DATABASE_URL;
const dataDir = path.resolve('tests/.artifacts/pglite-durability');
const nextBin = path.resolve('node_modules/next/dist/bin/next');

const RESIDENTS = 2000;
const IN_FLIGHT = 32;
const KILL_AFTER = 250;

type Reply = { status: number; body: { id?: string; number?: string; created?: boolean; error?: unknown } };
type Filed = { resident: LoadResident; id: string; number: string };

const openDatabase = (): Promise<Opened> => (pgUrl ? openPostgres(pgUrl) : openPglite(dataDir));

class Server {
  log = '';
  readonly exited: Promise<NodeJS.Signals | number | null>;
  private readonly child: ChildProcess;

  constructor() {
    const db = pgUrl ? { DATABASE_URL: pgUrl } : { PGLITE_DATA_DIR: dataDir };
    const env = {
      ...process.env,
      DATABASE_URL: undefined,
      PGLITE_DATA_DIR: undefined,
      ...db,
      DEMO_MODE: 'true',
      SMS_PROVIDER: 'outbox',
      SCHEDULER_INTERVAL_MS: '600000',
    };
    // Node itself runs next (no npx or shell in between), as the leader of its own process group:
    // the pid killed is the server, and the group check below proves nothing else lives on.
    this.child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      this.log = (this.log + chunk.toString()).slice(-20_000);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve(signal ?? code)));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async ready(): Promise<void> {
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`server exited before it was ready:\n${this.log}`);
      const res = await fetch(`${origin}/api/health`).catch(() => null);
      if (res?.ok) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`server not ready in 90 s:\n${this.log}`);
  }

  /** Signals the whole process group. */
  signal(signal: NodeJS.Signals): void {
    if (this.child.pid) process.kill(-this.child.pid, signal);
  }

  /** Waits for the server to exit and for its process group to be empty. */
  async gone(): Promise<NodeJS.Signals | number | null> {
    const how = await this.exited;
    const deadline = Date.now() + 10_000;
    while (groupAlive(this.child.pid)) {
      if (Date.now() > deadline) throw new Error('a process of the server group outlived it');
      await new Promise((r) => setTimeout(r, 100));
    }
    return how;
  }
}

function groupAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function submit(resident: LoadResident): Promise<Reply> {
  const res = await fetch(`${origin}/api/flows/transfer/submit`, {
    method: 'POST',
    headers: { cookie: resident.cookie, origin, 'content-type': 'application/json' },
    body: JSON.stringify({ draftId: resident.draftId }),
  });
  return { status: res.status, body: (await res.json()) as Reply['body'] };
}

async function myApplications(resident: LoadResident): Promise<{ id: string; number: string }[]> {
  const res = await fetch(`${origin}/api/applications`, { headers: { cookie: resident.cookie } });
  expect(res.status, `我的办件 for ${resident.personId}`).toBe(200);
  return ((await res.json()) as { applications: { id: string; number: string }[] }).applications;
}

/** Runs `task` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: width }, lane));
}

/**
 * Submits for one resident after another, IN_FLIGHT at a time, and SIGKILLs the server as the
 * KILL_AFTER-th success comes back, with the other requests still in flight.
 */
async function submitUntilKilled(server: Server, residents: LoadResident[]) {
  const filed: Filed[] = [];
  const cutOff: LoadResident[] = [];
  const unexpected: string[] = [];
  let inFlight = 0;
  let inFlightAtKill = -1;
  let next = 0;
  const lane = async () => {
    while (inFlightAtKill < 0 && next < residents.length) {
      const resident = residents[next++]!;
      inFlight += 1;
      try {
        const { status, body } = await submit(resident);
        if (status === 201 && body.id && body.number) filed.push({ resident, id: body.id, number: body.number });
        else unexpected.push(`${resident.personId}: ${status} ${JSON.stringify(body)}`);
      } catch (error) {
        if (inFlightAtKill < 0) unexpected.push(`${resident.personId} before the kill: ${String(error)}`);
        else cutOff.push(resident);
      } finally {
        inFlight -= 1;
      }
      if (inFlightAtKill < 0 && filed.length >= KILL_AFTER) {
        inFlightAtKill = inFlight;
        server.signal('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  return { filed, cutOff, unexpected, inFlightAtKill, attempted: next };
}

let servers: Server[] = [];

test.afterEach(async ({}, testInfo) => {
  for (const [i, server] of servers.entries()) {
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach(i ? 'restarted server log' : 'server log', { body: server.log });
    if (server.running) {
      server.signal('SIGKILL');
      await server.gone();
    }
  }
  servers = [];
});

test('durability: kill -9 under load, restart, every acknowledged submission is there with its SMS, none twice', async () => {
  // About a minute on a quiet 2-core machine; opening PGlite (four times) slows most when it is busy.
  test.setTimeout(180_000);
  if (!pgUrl) rmSync(dataDir, { recursive: true, force: true });
  const seeding = await openDatabase();
  const residents = await seedLoadResidents(seeding.db, RESIDENTS);
  await seeding.close();

  const first = new Server();
  servers.push(first);
  await first.ready();
  const run = await submitUntilKilled(first, residents);
  expect(await first.gone(), 'the server died of the kill').toBe('SIGKILL');
  expect(run.unexpected, 'every answer before the kill was a 201').toEqual([]);
  expect(run.filed.length).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(run.inFlightAtKill, 'requests were in flight when the server was killed').toBeGreaterThan(0);
  expect(run.cutOff.length).toBe(run.attempted - run.filed.length);

  const second = new Server();
  servers.push(second);
  await second.ready();

  // As residents see it after the restart (a sample; the database check below covers them all,
  // and the last acknowledged, nearest the kill, are all in it): 我的办件 lists what was
  // acknowledged, and submitting the same draft again lands on that application, not a second one.
  const sample = run.filed.filter((_, i) => i % 10 === 0 || i >= run.filed.length - 20);
  const lost: string[] = [];
  await pool(sample, 8, async ({ resident, id, number }) => {
    const listed = await myApplications(resident);
    if (!listed.some((a) => a.id === id)) return void lost.push(number);
    expect(listed, `我的办件 of ${resident.personId}`).toEqual([expect.objectContaining({ id, number })]);
    expect(await submit(resident), `retry by ${resident.personId}`).toEqual({ status: 200, body: { id, number, created: false } });
  });
  expect(lost, `acknowledged, then missing after the restart: ${lost.length} of ${sample.length} looked at`).toEqual([]);
  // Cut off by the kill: filed or not, a retry files it once or finds the one that was filed.
  const retried = new Map<string, string>();
  let committedUnanswered = 0;
  await pool(run.cutOff, 8, async (resident) => {
    const before = await myApplications(resident);
    expect(before.length, `applications of ${resident.personId}`).toBeLessThanOrEqual(1);
    const again = await submit(resident);
    if (before[0]) {
      committedUnanswered += 1;
      expect(again, `retry by ${resident.personId}`).toEqual({ status: 200, body: { id: before[0].id, number: before[0].number, created: false } });
    } else {
      expect(again.status, `retry by ${resident.personId}: ${JSON.stringify(again.body)}`).toBe(201);
    }
    retried.set(resident.personId, again.body.id ?? '');
  });
  // Someone who never tried before files normally on the restarted server.
  const newcomer = residents[run.attempted]!;
  const fresh = await submit(newcomer);
  expect(fresh.status).toBe(201);
  expect(await myApplications(newcomer)).toEqual([expect.objectContaining({ id: fresh.body.id, number: fresh.body.number })]);

  second.signal('SIGTERM');
  await second.gone();

  // The database itself: one application per resident who tried, none for anyone else, each with
  // its two filing events and its one acceptance SMS to the resident's phone.
  const expected = new Map<string, string>([
    ...run.filed.map((f) => [f.resident.personId, f.id] as const),
    ...retried,
    [newcomer.personId, fresh.body.id ?? ''],
  ]);
  const byPerson = new Map(residents.map((r) => [r.personId, r]));
  const check = await openDatabase();
  try {
    const apps = await check.db
      .select()
      .from(applications)
      .where(inArray(applications.personId, [...byPerson.keys()]));
    const ids = apps.map((a) => a.id);
    const sms = ids.length ? await check.db.select().from(smsMessages).where(inArray(smsMessages.applicationId, ids)) : [];
    const events = ids.length ? await check.db.select().from(applicationEvents).where(inArray(applicationEvents.applicationId, ids)) : [];

    expect(apps.map((a) => [a.personId, a.id]).sort(), 'applications of the load residents').toEqual([...expected].sort());
    for (const { id, number } of run.filed) expect(apps.find((a) => a.id === id)?.number, `number of ${id}`).toBe(number);
    for (const app of apps) {
      const phone = byPerson.get(app.personId)?.phone;
      const mine = sms.filter((m) => m.applicationId === app.id).map((m) => ({ template: m.template, phone: m.phone }));
      expect(mine, `SMS of ${app.number}`).toEqual([{ template: 'accepted', phone }]);
      const kinds = events
        .filter((e) => e.applicationId === app.id)
        .map((e) => e.kind)
        .sort();
      expect(kinds, `events of ${app.number}`).toEqual(['accepted', 'submitted']);
    }
  } finally {
    await check.close();
  }

  const summary = `${run.filed.length} acknowledged before the kill, ${run.inFlightAtKill} in flight at the kill, ${run.cutOff.length} cut off (${committedUnanswered} of them committed)`;
  test.info().annotations.push({ type: 'durability', description: summary });
  console.log(`durability (${pgUrl ? 'PostgreSQL' : 'PGlite'}): ${summary}`);
});
