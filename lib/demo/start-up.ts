import { getDb, whenDatabaseOpens } from '../db/client';
import { isDemoMode } from '../server/demo-mode';
import { seedDemoData } from './seed';
import { demoStaffPresent, demoStaffRefusal } from './staff-guard';

/**
 * In demo mode the invented people and the demo staff accounts (published passwords) are put in
 * the database as this process opens it, before anyone is given it (unless SEED_DEMO_DATA=false).
 * Called once at start-up (instrumentation.ts), before anything opens the database.
 */
export function seedDemoDataOnOpen(): void {
  if (isDemoMode() && process.env.SEED_DEMO_DATA !== 'false') whenDatabaseOpens(seedDemoData);
}

/**
 * A server not in demo mode will not run with the demo staff accounts in its database: their
 * passwords are published (issue 14.8). It says how to remove them and stops.
 */
export async function refuseDemoStaffOutsideDemo(): Promise<void> {
  if (isDemoMode()) return;
  const present = await demoStaffPresent(await getDb());
  if (present.length === 0) return;
  console.error(demoStaffRefusal(present));
  process.exit(1);
}
