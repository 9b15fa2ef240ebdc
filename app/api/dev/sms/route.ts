import { z } from 'zod';
import { phoneSchema, smsListOutput } from '@/lib/contracts/api';
import { assertOutboxMode } from '@/lib/api/dev-only';
import { handle, ok, readQuery } from '@/lib/api/server';
import { getDb } from '@/lib/db/client';
import { smsInbox } from '@/lib/jingban/demo';

const query = z.object({ phone: phoneSchema });

/** Newest first. */
export const GET = handle(async (req) => {
  assertOutboxMode();
  const { phone } = readQuery(req, query);
  return ok(smsListOutput, { messages: await smsInbox(await getDb(), phone) });
});
