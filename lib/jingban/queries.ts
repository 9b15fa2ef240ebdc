import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { preparedFor } from '../db/prepared';
import type { Db } from '../db/client';
import { applicationEvents, applications } from '../db/schema';
import type { ApplicationEventRow, ApplicationRow } from '../db/types';

const applicationsOf = preparedFor((db) =>
  db
    .select()
    .from(applications)
    .where(eq(applications.personId, sql.placeholder('personId')))
    .orderBy(desc(applications.createdAt))
    .limit(200)
    .prepare('applications_of_person'),
);

export async function listApplications(db: Db, personId: string): Promise<ApplicationRow[]> {
  return applicationsOf(db).execute({ personId });
}

export async function findApplication(db: Db, personId: string, id: string): Promise<{ application: ApplicationRow; events: ApplicationEventRow[] } | null> {
  const [application] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.id, id), eq(applications.personId, personId)));
  if (!application) return null;
  const events = await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).orderBy(asc(applicationEvents.at), asc(applicationEvents.id));
  return { application, events };
}

export async function pendingActions(db: Db, limit = 50): Promise<ApplicationRow[]> {
  return db.select().from(applications).where(eq(applications.status, 'accepted')).orderBy(asc(applications.nextActionAt)).limit(limit);
}
