import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/server';
import { getDb } from '@/lib/db/client';
import { maskIdNumber } from '@/lib/identity/id-card';
import { reviewQueue } from '@/lib/staff/reviews';
import { requireStaff } from '@/lib/staff/session';

/** The 经办 review queue, oldest first (case workers only). */
export const GET = handle(async () => {
  await requireStaff(['caseworker']);
  const rows = await reviewQueue(await getDb());
  return NextResponse.json(
    {
      applications: rows.map(({ application: a, person: p }) => ({
        id: a.id,
        number: a.number,
        service: a.service,
        status: a.status,
        stage: a.stage,
        reviewMode: a.reviewMode,
        version: a.version,
        nextActionAt: a.nextActionAt?.toISOString() ?? null,
        applicant: { name: p.name, idNumber: maskIdNumber(p.idNumber) },
      })),
    },
    { headers: { 'cache-control': 'no-store' } },
  );
});
