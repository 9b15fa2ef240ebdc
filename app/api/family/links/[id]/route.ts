import { isUuid } from '@/lib/contracts/api';
import { NextResponse } from 'next/server';
import { ApiError, handle } from '@/lib/api/server';
import { requireSession } from '@/lib/auth/access';
import { sessionAccount } from '@/lib/auth/session';
import { elderLog } from '@/lib/family/audit';
import { accountNameForPhone, linkForAccount } from '@/lib/family/links';
import { linkView, logLine } from '@/lib/family/views';
import { appContext } from '@/lib/server/context';

type Ctx = { params: Promise<{ id: string }> };

/** One link for either of its two sides; the elder also gets the log of what was done through it. */
export const GET = handle<Ctx>(async (_req, ctx, locale) => {
  const account = sessionAccount(await requireSession());
  const { id } = await ctx.params;
  if (!isUuid(id)) throw new ApiError(404, 'not-found');
  const { db, now } = await appContext();
  const { link, side, elder } = await linkForAccount(db, account, id);
  const other =
    side === 'elder'
      ? { name: link.relativeName, gender: (await accountNameForPhone(db, link.relativePhone))?.gender ?? null }
      : { name: elder.name, gender: elder.gender };
  const log = side === 'elder' ? (await elderLog(db, elder.id, link.id)).map((e) => logLine(e, link.relativeName, locale)) : [];
  return NextResponse.json({ link: linkView(link, side, other, now, locale), log }, { headers: { 'cache-control': 'no-store' } });
});
