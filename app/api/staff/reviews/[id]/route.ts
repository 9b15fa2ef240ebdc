import { isUuid } from '@/lib/contracts/api';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { redirectToPath } from '@/lib/api/redirect';
import { readInput } from '@/lib/api/read-input';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { translatorFor } from '@/lib/i18n/translator';
import { localePath } from '@/lib/i18n/paths';
import { DomainError } from '@/lib/errors/domain-error';
import { appContext } from '@/lib/server/context';
import { requestSmsDispatch } from '@/lib/sms/outbox';
import { liftInputs } from '@/lib/services/decision-inputs';
import { decideAtDesk, refusalReasons } from '@/lib/staff/reviews';
import { requireStaff } from '@/lib/staff/session';

type Ctx = { params: Promise<{ id: string }> };

// The service's own decision inputs (an amount, a reason from its list) are checked by decideAtDesk against its module.
const input = z.preprocess(
  liftInputs,
  z
    .object({
      decision: z.enum(['approve', 'refuse'], { message: 'choose-one' }),
      reason: z.enum(refusalReasons, { message: 'review-reason-required' }).optional(),
      version: z.coerce.number({ message: 'invalid-input' }).int().min(0),
      locale: z.string().max(10).optional(),
      inputs: z.record(z.string(), z.string().max(100)).optional(),
    })
    .strict()
    .refine((v) => v.decision === 'approve' || v.reason, { message: 'review-reason-required', path: ['reason'] }),
);

/** 批准 or 不予通过 (with a reason from the list) → the SMS to the resident. A second decision on the same version is a 409. */
export const POST = handle<Ctx>(async (req, ctx, locale, form) => {
  assertSameOrigin(req);
  const member = await requireStaff(['caseworker']);
  const { id } = await ctx.params;
  if (!isUuid(id)) throw new ApiError(404, 'not-found');
  const back = localePath(locale, '/staff/reviews');
  form.refuseTo(back);
  const { data } = await readInput(req, input);
  const { db, now, calendar } = await appContext();
  const choice =
    data.decision === 'approve' ? ({ decision: 'approve', inputs: data.inputs } as const) : ({ decision: 'refuse', reason: data.reason ?? 'other' } as const);
  const row = await decideAtDesk(db, member, id, data.version, choice, now, calendar).catch((error: unknown) => {
    // The rules' reason, in words.
    if (error instanceof DomainError && error.code === 'review-cannot-approve') {
      throw new DomainError(error.code, { reason: translatorFor(locale)(`rejectReasons.${String(error.params.reason) as 'other'}`) }, 422);
    }
    throw error;
  });
  await requestSmsDispatch(db, now);
  if (form.isForm) return redirectToPath(`${back}?done=${row.number}`);
  return NextResponse.json({ id: row.id, number: row.number, status: row.status, version: row.version });
});
