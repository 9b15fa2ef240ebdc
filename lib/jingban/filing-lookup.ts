import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { remoteFilings } from '../db/schema';

export type RemoteFilingRow = typeof remoteFilings.$inferSelect;

/** One of a person's 异地就医备案 by id; undefined when it is not theirs, so another's id reads as not found. */
export async function findPersonsFiling(db: Db, personId: string, filingId: string): Promise<RemoteFilingRow | undefined> {
  return (
    await db
      .select()
      .from(remoteFilings)
      .where(and(eq(remoteFilings.id, filingId), eq(remoteFilings.personId, personId)))
  )[0];
}
