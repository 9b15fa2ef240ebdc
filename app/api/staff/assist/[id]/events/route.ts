import { handle } from '@/lib/api/server';
import { heldAssist } from '@/lib/assist/staff-access';
import { assistEventStream, onChange } from '@/lib/assist/stream';
import { appContext } from '@/lib/server/context';
import { requireStaff } from '@/lib/staff/session';

type Ctx = { params: Promise<{ id: string }> };

/** The staff view, live: every change of the resident's page, then the end. */
export const GET = handle<Ctx>(async (req, ctx) => {
  const member = await requireStaff(['agent', 'station']);
  const { db } = await appContext();
  const row = await heldAssist(db, member, (await ctx.params).id);
  return assistEventStream(
    db,
    row.id,
    req.signal,
    onChange((r) => ({ version: r.pageVersion, data: r.page }), 'page'),
  );
});
