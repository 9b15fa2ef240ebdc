import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import { seedLoadResidents, type LoadResident } from '@/tests/helpers/load-residents';
import type { Db } from '@/lib/db/client';
import { applicationEvents, applications, drafts, smsMessages } from '@/lib/db/schema';
import { findSession } from '@/lib/auth/session';
import { loadFlowContext } from '@/lib/jingban/flow-facts';
import { listApplications } from '@/lib/jingban/queries';
import { submitDraft } from '@/lib/jingban/submit-flow';
import { requestSmsDispatch } from '@/lib/sms/outbox';
import { createWorkingCalendar } from '@/lib/calendar/working-days';

// Issue 17: the speed of 我的办件 and 确认提交 is mostly their round trips to the database. These count
// the statements each sends (through drizzle's logger, on PGlite and on PostgreSQL alike), so a change
// that adds one fails here rather than only in the bench.
const T = new Date('2026-11-10T02:00:00.000Z');
const calendar = createWorkingCalendar([]);
const sent: string[] = [];
const logger: Logger = { logQuery: (query) => void sent.push(query) };
let db: Db;
let close: () => Promise<void>;
let residents: LoadResident[];

beforeAll(async () => {
  ({ db, close } = await openTestDb({ logger }));
  residents = await seedLoadResidents(db, 2, T);
  // The demo data's own SMS go first, so a dispatch below sends only what the filing wrote.
  await requestSmsDispatch(db, T);
});
afterAll(async () => close());

async function statementsOf<R>(work: () => Promise<R>): Promise<{ result: R; statements: string[] }> {
  sent.length = 0;
  const result = await work();
  return { result, statements: [...sent] };
}

const tokenOf = (resident: LoadResident) => resident.cookie.slice('yb_session='.length);

describe('statements per request', () => {
  it('我的办件: the session with its resident, then the list', async () => {
    const resident = residents[0]!;
    const { result, statements } = await statementsOf(async () => {
      const session = await findSession(db, tokenOf(resident));
      return listApplications(db, session!.person!.id);
    });
    expect(result).toEqual([]);
    expect(statements).toHaveLength(2);
  });

  it('确认提交: session, facts, then the draft with its filing and number, then one statement that files; the SMS after in two', async () => {
    const resident = residents[1]!;
    const filing = await statementsOf(async () => {
      const session = await findSession(db, tokenOf(resident));
      const person = session!.person!;
      const ctx = await loadFlowContext(db, person, 'transfer', T);
      return submitDraft(db, person, 'transfer', resident.draftId, { kind: 'resident', id: person.id, channel: 'online' }, T, calendar, ctx);
    });
    expect(filing.result.created).toBe(true);
    expect(filing.statements).toHaveLength(4);
    // The filing is one statement: the application, its events, its SMS and the draft's removal.
    const write = filing.statements[3]!;
    for (const part of ['insert into "applications"', 'insert into "application_events"', 'insert into "sms_messages"', 'delete from "drafts"'])
      expect(write).toContain(part);
    // …and all of it was written.
    const id = filing.result.application.id;
    expect(await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id))).toHaveLength(2);
    expect(await db.select().from(drafts).where(eq(drafts.personId, resident.personId))).toEqual([]);

    // Sending: one claim (which also settles abandoned last tries), one update per message; no empty claim after.
    const sending = await statementsOf(() => requestSmsDispatch(db, T));
    expect(sending.statements).toHaveLength(2);
    const [sms] = await db.select().from(smsMessages).where(eq(smsMessages.applicationId, id));
    expect(sms?.status).toBe('sent');

    // A retry of the same draft is one read after the session and facts, and writes nothing.
    const retry = await statementsOf(async () => {
      const session = await findSession(db, tokenOf(resident));
      const person = session!.person!;
      const ctx = await loadFlowContext(db, person, 'transfer', T);
      return submitDraft(db, person, 'transfer', resident.draftId, { kind: 'resident', id: person.id, channel: 'online' }, T, calendar, ctx);
    });
    expect(retry.result).toMatchObject({ created: false, application: { id } });
    expect(retry.statements).toHaveLength(3);
    expect(await db.select().from(applications).where(eq(applications.personId, resident.personId))).toHaveLength(1);
  });
});
