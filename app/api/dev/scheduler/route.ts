import { redirectToPath } from '@/lib/api/redirect';
import { NextResponse } from 'next/server';
import { assertOutboxMode } from '@/lib/api/dev-only';
import { readForm, safeReturnTo, withQuery } from '@/lib/api/form';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle } from '@/lib/api/server';
import { runDueReviews } from '@/lib/jingban/scheduler';
import { appContext } from '@/lib/server/context';

export const POST = handle(async (req) => {
  assertOutboxMode();
  assertSameOrigin(req);
  const form = await readForm(req);
  const { db, now, calendar } = await appContext();
  const run = await runDueReviews(db, now, calendar);
  if (!form.returnTo) return NextResponse.json(run);
  return redirectToPath(withQuery(safeReturnTo(form.returnTo, '/dev/jingban'), 'ran', String(run.advanced)));
});
