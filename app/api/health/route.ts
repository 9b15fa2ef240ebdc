import { NextResponse } from 'next/server';
import { getDb, getDbKind } from '@/lib/db/client';
import { handle } from '@/lib/api/server';

/** Ready once the database is open, migrated and seeded. */
export const GET = handle(async () => {
  await getDb();
  return NextResponse.json({ ok: true, db: await getDbKind() }, { headers: { 'cache-control': 'no-store' } });
});
