import { isUuid } from '@/lib/contracts/api';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { accessPerson, requireCaller, type Need } from '@/lib/auth/access';
import { ownerOf } from '@/lib/jingban/owners';
import { getDb } from '@/lib/db/client';
import { deleteUpload, getUpload, uploadPurpose } from '@/lib/uploads/store';

type Ctx = { params: Promise<{ id: string }> };

/** The photo's owner, or a relative whose link allows `need`; anyone else is refused and logged. */
async function uploadAccess(ctx: Ctx, need: Need) {
  await requireCaller();
  const id = (await ctx.params).id;
  const db = await getDb();
  const owner = isUuid(id) ? await ownerOf(db, 'upload', id) : null;
  if (!owner) throw new ApiError(404, 'not-found');
  const { subject } = await accessPerson(owner, need);
  return { db, id, personId: subject.id };
}

export const GET = handle<Ctx>(async (_req, ctx) => {
  const { db, id, personId } = await uploadAccess(ctx, { kind: 'view', action: 'view-upload' });
  const upload = await getUpload(db, personId, id);
  if (!upload) throw new ApiError(404, 'not-found');
  return new Response(new Uint8Array(upload.data), {
    headers: {
      'content-type': upload.mime,
      'content-length': String(upload.data.byteLength),
      'cache-control': 'private, max-age=3600',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline',
    },
  });
});

export const DELETE = handle<Ctx>(async (req, ctx) => {
  assertSameOrigin(req);
  // Removing a photo taken for a service needs the right to act in that service (a 转移接续-only relative may not).
  const id = (await ctx.params).id;
  const service = (await uploadPurpose(await getDb(), id))?.split(':')[0] ?? 'any';
  const { db, personId } = await uploadAccess(ctx, { kind: 'act', service, action: 'delete-upload' });
  const deleted = await deleteUpload(db, personId, id);
  if (!deleted) throw new ApiError(404, 'not-found');
  return new Response(null, { status: 204 });
});
