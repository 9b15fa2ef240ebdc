import { redirectToPath } from '@/lib/api/redirect';
import { NextResponse } from 'next/server';
import { clockInput } from '@/lib/contracts/api';
import { assertOutboxMode, readDevAction } from '@/lib/api/dev-only';
import { withQuery } from '@/lib/api/form';
import { handle } from '@/lib/api/server';
import { getDb } from '@/lib/db/client';
import { advanceDemoClock, resetDemoClock } from '@/lib/jingban/demo';
import { now } from '@/lib/jingban/clock';
import { shanghaiDate } from '@/lib/time/dates';

export const POST = handle(async (req) => {
  const { input, isJson, back } = await readDevAction(req, clockInput);
  const db = await getDb();
  const result = input.reset
    ? { ...(await resetDemoClock(db)), advanced: 0, conflicts: 0 }
    : await advanceDemoClock(db, (input.days ?? 0) * 86_400_000 + (input.minutes ?? 0) * 60_000 || 86_400_000);
  if (isJson) return NextResponse.json({ now: result.now.toISOString(), advanced: result.advanced });
  return redirectToPath(withQuery(back, 'ran', String(result.advanced)));
});

/** The shared clock as the server reads it (tests compute their expectations from it, never from the machine's date). */
export const GET = handle(async () => {
  assertOutboxMode();
  const at = await now(await getDb());
  return NextResponse.json({ now: at.toISOString(), today: shanghaiDate(at) });
});
