import { NextResponse } from 'next/server';
import { z } from 'zod';
import { idParam } from '@/lib/api/contracts';
import { formLocale, readForm } from '@/lib/api/form';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle, readJson } from '@/lib/api/server';
import { accessPerson, requireCaller } from '@/lib/auth/access';
import { ownerOf } from '@/lib/jingban/owners';
import { localePath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { confirmHospitalApplication } from '@/lib/jingban/confirm';
import { DomainError } from '@/lib/jingban/errors';
import { appContext } from '@/lib/server/context';
import { isFormPost } from '@/lib/server/flow-request';
import { refusalQuery } from '@/lib/services/refusal-query';
import { dispatchDueSms } from '@/lib/sms/outbox';

type Ctx = { params: Promise<{ id: string }> };

const input = z.object({ locale: z.string().max(10).optional() }).strict();

/** 免申即享: the insured confirms, with one tap, an application a hospital started for them. */
export const POST = handle<Ctx>(async (req, ctx, locale) => {
  assertSameOrigin(req);
  const parsed = idParam.safeParse((await ctx.params).id);
  if (!parsed.success) throw new ApiError(404, 'not-found');
  const id = parsed.data;
  await requireCaller();
  const { db, now, calendar } = await appContext();
  const owner = await ownerOf(db, 'application', id);
  if (!owner) throw new ApiError(404, 'not-found');
  // 免申即享 applications are all 门诊慢特病 ones.
  const { subject, actor } = await accessPerson(owner, { kind: 'act', service: 'chronic', action: 'confirm' });
  const form = isFormPost(req) ? await readForm(req) : null;
  // A JSON body is optional: `{ locale }` at most.
  const json = form || !(req.headers.get('content-type') ?? '').includes('json') ? null : await readJson(req, input);
  const pageLocale = form ? formLocale(form, locale) : isLocale(json?.locale) ? json.locale : locale;
  const page = localePath(pageLocale, `/applications/${id}`);
  let row;
  try {
    row = await confirmHospitalApplication(db, subject, id, actor, now, calendar);
  } catch (error) {
    if (form && error instanceof DomainError) {
      return redirectToPath(`${page}?${refusalQuery({ code: error.code, params: error.params }, false)}`);
    }
    throw error;
  }
  await dispatchDueSms(db, now);
  if (form) return redirectToPath(page);
  return NextResponse.json({ id: row.id, number: row.number, status: row.status }, { headers: { 'cache-control': 'no-store' } });
});
