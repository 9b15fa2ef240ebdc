import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/types';
import { applications, remoteFilings, uploads } from '../db/schema';

/** Whose record an id names, so access can be decided before anything is read or changed; null when there is none. */
export async function ownerOf(db: DbOrTx, kind: 'application' | 'remote-filing' | 'upload', id: string): Promise<string | null> {
  const table = kind === 'application' ? applications : kind === 'remote-filing' ? remoteFilings : uploads;
  const [row] = await db.select({ personId: table.personId }).from(table).where(eq(table.id, id));
  return row?.personId ?? null;
}
