import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import { residentPerson, seedLoadResidents, type LoadResident } from '@/tests/helpers/load-residents';
import type { Db } from '@/lib/db/client';
import { applications, drafts } from '@/lib/db/schema';
import type { PersonRow } from '@/lib/db/types';
import { diseaseCatalogue } from '@/lib/data/diseases';
import { loadFlowContext } from '@/lib/jingban/flow-facts';
import { FlowRefusal, submitDraft } from '@/lib/jingban/submit-flow';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { chronicCareHospitals } from '@/lib/services/chronic/policy';
import { allOwnUploads, saveUpload } from '@/lib/uploads/store';

// Issue 14.6: "a step can be answered with another person's upload id or any well-formed UUID, and
// the application is filed" — an answer's photos must be the person's own, made for that step.
const T = new Date('2026-11-10T02:00:00.000Z');
const EVIDENCE = 'chronic:evidence';
const calendar = createWorkingCalendar([]);
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
let db: Db;
let close: () => Promise<void>;
let residents: LoadResident[];

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  residents = await seedLoadResidents(db, 2, T);
});
afterAll(async () => close());

const personOf = (r: LoadResident) => residentPerson(db, r);

async function fileChronicWith(person: PersonRow, evidence: string[], draftId = randomUUID()) {
  const answers = {
    diseaseCode: diseaseCatalogue('employee').find((d) => d.reviewMode === 'same-day')!.code,
    hospitalCode: chronicCareHospitals('370100')[0]!.code,
    evidence,
    contactPhone: person.phone,
  };
  await db.delete(drafts).where(eq(drafts.personId, person.id));
  await db.insert(drafts).values({ id: draftId, personId: person.id, service: 'chronic', answers, currentStep: 'check', createdAt: T, updatedAt: T });
  const ctx = await loadFlowContext(db, person, 'chronic', T);
  return submitDraft(db, person, 'chronic', draftId, { kind: 'resident', id: person.id, channel: 'online' }, T, calendar, ctx);
}

describe('photos in an answer belong to the person', () => {
  it.each([
    ['another person’s photo', 'theirs'],
    ['a well-formed UUID that names nothing', 'random'],
    ['one own photo and one of another person', 'mixed'],
    ['an own photo taken for another step (补交证明)', 'other-step'],
    ['an own photo uploaded for nothing in particular', 'general'],
  ] as const)('refuses %s, and nothing is filed', async (_case, kind) => {
    const [me, them] = [await personOf(residents[0]!), await personOf(residents[1]!)];
    const mine = await saveUpload(db, me.id, png, EVIDENCE);
    const theirs = await saveUpload(db, them.id, png, EVIDENCE);
    const ids = {
      theirs: [theirs.id],
      random: [randomUUID()],
      mixed: [mine.id, theirs.id],
      'other-step': [(await saveUpload(db, me.id, png, 'remote-care:proof')).id],
      general: [(await saveUpload(db, me.id, png)).id],
    }[kind];
    expect(await allOwnUploads(db, me.id, ids, EVIDENCE)).toBe(false);
    await expect(fileChronicWith(me, ids)).rejects.toMatchObject({ code: 'upload-not-found', step: 'evidence' });
    await expect(fileChronicWith(me, ids)).rejects.toBeInstanceOf(FlowRefusal);
    expect(await db.select().from(applications).where(eq(applications.personId, me.id))).toEqual([]);
  });

  it('files with the person’s own photos', async () => {
    const me = await personOf(residents[0]!);
    const mine = await saveUpload(db, me.id, png, EVIDENCE);
    expect(await allOwnUploads(db, me.id, [mine.id, mine.id.toUpperCase()], EVIDENCE)).toBe(true);
    const { created, application } = await fileChronicWith(me, [mine.id]);
    expect(created).toBe(true);
    expect(application.answers.evidence).toEqual([mine.id]);
  });
});
