import { NextResponse } from 'next/server';
import { z } from 'zod';
import { redirectToPath } from '@/lib/api/redirect';
import { readInput } from '@/lib/api/read-input';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle } from '@/lib/api/server';
import { claimAssist } from '@/lib/assist/sessions';
import { localePath } from '@/lib/i18n/paths';
import { appContext } from '@/lib/server/context';
import { requireStaff } from '@/lib/staff/session';

const input = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, { message: 'assist-code-format' }),
    locale: z.string().max(10).optional(),
  })
  .strict();

/** The staff member types the resident's code: single use, 10 minutes, guesses limited. */
export const POST = handle(async (req, _ctx, locale, form) => {
  assertSameOrigin(req);
  const member = await requireStaff(['agent', 'station']);
  form.refuseTo(localePath(locale, '/staff/assist'));
  const { data } = await readInput(req, input);
  const { db, now } = await appContext();
  const row = await claimAssist(db, member.id, data.code, now);
  if (form.isForm) return redirectToPath(localePath(locale, `/staff/assist/${row.id}`));
  return NextResponse.json({ id: row.id }, { headers: { 'cache-control': 'no-store' } });
});
