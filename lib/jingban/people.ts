import { asc, eq, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { persons } from '../db/schema';
import type { PersonRow } from '../db/types';
import type { InsuranceType } from '../data/diseases';

/** The insured people the 经办 knows: the lookups pages and routes need, so none of them queries the table. */
export async function findPerson(db: Db, id: string): Promise<PersonRow | undefined> {
  return (await db.select().from(persons).where(eq(persons.id, id)))[0];
}

/** By the phone number or 身份证号 a resident reads out (already normalised: no spaces, upper-case X). */
export async function findPersonByPhoneOrIdNumber(db: Db, key: string): Promise<PersonRow | undefined> {
  return (
    await db
      .select()
      .from(persons)
      .where(or(eq(persons.phone, key), eq(persons.idNumber, key)))
  )[0];
}

/** The first people on record, oldest first: the pickers of the 模拟经办 tools. */
export async function listPeople(db: Db, options: { insuranceType?: InsuranceType; limit: number }): Promise<PersonRow[]> {
  const query = db.select().from(persons);
  const filtered = options.insuranceType ? query.where(eq(persons.insuranceType, options.insuranceType)) : query;
  return filtered.orderBy(asc(persons.createdAt), asc(persons.id)).limit(options.limit);
}
