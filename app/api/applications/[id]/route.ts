import { applicationDetailOutput, idParam } from '@/lib/api/contracts';
import { ApiError, handle, ok } from '@/lib/api/server';
import { requireResident } from '@/lib/auth/current';
import { getDb } from '@/lib/db/client';
import { findApplication } from '@/lib/jingban/queries';
import { toDetail } from '@/lib/jingban/views';

type Ctx = { params: Promise<{ id: string }> };

export const GET = handle<Ctx>(async (_req, ctx, locale) => {
  const session = await requireResident();
  const parsed = idParam.safeParse((await ctx.params).id);
  if (!parsed.success) throw new ApiError(404, 'not-found');
  const found = await findApplication(await getDb(), session.person.id, parsed.data);
  if (!found) throw new ApiError(404, 'not-found');
  return ok(applicationDetailOutput, { application: toDetail(found.application, found.events, locale) });
});
