import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle, readJson } from '@/lib/api/server';
import { sendHint } from '@/lib/assist/sessions';
import { heldAssist } from '@/lib/assist/staff-access';
import { appContext } from '@/lib/server/context';
import { requireStaff } from '@/lib/staff/session';

type Ctx = { params: Promise<{ id: string }> };
const input = z.object({ hint: z.string().trim().min(1, { message: 'assist-hint-empty' }).max(100, { message: 'assist-hint-long' }) }).strict();

/** A short hint to the resident's screen (spoken there). Staff can guide; they cannot submit in this mode. */
export const POST = handle<Ctx>(async (req, ctx) => {
  assertSameOrigin(req);
  const member = await requireStaff(['agent', 'station']);
  const { hint } = await readJson(req, input);
  const { db } = await appContext();
  const row = await heldAssist(db, member, (await ctx.params).id);
  await sendHint(db, member.id, row.id, hint);
  return NextResponse.json({ sent: true }, { headers: { 'cache-control': 'no-store' } });
});
