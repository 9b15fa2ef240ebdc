import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { preparedFor } from '../db/prepared';
import type { Db } from '../db/client';
import { applicationEvents, applications, remoteFilings } from '../db/schema';
import type { ApplicationEventRow, ApplicationRow } from '../db/types';
import type { FilingFacts } from './filing-state';

/** An application with the 异地备案 it made, if any, so its card can say whether that is still in force. */
export type ListedApplication = ApplicationRow & { filing: (FilingFacts & { id: string }) | null };

const filingColumns = { id: remoteFilings.id, status: remoteFilings.status, endDate: remoteFilings.endDate, updatedAt: remoteFilings.updatedAt };

const applicationsOf = preparedFor((db) =>
  db
    .select({ application: applications, filing: filingColumns })
    .from(applications)
    .leftJoin(remoteFilings, eq(remoteFilings.applicationId, applications.id))
    .where(eq(applications.personId, sql.placeholder('personId')))
    .orderBy(desc(applications.createdAt))
    .limit(200)
    .prepare('applications_of_person'),
);

export async function listApplications(db: Db, personId: string): Promise<ListedApplication[]> {
  const rows = await applicationsOf(db).execute({ personId });
  return rows.map((r) => ({ ...r.application, filing: r.filing }));
}

export async function findApplication(db: Db, personId: string, id: string): Promise<{ application: ListedApplication; events: ApplicationEventRow[] } | null> {
  const [row] = await db
    .select({ application: applications, filing: filingColumns })
    .from(applications)
    .leftJoin(remoteFilings, eq(remoteFilings.applicationId, applications.id))
    .where(and(eq(applications.id, id), eq(applications.personId, personId)));
  if (!row) return null;
  const application = { ...row.application, filing: row.filing };
  const events = await db
    .select()
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, id))
    .orderBy(asc(applicationEvents.at), asc(applicationEvents.id));
  return { application, events };
}

export async function pendingActions(db: Db, limit = 50): Promise<ApplicationRow[]> {
  return db.select().from(applications).where(eq(applications.status, 'accepted')).orderBy(asc(applications.nextActionAt)).limit(limit);
}
