import { redirectToPath } from '@/lib/api/redirect';
import { NextResponse } from 'next/server';
import { clockInput } from '@/lib/api/contracts';
import { assertOutboxMode } from '@/lib/api/dev-only';
import { readForm, safeReturnTo, withQuery } from '@/lib/api/form';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle, readJson } from '@/lib/api/server';
import { getDb } from '@/lib/db/client';
import { advanceDemoClock, resetDemoClock } from '@/lib/jingban/demo';

export const POST = handle(async (req) => {
  assertOutboxMode();
  assertSameOrigin(req);
  const isJson = (req.headers.get('content-type') ?? '').includes('application/json');
  const form = isJson ? {} : await readForm(req);
  const { returnTo, ...fields } = form;
  const input = isJson ? await readJson(req, clockInput) : clockInput.parse(fields);
  const db = await getDb();
  const result = input.reset ? { ...(await resetDemoClock(db)), advanced: 0, conflicts: 0 } : await advanceDemoClock(db, (input.days ?? 0) * 86_400_000 + (input.minutes ?? 0) * 60_000 || 86_400_000);
  if (isJson) return NextResponse.json({ now: result.now.toISOString(), advanced: result.advanced });
  return redirectToPath(withQuery(safeReturnTo(returnTo, '/dev/jingban'), 'ran', String(result.advanced)));
});
