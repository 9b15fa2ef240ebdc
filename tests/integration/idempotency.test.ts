import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { applications, persons } from '@/lib/db/schema';
import type { PersonRow } from '@/lib/db/types';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { submitApplication } from '@/lib/jingban/applications';
import { createWorkingCalendar } from '@/lib/jingban/working-days';

const T = new Date('2026-11-10T02:00:00.000Z');
const calendar = createWorkingCalendar([]);

let db: Db;
let close: () => Promise<void>;
let wang: PersonRow;

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  [wang] = (await db.select().from(persons).where(eq(persons.id, DEMO_IDS.wangJianguo))) as [PersonRow];
});
afterAll(async () => close());

const submit = (key: string) =>
  submitApplication(
    db,
    { service: 'transfer', person: wang, answers: { toProvinceCode: '110000', toCityCode: '110100', contactPhone: wang.phone }, idempotencyKey: key, actor: { kind: 'resident', id: wang.id, channel: 'online' } },
    T,
    calendar,
  );

describe('idempotent submission under concurrency', () => {
  it('100 parallel submissions with one key give exactly one application, and all get it', async () => {
    const results = await Promise.all(Array.from({ length: 100 }, () => submit('same-key')));
    expect(new Set(results.map((r) => r.application.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.select().from(applications).where(eq(applications.idempotencyKey, 'same-key'))).toHaveLength(1);
  });

  it('100 parallel submissions with distinct keys give 100 applications with distinct numbers', async () => {
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => submit(`distinct-${i}`)));
    expect(results.every((r) => r.created)).toBe(true);
    const rows = await db.select().from(applications).where(like(applications.idempotencyKey, 'distinct-%'));
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((r) => r.number)).size).toBe(100);
  });
});
