import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, jsonb, pgSequence, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const persons = pgTable(
  'persons',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['male', 'female'] }).notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    idNumber: text('id_number').notNull(),
    phone: text('phone').notNull(),
    insuranceType: text('insurance_type', { enum: ['employee', 'resident'] }).notNull(),
    employmentStatus: text('employment_status', { enum: ['active', 'retired'] }),
    regionCode: text('region_code').notNull(),
    districtCode: text('district_code'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('persons_id_number_key').on(t.idNumber), uniqueIndex('persons_phone_key').on(t.phone)],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    kind: text('kind', { enum: ['resident', 'family', 'staff'] }).notNull(),
    subjectId: text('subject_id').notNull(),
    actingFor: text('acting_for'),
    createdAt: createdAt(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('sessions_subject_idx').on(t.kind, t.subjectId)],
);

export const smsCodes = pgTable(
  'sms_codes',
  {
    id: serial('id').primaryKey(),
    phone: text('phone').notNull(),
    purpose: text('purpose').notNull(),
    codeHash: text('code_hash').notNull(),
    createdAt: createdAt(),
    expiresAt: instant('expires_at').notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    consumedAt: instant('consumed_at'),
    /** Hash of the requester's sign-in attempt (a cookie): only that attempt may try this code (issue 14.5). */
    attempt: text('attempt'),
    /** Asked for from a device the phone's owner signed in on before: counted apart from strangers' requests. */
    fromDevice: boolean('from_device').notNull().default(false),
  },
  (t) => [index('sms_codes_phone_idx').on(t.phone, t.purpose, t.createdAt)],
);

/** Devices (a cookie) on which a phone's owner signed in: their code requests have a budget no stranger can spend. */
export const trustedDevices = pgTable(
  'trusted_devices',
  {
    tokenHash: text('token_hash').notNull(),
    phone: text('phone').notNull(),
    createdAt: createdAt(),
    lastUsedAt: instant('last_used_at').notNull(),
  },
  (t) => [uniqueIndex('trusted_devices_token_phone_key').on(t.tokenHash, t.phone)],
);

export const smsMessages = pgTable(
  'sms_messages',
  {
    id: serial('id').primaryKey(),
    phone: text('phone').notNull(),
    sender: text('sender').notNull(),
    template: text('template').notNull(),
    params: jsonb('params').$type<Record<string, string | number>>().notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: instant('next_attempt_at'),
    applicationId: text('application_id'),
    createdAt: createdAt(),
    sentAt: instant('sent_at'),
    /** The process sending it now (lib/sms/outbox.ts claims); with lease_until, in the database's own clock. */
    claimedBy: text('claimed_by'),
    leaseUntil: instant('lease_until'),
    /** The short link this message carries (/m/<token>, lib/sms/links.ts): its 办件 and recipient are this row's. */
    linkToken: text('link_token'),
    /** Until when the link opens the 办件, on the app's clock (SMS_LINK_DAYS after the message). */
    linkExpiresAt: instant('link_expires_at'),
  },
  (t) => [
    uniqueIndex('sms_messages_link_token_idx').on(t.linkToken),
    index('sms_messages_phone_idx').on(t.phone, t.createdAt),
    index('sms_messages_due_idx').on(t.status, t.nextAttemptAt),
    index('sms_messages_lease_idx').on(t.leaseUntil),
  ],
);

export const applicationNumberSeq = pgSequence('application_number_seq', { startWith: 1 });

export type PlanStep = {
  at: string;
  /** confirm: the 医保经办机构 confirms an application a hospital filed (免申即享). */
  action: 'confirm' | 'review' | 'stage' | 'decide';
  stage?: string;
};

export type ActedBy = { kind: 'relative'; linkId: string; name: string; relation: string; gender: 'male' | 'female' | null };

export const applications = pgTable(
  'applications',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull(),
    service: text('service').notNull(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    status: text('status').notNull(),
    stage: text('stage'),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    reviewMode: text('review_mode').notNull(),
    plan: jsonb('plan')
      .$type<PlanStep[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    planIndex: integer('plan_index').notNull().default(0),
    nextActionAt: instant('next_action_at'),
    expectedBy: date('expected_by', { mode: 'string' }),
    expectedEstimated: boolean('expected_estimated').notNull().default(false),
    outcome: jsonb('outcome').$type<Record<string, unknown>>(),
    channel: text('channel').notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    /** Who filed it for the applicant, as they were named then (亲情账户 代办); null when the applicant did. */
    actedBy: jsonb('acted_by').$type<ActedBy>(),
    idempotencyKey: text('idempotency_key').notNull(),
    submittedAt: instant('submitted_at'),
    decidedAt: instant('decided_at'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(0),
  },
  (t) => [
    uniqueIndex('applications_number_key').on(t.number),
    uniqueIndex('applications_idempotency_key').on(t.personId, t.idempotencyKey),
    index('applications_person_idx').on(t.personId, t.createdAt),
    index('applications_due_idx').on(t.nextActionAt),
  ],
);

export const applicationEvents = pgTable(
  'application_events',
  {
    id: serial('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    at: instant('at').notNull(),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    stage: text('stage'),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    onBehalfOf: text('on_behalf_of').notNull(),
    channel: text('channel').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [index('application_events_app_idx').on(t.applicationId, t.id)],
);

export const remoteFilings = pgTable(
  'remote_filings',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    applicationId: text('application_id').references(() => applications.id),
    category: text('category', { enum: ['long-term', 'temporary'] }).notNull(),
    reason: text('reason').notNull(),
    scope: text('scope', { enum: ['intra-province', 'inter-province'] }).notNull(),
    destProvinceCode: text('dest_province_code').notNull(),
    destCityCode: text('dest_city_code').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    status: text('status', { enum: ['active', 'changed', 'cancelled'] }).notNull(),
    lastCostDate: date('last_cost_date', { mode: 'string' }),
    firstCostDate: date('first_cost_date', { mode: 'string' }),
    /** 002 第8条: filed by 个人承诺 alone, or with 户籍证明 / 居住证 / 单位工作证明 (null: filed before this was recorded). */
    basis: text('basis', { enum: ['promise', 'proof'] }),
    /** The day proof was given: the filing day, or the day it was added later. */
    proofSince: date('proof_since', { mode: 'string' }),
    proofUploadIds: jsonb('proof_upload_ids').$type<string[]>(),
    /** The 7-day expiry reminder went out (a temporary filing's, once). */
    expiryReminderAt: instant('expiry_reminder_at'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('remote_filings_person_idx').on(t.personId, t.status)],
);

/** A settlement the mock 经办 recorded for a filing: at the filed place, or back at the 参保地. */
export const filingSettlements = pgTable(
  'filing_settlements',
  {
    id: text('id').primaryKey(),
    filingId: text('filing_id')
      .notNull()
      .references(() => remoteFilings.id),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    place: text('place', { enum: ['filed-place', 'home'] }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    amountFen: integer('amount_fen').notNull(),
    /** Which rates applied: the 参保地's own, or 临时外出就医 (002 第8条). A category, never a percentage. */
    rateCategory: text('rate_category', { enum: ['local', 'filed-place', 'temporary'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('filing_settlements_filing_idx').on(t.filingId, t.date)],
);

export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const holidaySchedules = pgTable('holiday_schedules', {
  year: integer('year').primaryKey(),
  holidays: jsonb('holidays').$type<string[]>().notNull(),
  workdays: jsonb('workdays').$type<string[]>().notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** The answers so far, saved at every step; one draft per person and service. */
export const drafts = pgTable(
  'drafts',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    service: text('service').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    currentStep: text('current_step'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('drafts_person_service_key').on(t.personId, t.service)],
);

/** Photos of diagnosis or proof, kept in the database (checked by content, ≤ 5 MB). */
export const uploads = pgTable(
  'uploads',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    /** What the photo was taken for, `service:step` (chronic:evidence, remote-care:proof); null: a general upload. */
    purpose: text('purpose'),
    createdAt: createdAt(),
  },
  (t) => [index('uploads_person_idx').on(t.personId, t.createdAt)],
);

/** A person's designated facilities (定点医疗机构); a change ends one row and starts another. */
export const designations = pgTable(
  'designations',
  {
    id: serial('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    facilityCode: text('facility_code').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    applicationId: text('application_id'),
    createdAt: createdAt(),
  },
  (t) => [index('designations_person_idx').on(t.personId)],
);

/** Someone who signs in to act for an insured elder but is not insured in Shandong themselves. */
export const familyUsers = pgTable(
  'family_users',
  {
    id: text('id').primaryKey(),
    phone: text('phone').notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('family_users_phone_key').on(t.phone)],
);

export type ProxyScope = { act: string[] };

/**
 * 亲情账户: an elder lets a relative (known by phone) see, or also file, their 医保 business.
 * Only the elder's act makes a link active: accepting an invitation the elder sent, or confirming
 * (in the app or by the code read to the relative) a request the relative sent.
 */
export const proxyLinks = pgTable(
  'proxy_links',
  {
    id: text('id').primaryKey(),
    elderPersonId: text('elder_person_id')
      .notNull()
      .references(() => persons.id),
    relativePhone: text('relative_phone').notNull(),
    relativeName: text('relative_name').notNull(),
    relation: text('relation', { enum: ['spouse', 'child', 'parent', 'sibling', 'other'] }).notNull(),
    scope: jsonb('scope').$type<ProxyScope>().notNull(),
    status: text('status', { enum: ['invited', 'requested', 'active', 'declined', 'revoked', 'withdrawn', 'expired'] }).notNull(),
    initiatedBy: text('initiated_by', { enum: ['elder', 'relative', 'staff'] }).notNull(),
    validUntil: instant('valid_until').notNull(),
    codeHash: text('code_hash'),
    codeExpiresAt: instant('code_expires_at'),
    codeWrongTries: integer('code_wrong_tries').notNull().default(0),
    createdAt: createdAt(),
    activatedAt: instant('activated_at'),
    endedAt: instant('ended_at'),
    version: integer('version').notNull().default(0),
    /** A link opened by staff: the 工号 who made it, their station, and the second 工号 who confirmed a long one (issue 14.7). */
    madeByStaffNo: text('made_by_staff_no'),
    madeAtStation: text('made_at_station'),
    secondStaffNo: text('second_staff_no'),
  },
  (t) => [
    index('proxy_links_elder_idx').on(t.elderPersonId, t.createdAt),
    index('proxy_links_relative_idx').on(t.relativePhone, t.createdAt),
    // One open link (waiting or active) per elder and relative.
    uniqueIndex('proxy_links_open_key')
      .on(t.elderPersonId, t.relativePhone)
      .where(sql`status in ('invited', 'requested', 'active')`),
  ],
);

/** What relatives did for an elder, link changes, and every refused attempt; the elder reads their part. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: serial('id').primaryKey(),
    at: instant('at').notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    actorPhone: text('actor_phone'),
    subjectPersonId: text('subject_person_id'),
    linkId: text('link_id'),
    action: text('action').notNull(),
    outcome: text('outcome', { enum: ['allowed', 'denied'] }).notNull(),
    detail: jsonb('detail').$type<Record<string, string | number | null>>(),
  },
  (t) => [index('audit_events_subject_idx').on(t.subjectPersonId, t.id), index('audit_events_link_idx').on(t.linkId, t.id)],
);

/** Call-centre agents, service-station staff and 经办 case workers; demo accounts are seeded and documented as demo-only. */
export const staff = pgTable(
  'staff',
  {
    id: text('id').primaryKey(),
    staffNo: text('staff_no').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['agent', 'station', 'caseworker'] }).notNull(),
    station: text('station'),
    passwordHash: text('password_hash').notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: instant('locked_until'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('staff_no_key').on(t.staffNo)],
);

/** What the resident's screen shows, as shared with the helping staff (IDs and phones masked). */
export type AssistPage = {
  title: string;
  progress: string | null;
  question: string | null;
  hint: string | null;
  options: { label: string; checked: boolean }[];
  answers: { label: string; value: string }[];
  path: string;
};

/** 请客服帮我: a resident shares their screen's words with one staff member, by a single-use code. */
export const assistSessions = pgTable(
  'assist_sessions',
  {
    id: text('id').primaryKey(),
    codeHash: text('code_hash').notNull(),
    personId: text('person_id'),
    createdAt: createdAt(),
    expiresAt: instant('expires_at').notNull(),
    claimedBy: text('claimed_by'),
    claimedAt: instant('claimed_at'),
    endedAt: instant('ended_at'),
    page: jsonb('page').$type<AssistPage>(),
    pageVersion: integer('page_version').notNull().default(0),
    hint: text('hint'),
    hintVersion: integer('hint_version').notNull().default(0),
  },
  (t) => [index('assist_sessions_open_idx').on(t.expiresAt)],
);

/** Rate budgets' counters (lib/security/rate-limit.ts, rate-limiter-flexible's Drizzle store). */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: instant('expire'),
});
