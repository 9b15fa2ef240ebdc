import { NextResponse } from 'next/server';
import { settlementInput } from '@/lib/contracts/api';
import { readDevAction } from '@/lib/api/dev-only';
import { redirectToPath } from '@/lib/api/redirect';
import { ApiError, handle } from '@/lib/api/server';
import { ownerOf } from '@/lib/jingban/owners';
import { recordFilingSettlement } from '@/lib/jingban/remote-filings';
import { appContext } from '@/lib/server/context';
import { requestSmsDispatch } from '@/lib/sms/outbox';

/**
 * 模拟经办: record a settlement as the real settlement system would report it, at the filed place (the
 * first sets the filing's first-cost date) or back at the 参保地 (rates by the filing's basis, with an SMS).
 */
export const POST = handle(async (req) => {
  const { input, isJson, back } = await readDevAction(req, settlementInput);
  const { db, now } = await appContext();
  const personId = await ownerOf(db, 'remote-filing', input.filingId);
  if (!personId) throw new ApiError(422, 'settlement-no-filing');
  const result = await recordFilingSettlement(
    db,
    { personId, filingId: input.filingId, place: input.place, date: input.date, amountFen: Math.round(input.amount * 100) },
    now,
  );
  await requestSmsDispatch(db, now);
  if (isJson) return NextResponse.json(result);
  return redirectToPath(`${back}#settle-${input.place}`);
});
