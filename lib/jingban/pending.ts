import { asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { applications, persons } from '../db/schema';

/** Applications with a planned step still to come, soonest first (for the 模拟经办 page). */
export async function upcomingSteps(db: Db, limit = 30) {
  return db
    .select({ app: applications, personName: persons.name })
    .from(applications)
    .innerJoin(persons, eq(persons.id, applications.personId))
    .where(isNotNull(applications.nextActionAt))
    .orderBy(asc(applications.nextActionAt))
    .limit(limit);
}
