import { isUuid } from '@/lib/contracts/api';
import { ApiError, handle } from '@/lib/api/server';
import { getDb } from '@/lib/db/client';
import { reviewPhoto } from '@/lib/staff/review-photos';
import { requireStaff } from '@/lib/staff/session';

type Ctx = { params: Promise<{ id: string; photo: string }> };

/** A photo of an application at the review desk, full size, for case workers only. */
export const GET = handle<Ctx>(async (_req, ctx) => {
  await requireStaff(['caseworker']);
  const { id, photo } = await ctx.params;
  if (!isUuid(id) || !isUuid(photo)) throw new ApiError(404, 'not-found');
  const upload = await reviewPhoto(await getDb(), id, photo);
  return new Response(new Uint8Array(upload.data), {
    headers: {
      'content-type': upload.mime,
      'content-length': String(upload.data.byteLength),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline',
    },
  });
});
