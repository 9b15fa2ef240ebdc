import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { requireResident } from '@/lib/auth/current';
import { getDb } from '@/lib/db/client';
import { deleteUpload, getUpload } from '@/lib/uploads/store';

type Ctx = { params: Promise<{ id: string }> };

/** The owner's own photo; someone else's is "not found", never "forbidden", so ids reveal nothing. */
export const GET = handle<Ctx>(async (_req, ctx) => {
  const session = await requireResident();
  const upload = await getUpload(await getDb(), session.person.id, (await ctx.params).id);
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
  const session = await requireResident();
  const deleted = await deleteUpload(await getDb(), session.person.id, (await ctx.params).id);
  if (!deleted) throw new ApiError(404, 'not-found');
  return new Response(null, { status: 204 });
});
