import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import { residentPerson, seedLoadResidents, type LoadResident } from '@/tests/helpers/load-residents';
import type { Db } from '@/lib/db/client';
import { applicationEvents, applications, drafts, smsMessages } from '@/lib/db/schema';
import { submitApplication } from '@/lib/jingban/applications';
import { loadFlowContext } from '@/lib/jingban/flow-facts';
import { FlowRefusal, submitDraft } from '@/lib/jingban/submit-flow';
import { createWorkingCalendar } from '@/lib/calendar/working-days';

const T = new Date('2026-11-10T02:00:00.000Z');
const calendar = createWorkingCalendar([]);
let db: Db;
let close: () => Promise<void>;
let residents: LoadResident[];

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  residents = await seedLoadResidents(db, 5, T);
});
afterAll(async () => close());

const personOf = (resident: LoadResident) => residentPerson(db, resident);

async function fileDraft(resident: LoadResident) {
  const person = await personOf(resident);
  const ctx = await loadFlowContext(db, person, 'transfer', T);
  return submitDraft(db, person, 'transfer', resident.draftId, { kind: 'resident', id: person.id, channel: 'online' }, T, calendar, ctx);
}

const draftOf = async (resident: LoadResident) => db.select().from(drafts).where(eq(drafts.personId, resident.personId));

describe('确认提交 from a draft', () => {
  it('files once; the draft goes with the filing; submitting it again gives the same filing', async () => {
    const first = await fileDraft(residents[0]!);
    expect(first.created).toBe(true);
    expect(await draftOf(residents[0]!)).toEqual([]);
    const again = await fileDraft(residents[0]!);
    expect(again).toMatchObject({ created: false, application: { id: first.application.id } });
  });

  it('removing the draft is part of the filing: when it cannot be removed, nothing is filed', async () => {
    const resident = residents[1]!;
    await db.execute(sql.raw(`create function keep_draft() returns trigger language plpgsql as $$ begin raise exception 'draft kept'; end $$`));
    await db.execute(
      sql.raw(`create trigger keep_draft before delete on drafts for each row when (old.person_id = '${resident.personId}') execute function keep_draft()`),
    );
    try {
      await expect(fileDraft(resident)).rejects.toThrow();
    } finally {
      await db.execute(sql.raw('drop trigger keep_draft on drafts'));
      await db.execute(sql.raw('drop function keep_draft()'));
    }
    expect(await db.select().from(applications).where(eq(applications.personId, resident.personId))).toEqual([]);
    expect(await draftOf(resident)).toHaveLength(1);
    expect((await fileDraft(resident)).created).toBe(true);
  });

  it('a draft that outlived its filing (a crash between the two, before they were one transaction) gives that filing, not a refusal', async () => {
    const resident = residents[2]!;
    const person = await personOf(resident);
    const [draft] = await draftOf(resident);
    const filed = await submitApplication(
      db,
      {
        service: 'transfer',
        person,
        answers: draft!.answers,
        idempotencyKey: `draft:${resident.draftId}`,
        actor: { kind: 'resident', id: person.id, channel: 'online' },
      },
      T,
      calendar,
    );
    expect(await draftOf(resident)).toHaveLength(1);
    const retried = await fileDraft(resident);
    expect(retried).toMatchObject({ created: false, application: { id: filed.application.id } });
  });

  it('the same draft submitted from several tabs at once: one filing with one set of events and SMS, and every tab gets it', async () => {
    const resident = residents[4]!;
    const results = await Promise.all(Array.from({ length: 6 }, () => fileDraft(resident)));
    const filed = await db.select().from(applications).where(eq(applications.personId, resident.personId));
    expect(filed).toHaveLength(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    for (const r of results) expect(r.application.id).toBe(filed[0]!.id);
    expect(await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, filed[0]!.id))).toHaveLength(2);
    expect(await db.select().from(smsMessages).where(eq(smsMessages.applicationId, filed[0]!.id))).toHaveLength(1);
    expect(await draftOf(resident)).toEqual([]);
  });

  it('the rules still refuse a different draft while a transfer is pending', async () => {
    const resident = residents[3]!;
    await fileDraft(resident);
    const person = await personOf(resident);
    const ctx = await loadFlowContext(db, person, 'transfer', T);
    await db.insert(drafts).values({
      id: 'second-draft',
      personId: person.id,
      service: 'transfer',
      answers: { toProvinceCode: '110000', toCityCode: '110100', contactPhone: person.phone },
      currentStep: 'check',
      createdAt: T,
      updatedAt: T,
    });
    await expect(
      submitDraft(db, person, 'transfer', 'second-draft', { kind: 'resident', id: person.id, channel: 'online' }, T, calendar, ctx),
    ).rejects.toBeInstanceOf(FlowRefusal);
  });
});
