import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle, readJson } from '@/lib/api/server';
import { requireResidentAssist } from '@/lib/assist/resident';
import { sharePage } from '@/lib/assist/sessions';
import { appContext } from '@/lib/server/context';

const text = (max: number) => z.string().max(max);
const input = z
  .object({
    title: text(200),
    progress: text(100).nullable(),
    question: text(1000).nullable(),
    hint: text(2000).nullable(),
    options: z.array(z.object({ label: text(500), checked: z.boolean() }).strict()).max(200),
    answers: z.array(z.object({ label: text(200), value: text(1000) }).strict()).max(50),
    path: text(300),
  })
  .strict();

/** The resident's page as it is now (the server masks IDs and phones again before keeping it). */
export const POST = handle(async (req) => {
  assertSameOrigin(req);
  const page = await readJson(req, input);
  const { db, now } = await appContext();
  const row = await requireResidentAssist(db, now);
  await sharePage(db, row.id, page);
  return NextResponse.json({ shared: true, claimed: Boolean(row.claimedBy) }, { headers: { 'cache-control': 'no-store' } });
});
