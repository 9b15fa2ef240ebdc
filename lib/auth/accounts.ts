import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/types';
import { familyUsers, persons } from '../db/schema';

/** Who signs in with this phone: the insured person first, else a relative's family account. */
export async function accountForPhone(db: DbOrTx, phone: string) {
  const [person] = await db.select().from(persons).where(eq(persons.phone, phone));
  if (person) return { kind: 'resident' as const, id: person.id, name: person.name };
  const [user] = await db.select().from(familyUsers).where(eq(familyUsers.phone, phone));
  if (user) return { kind: 'family' as const, id: user.id, name: user.name };
  return null;
}

/** Opens a family account; a second call for the same phone (two taps) returns the first. */
export async function createFamilyUser(db: DbOrTx, phone: string, name: string, now: Date) {
  await db.insert(familyUsers).values({ id: randomUUID(), phone, name, createdAt: now }).onConflictDoNothing({ target: familyUsers.phone });
  const [user] = await db.select().from(familyUsers).where(eq(familyUsers.phone, phone));
  if (!user) throw new Error('family user insert returned nothing');
  return { kind: 'family' as const, id: user.id, name: user.name };
}
