import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { applicationEvents, applications, drafts, smsMessages } from '../db/schema';
import type { ApplicationRow, DbOrTx, Tx } from '../db/types';
import { preparedFor } from '../db/prepared';

type NewApplication = typeof applications.$inferInsert;
type NewEvent = typeof applicationEvents.$inferInsert;
type NewSms = typeof smsMessages.$inferInsert;

export type FilingRows = {
  application: NewApplication;
  events: NewEvent[];
  messages: NewSms[];
  /** The draft the filing comes from, removed by the same statement. */
  draft: { personId: string; service: string; id: string } | null;
};

// Every row of a kind binds the same columns (absent ones as null, which is what these nullable
// columns default to), so one statement text serves every filing with the same number of rows.
const EVENT_KEYS = ['applicationId', 'at', 'onBehalfOf', 'kind', 'fromStatus', 'toStatus', 'stage', 'actorKind', 'actorId', 'channel', 'detail'] as const;
const SMS_KEYS = ['phone', 'sender', 'template', 'params', 'body', 'applicationId', 'linkToken', 'linkExpiresAt'] as const;

// Each slot is bare SQL around a placeholder, so the value goes to the driver as params() encoded it: the
// query builder's own encoders do not take null (a filing's decidedAt, an event's detail), and the
// database reads each text as the type of the column it is inserted into.
function slots<K extends string>(prefix: string, keys: readonly K[]): Record<K, SQL> {
  return Object.fromEntries(keys.map((key) => [key, sql`${sql.placeholder(`${prefix}${key}`)}`])) as Record<K, SQL>;
}

function encoded(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** The statement for rows of this shape (which application columns, how many events and messages, whether a draft goes). */
function build(db: DbOrTx, rows: FilingRows) {
  const applicationKeys = Object.keys(rows.application);
  const filed = db.$with('filed').as(
    db
      .insert(applications)
      .values(slots('a_', applicationKeys) as unknown as NewApplication)
      .returning(),
  );
  const eventRows = Array.from({ length: rows.events.length }, (_, i) => slots(`e${i}_`, EVENT_KEYS) as unknown as NewEvent);
  const smsRows = Array.from({ length: rows.messages.length }, (_, i) => slots(`s${i}_`, SMS_KEYS) as unknown as NewSms);
  const writes = [
    filed,
    db.$with('filed_events').as(db.insert(applicationEvents).values(eventRows).returning({ id: applicationEvents.id })),
    db.$with('filed_sms').as(db.insert(smsMessages).values(smsRows).returning({ id: smsMessages.id })),
    ...(rows.draft
      ? [
          db.$with('filed_draft').as(
            db
              .delete(drafts)
              .where(
                and(
                  eq(drafts.personId, sql.placeholder('d_personId')),
                  eq(drafts.service, sql.placeholder('d_service')),
                  eq(drafts.id, sql.placeholder('d_id')),
                ),
              )
              .returning({ id: drafts.id }),
          ),
        ]
      : []),
  ];
  return db
    .with(...writes)
    .select()
    .from(filed);
}

type Statement = ReturnType<typeof build>;
type Prepared = ReturnType<Statement['prepare']>;

// Building this statement with the query builder was a fifth of a filing's JavaScript (profile of the
// submit route at c=10); prepared once per shape and database, PostgreSQL also keeps its plan.
const preparedByShape = preparedFor(() => new Map<string, Prepared>());

function params(rows: FilingRows): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rows.application)) values[`a_${key}`] = encoded(value);
  rows.events.forEach((event, i) => {
    for (const key of EVENT_KEYS) values[`e${i}_${key}`] = encoded(event[key]);
  });
  rows.messages.forEach((message, i) => {
    for (const key of SMS_KEYS) values[`s${i}_${key}`] = encoded(message[key]);
  });
  if (rows.draft) Object.assign(values, { d_personId: rows.draft.personId, d_service: rows.draft.service, d_id: rows.draft.id });
  return values;
}

/**
 * The application, its events, its SMS and the removal of its draft in one statement (atomic as a
 * transaction is), prepared once per shape on the app's database.
 */
export async function writeFiling(db: Db, rows: FilingRows): Promise<ApplicationRow | undefined> {
  const shape = `${Object.keys(rows.application).join(',')}|${rows.events.length}|${rows.messages.length}|${rows.draft ? 1 : 0}`;
  const byShape = preparedByShape(db);
  let statement = byShape.get(shape);
  if (!statement) {
    statement = build(db, rows).prepare(`file_application_${byShape.size}`);
    byShape.set(shape, statement);
  }
  return (await statement.execute(params(rows)))[0];
}

/** The same statement inside a transaction (approval with effects on other records): built for that transaction. */
export async function writeFilingIn(tx: Tx, rows: FilingRows): Promise<ApplicationRow | undefined> {
  return (await build(tx, rows).execute(params(rows)))[0];
}
