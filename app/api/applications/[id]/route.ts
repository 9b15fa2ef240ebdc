import { applicationDetailOutput, idParam } from '@/lib/api/contracts';
import { ApiError, handle, ok } from '@/lib/api/server';
import { accessPerson, requireCaller } from '@/lib/auth/access';
import { getDb } from '@/lib/db/client';
import { ownerOf } from '@/lib/jingban/owners';
import { findApplication } from '@/lib/jingban/queries';
import { toDetail } from '@/lib/jingban/views';

type Ctx = { params: Promise<{ id: string }> };

export const GET = handle<Ctx>(async (_req, ctx, locale) => {
  await requireCaller();
  const parsed = idParam.safeParse((await ctx.params).id);
  if (!parsed.success) throw new ApiError(404, 'not-found');
  const db = await getDb();
  const owner = await ownerOf(db, 'application', parsed.data);
  if (!owner) throw new ApiError(404, 'not-found');
  const { subject } = await accessPerson(owner, { kind: 'view', action: 'view-application' });
  const found = await findApplication(db, subject.id, parsed.data);
  if (!found) throw new ApiError(404, 'not-found');
  return ok(applicationDetailOutput, { application: toDetail(found.application, found.events, locale) });
});
