import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like, sql } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { applicationEvents, applications, persons, smsMessages } from '@/lib/db/schema';
import type { PersonRow } from '@/lib/db/types';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { submitApplication } from '@/lib/jingban/applications';
import { createWorkingCalendar } from '@/lib/calendar/working-days';

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
    {
      service: 'transfer',
      person: wang,
      answers: { toProvinceCode: '110000', toCityCode: '110100', contactPhone: wang.phone },
      idempotencyKey: key,
      actor: { kind: 'resident', id: wang.id, channel: 'online' },
    },
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

describe('filing is one transaction', () => {
  // A crash between the application and its SMS would leave one without the other; an SMS insert
  // the database refuses stands in for that crash, deterministically (the kill -9 e2e catches it
  // only when the kill happens to land in between).
  it('when the acceptance SMS cannot be written, no application or event is left either', async () => {
    await db.execute(sql.raw(`create function refuse_sms() returns trigger language plpgsql as $$ begin raise exception 'sms refused'; end $$`));
    await db.execute(
      sql.raw(`create trigger refuse_sms before insert on sms_messages for each row when (new.phone = '${wang.phone}') execute function refuse_sms()`),
    );
    try {
      await expect(submit('atomic-key')).rejects.toThrow();
    } finally {
      await db.execute(sql.raw('drop trigger refuse_sms on sms_messages'));
      await db.execute(sql.raw('drop function refuse_sms()'));
    }
    expect(await db.select().from(applications).where(eq(applications.idempotencyKey, 'atomic-key'))).toEqual([]);
    const retried = await submit('atomic-key');
    expect(retried.created).toBe(true);
    expect(await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, retried.application.id))).toHaveLength(2);
    expect(await db.select().from(smsMessages).where(eq(smsMessages.applicationId, retried.application.id))).toHaveLength(1);
  });
});
