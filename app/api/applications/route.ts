import { applicationListOutput } from '@/lib/contracts/api';
import { handle, ok } from '@/lib/api/server';
import { accessSubject } from '@/lib/auth/access';
import { appContext } from '@/lib/server/context';
import { shanghaiDate } from '@/lib/time/dates';
import { listApplications } from '@/lib/jingban/queries';
import { toSummary } from '@/lib/server/application-views';

/** 我的办件: the signed-in resident's, or those of the elder a relative acts for. */
export const GET = handle(async (_req, _ctx, locale) => {
  const { subject } = await accessSubject({ kind: 'view', action: 'view-applications' });
  const { db, now } = await appContext();
  const rows = await listApplications(db, subject.id);
  const today = shanghaiDate(now);
  return ok(applicationListOutput, { applications: rows.map((row) => toSummary(row, locale, today)) });
});
