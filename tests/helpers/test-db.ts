import { openPglite, type Opened } from '@/lib/db/client';
import { seedDemoData } from '@/lib/db/seed';

/** A fresh in-memory database with migrations and the demo data, private to one test file. */
export async function openTestDb(options: { seed?: boolean } = {}): Promise<Opened> {
  const opened = await openPglite('memory://');
  if (options.seed !== false) await seedDemoData(opened.db);
  return opened;
}
