import { inArray } from 'drizzle-orm';
import { demoStaff } from '../data/demo-staff';
import type { Db } from '../db/client';
import { sessions, staff } from '../db/schema';

const DEMO_STAFF_IDS = demoStaff.map((s) => s.id);

/** The demo staff accounts (published passwords) present in this database, by 工号. */
export async function demoStaffPresent(db: Db): Promise<string[]> {
  const rows = await db.select({ staffNo: staff.staffNo }).from(staff).where(inArray(staff.id, DEMO_STAFF_IDS));
  return rows.map((r) => r.staffNo);
}

export const REMOVE_DEMO_STAFF_COMMAND = 'npm run demo:remove-staff';

export function demoStaffRefusal(present: string[]): string {
  return [
    `Refusing to start: DEMO_MODE is not "true" but this database holds the demo staff accounts ${present.join(', ')},`,
    'whose passwords are published in README. Remove them with',
    `  ${REMOVE_DEMO_STAFF_COMMAND}`,
    '(same DATABASE_URL / PGLITE_DATA_DIR), or run the demo on purpose with DEMO_MODE=true.',
  ].join('\n');
}

/** Deletes the demo staff accounts and their sessions; returns the 工号 removed. */
export async function removeDemoStaff(db: Db): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.delete(sessions).where(inArray(sessions.subjectId, DEMO_STAFF_IDS));
    const removed = await tx.delete(staff).where(inArray(staff.id, DEMO_STAFF_IDS)).returning({ staffNo: staff.staffNo });
    return removed.map((r) => r.staffNo);
  });
}
