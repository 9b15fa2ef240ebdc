import { applicationListOutput } from '@/lib/api/contracts';
import { handle, ok } from '@/lib/api/server';
import { accessSubject } from '@/lib/auth/access';
import { getDb } from '@/lib/db/client';
import { listApplications } from '@/lib/jingban/queries';
import { toSummary } from '@/lib/jingban/views';

/** 我的办件: the signed-in resident's, or those of the elder a relative acts for. */
export const GET = handle(async (_req, _ctx, locale) => {
  const { subject } = await accessSubject({ kind: 'view', action: 'view-applications' });
  const rows = await listApplications(await getDb(), subject.id);
  return ok(applicationListOutput, { applications: rows.map((row) => toSummary(row, locale)) });
});
