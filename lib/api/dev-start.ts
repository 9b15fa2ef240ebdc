import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import type { Db } from '../db/client';
import type { StartResult } from '../jingban/started-for';
import type { WorkingCalendar } from '../calendar/working-days';
import { appContext } from '../server/context';
import { requestSmsDispatch } from '../sms/outbox';
import { assertOutboxMode } from './dev-only';
import { readForm, safeReturnTo, withQuery } from './form';
import { redirectToPath } from './redirect';
import { assertSameOrigin } from './same-origin';
import { readJson, type FormPost } from './server';

type Start<I> = (db: Db, input: I, now: Date, calendar: WorkingCalendar) => Promise<StartResult>;

/**
 * A 模拟经办 action that starts an application for someone (demo mode only). A form post goes back to
 * the page it came from with `<name>=<办件编号>`, or `<name>Error=<code>` for a refusal the page says in
 * words; JSON gets the application or the 4xx error.
 */
export async function devStart<S extends z.ZodType>(req: Request, form: FormPost, name: string, schema: S, start: Start<z.infer<S>>): Promise<Response> {
  assertOutboxMode();
  assertSameOrigin(req);
  const isJson = (req.headers.get('content-type') ?? '').includes('application/json');
  const { returnTo, ...fields } = isJson ? {} : await readForm(req);
  const back = safeReturnTo(returnTo, '/dev/jingban');
  form.refuseTo(back, { name: `${name}Error`, field: () => undefined });
  const input = isJson ? await readJson(req, schema) : schema.parse(fields);
  const { db, now, calendar } = await appContext();
  const { application, created } = await start(db, input, now, calendar);
  await requestSmsDispatch(db, now);
  if (isJson)
    return NextResponse.json({ id: application.id, number: application.number, status: application.status, created }, { status: created ? 201 : 200 });
  return redirectToPath(withQuery(back, name, application.number));
}
