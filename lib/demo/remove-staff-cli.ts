// `npm run demo:remove-staff`: removes the demo staff accounts (published passwords) from the
// database DATABASE_URL or PGLITE_DATA_DIR names, so a production server may start on it.
import { openPglite, openPostgres } from '../db/client';
import { removeDemoStaff } from './staff-guard';

const url = process.env.DATABASE_URL;
const opened = url ? await openPostgres(url) : await openPglite(process.env.PGLITE_DATA_DIR ?? './data/pglite');
try {
  const removed = await removeDemoStaff(opened.db);
  console.log(removed.length > 0 ? `Removed demo staff accounts: ${removed.join(', ')}` : 'No demo staff accounts were present.');
} finally {
  await opened.close();
}
