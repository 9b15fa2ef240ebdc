import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/server';
import { requireResident } from '@/lib/auth/current';
import { appContext } from '@/lib/server/context';
import { consentGrantsFor } from '@/lib/staff/consent-grants';
import { consentGrantView } from '@/lib/staff/consent-grant-view';

/** The consents staff were given for the signed-in resident (in-person checks and codes), newest first. */
export const GET = handle(async (_req, _ctx, locale) => {
  const session = await requireResident();
  const { db, now } = await appContext();
  const grants = await consentGrantsFor(db, session.person.id, now);
  return NextResponse.json({ grants: grants.map((g) => consentGrantView(g, locale)) }, { headers: { 'cache-control': 'no-store' } });
});
