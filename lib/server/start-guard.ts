import { getDb } from '../db/client';
import { demoStaffPresent, demoStaffRefusal } from '../db/demo-staff-guard';
import { isDemoMode } from './demo-mode';

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
