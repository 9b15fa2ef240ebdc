// Invented residents for load and durability runs: each signed in, each with a finished 转移接续
// draft, so every POST /api/flows/transfer/submit files one new application (one pending transfer
// per person is the rule, so one resident per submission). Written straight into a database the
// server has not opened yet; never part of the demo data. Numbering continues after residents an
// earlier run left, so runs can share one PostgreSQL database.
import { randomUUID } from 'node:crypto';
import { eq, like, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { drafts, persons } from '@/lib/db/schema';
import type { PersonRow } from '@/lib/db/types';
import { createSession } from '@/lib/auth/session';

export type LoadResident = { personId: string; phone: string; cookie: string; draftId: string };

const BATCH = 500;

export async function seedLoadResidents(db: Db, count: number, now = new Date()): Promise<LoadResident[]> {
  const residents: LoadResident[] = [];
  const [earlier] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(persons)
    .where(like(persons.id, 'load-%'));
  const first = earlier?.n ?? 0;
  for (let start = 0; start < count; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => {
      const n = first + start + i;
      const serial = String(n).padStart(6, '0');
      return {
        person: {
          id: `load-${serial}`,
          name: `压测居民${serial}`,
          gender: n % 2 ? ('female' as const) : ('male' as const),
          birthDate: '1950-01-01',
          idNumber: `LOAD${serial}`,
          phone: `199${String(n).padStart(8, '0')}`,
          insuranceType: 'employee' as const,
          employmentStatus: 'retired' as const,
          regionCode: '370100',
          districtCode: '370102',
        },
        draftId: randomUUID(),
      };
    });
    // One transaction a batch: a commit per session row made seeding thousands take seconds.
    const seeded = await db.transaction(async (tx) => {
      await tx.insert(persons).values(batch.map((b) => b.person));
      await tx.insert(drafts).values(
        batch.map((b) => ({
          id: b.draftId,
          personId: b.person.id,
          service: 'transfer',
          answers: { toProvinceCode: '110000', toCityCode: '110100', contactPhone: b.person.phone },
          currentStep: 'check',
          createdAt: now,
          updatedAt: now,
        })),
      );
      const made: LoadResident[] = [];
      for (const b of batch) {
        const { token } = await createSession(tx, 'resident', b.person.id, now);
        made.push({ personId: b.person.id, phone: b.person.phone, cookie: `yb_session=${token}`, draftId: b.draftId });
      }
      return made;
    });
    residents.push(...seeded);
  }
  return residents;
}

/** The person row of a seeded resident. */
export async function residentPerson(db: Db, resident: LoadResident): Promise<PersonRow> {
  const [person] = await db.select().from(persons).where(eq(persons.id, resident.personId));
  if (!person) throw new Error(`no person ${resident.personId}`);
  return person;
}
