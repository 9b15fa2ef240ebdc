import { applicationListOutput } from '@/lib/api/contracts';
import { handle, ok } from '@/lib/api/server';
import { requireResident } from '@/lib/auth/current';
import { listApplications } from '@/lib/jingban/queries';
import { toSummary } from '@/lib/jingban/views';
import { getDb } from '@/lib/db/client';

export const GET = handle(async () => {
  const session = await requireResident();
  const rows = await listApplications(await getDb(), session.person.id);
  return ok(applicationListOutput, { applications: rows.map(toSummary) });
});
