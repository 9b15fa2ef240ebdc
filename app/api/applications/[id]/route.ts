import { applicationDetailOutput, idParam } from '@/lib/contracts/api';
import { ApiError, handle, ok } from '@/lib/api/server';
import { accessPerson, requireCaller } from '@/lib/auth/access';
import { appContext } from '@/lib/server/context';
import { applicationDetail } from '@/lib/server/application-view';
import { ownerOf } from '@/lib/jingban/owners';
import { findApplication } from '@/lib/jingban/queries';

type Ctx = { params: Promise<{ id: string }> };

export const GET = handle<Ctx>(async (_req, ctx, locale) => {
  await requireCaller();
  const parsed = idParam.safeParse((await ctx.params).id);
  if (!parsed.success) throw new ApiError(404, 'not-found');
  const { db, now } = await appContext();
  const owner = await ownerOf(db, 'application', parsed.data);
  if (!owner) throw new ApiError(404, 'not-found');
  const { subject } = await accessPerson(owner, { kind: 'view', action: 'view-application' });
  const found = await findApplication(db, subject.id, parsed.data);
  if (!found) throw new ApiError(404, 'not-found');
  const { detail } = await applicationDetail(db, subject, found, now, locale);
  return ok(applicationDetailOutput, { application: detail });
});
