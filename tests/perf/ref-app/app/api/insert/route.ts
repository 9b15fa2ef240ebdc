import { mkdir } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';

export const dynamic = 'force-dynamic';

// One PGlite per process, opened lazily, like the product's.
const holder = globalThis as typeof globalThis & { __refDb?: Promise<PGlite> };

async function open(): Promise<PGlite> {
  const dir = process.env.REF_PGLITE_DIR ?? './data/ref-pglite';
  await mkdir(dir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dir);
  await db.exec('create table if not exists hits (id bigserial primary key, body text not null, at timestamptz not null default now())');
  return db;
}

export async function POST(req: Request) {
  holder.__refDb ??= open().catch((error: unknown) => {
    holder.__refDb = undefined;
    throw error;
  });
  const db = await holder.__refDb;
  const body = await req.text();
  const { rows } = await db.query<{ id: string }>('insert into hits (body) values ($1) returning id', [body.slice(0, 200)]);
  return Response.json({ id: rows[0]?.id }, { status: 201 });
}
