import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { applicationEvents, applications, applicationNumberSeq, type PlanStep } from '../db/schema';
import { uniqueViolation } from '../db/errors';
import type { ApplicationRow, DbOrTx, PersonRow, Tx } from '../db/types';
import type { RegionCode } from '../data/regions';
import type { ApplicantFacts, Decision, ReviewContext, ServiceKey } from '../services/review';
import { moduleFor } from '../services/modules';
import { enqueueSms, smsRow } from '../sms/outbox';
import { writeFiling, writeFilingIn, type FilingRows } from './filing-statement';
import { applicantSms, smsToApplicant } from './applicant-sms';
import { shanghaiDate } from '../time/dates';
import { applicationSmsParams, decisionSms, progressSms, stageLabel } from './notify';
import { proxyNotice } from './proxy-notice';
import { applyApprovalEffects } from './effects';
import { ConflictError, DomainError } from '../errors/domain-error';
import { assertTransition, isFinal, type Actor, type ApplicationStatus } from './status';
import type { WorkingCalendar } from '../calendar/working-days';

export type SubmitInput = {
  service: ServiceKey;
  person: PersonRow;
  answers: Record<string, unknown>;
  idempotencyKey: string;
  actor: Actor;
  /** The draft this filing comes from: removed in the filing's own transaction, so no crash leaves both. */
  fromDraftId?: string;
};

export type SubmitResult = { application: ApplicationRow; created: boolean };

export function applicantFacts(person: PersonRow): ApplicantFacts {
  return {
    insuranceType: person.insuranceType,
    employmentStatus: person.employmentStatus,
    regionCode: person.regionCode as RegionCode,
  };
}

export async function nextApplicationNumber(db: DbOrTx, service: ServiceKey, now: Date): Promise<string> {
  const result: unknown = await db.execute(sql.raw(`select nextval('${applicationNumberSeq.seqName}') as n`));
  // PGlite and node-postgres both answer with { rows }.
  const rows = (result as { rows: { n: string | number }[] }).rows;
  return applicationNumber(service, Number(rows[0]?.n), now);
}

/** The number a filing is known by: the service's prefix, the Beijing date and the sequence's value `n`. */
export function applicationNumber(service: ServiceKey, n: number, now: Date): string {
  const day = shanghaiDate(now).replaceAll('-', '');
  return `${moduleFor(service).numberPrefix}${day}${String(n % 1_000_000).padStart(6, '0')}`;
}

async function findByKey(db: DbOrTx, personId: string, key: string): Promise<ApplicationRow | undefined> {
  const rows = await db
    .select()
    .from(applications)
    .where(and(eq(applications.personId, personId), eq(applications.idempotencyKey, key)));
  return rows[0];
}

/**
 * Files an application. Idempotent on (person, idempotencyKey): a double tap, a retry after a
 * timeout or a second tab returns the one application the database allowed.
 */
export async function submitApplication(db: Db, input: SubmitInput, now: Date, calendar: WorkingCalendar): Promise<SubmitResult> {
  const existing = await findByKey(db, input.person.id, input.idempotencyKey);
  if (existing) return { application: existing, created: false };
  return fileApplication(db, input, await nextApplicationNumber(db, input.service, now), now, calendar);
}

/**
 * Writes a filing numbered `number` whose idempotency key the caller found unused a moment ago: the
 * application, its events, its SMS and the removal of its draft in one statement (one round trip, atomic
 * as a transaction is), or, when approval has effects on other records, that statement and the effects in
 * one transaction. If another request filed under the same key meanwhile, the database refuses this one
 * whole and that filing is returned.
 */
export async function fileApplication(db: Db, input: SubmitInput, number: string, now: Date, calendar: WorkingCalendar): Promise<SubmitResult> {
  const review = moduleFor(input.service).review;
  const ctx: ReviewContext = { answers: input.answers, applicant: applicantFacts(input.person), submittedAt: now, calendar };
  const plan = review.plan(ctx);
  const decision: Decision | null = plan.steps.length === 0 ? review.decide(ctx) : null;
  const id = randomUUID();
  const status: ApplicationStatus = decision ? (decision.outcome === 'approved' ? 'completed' : 'rejected') : 'accepted';
  const steps: PlanStep[] = plan.steps.map((s) => ({ at: s.at.toISOString(), action: s.action, ...(s.stage ? { stage: s.stage } : {}) }));
  const values = {
    id,
    number,
    service: input.service,
    personId: input.person.id,
    status,
    answers: input.answers,
    reviewMode: plan.mode,
    plan: steps,
    planIndex: 0,
    nextActionAt: plan.steps[0]?.at ?? null,
    expectedBy: plan.expectedBy,
    expectedEstimated: plan.estimated,
    outcome: decision ? decisionOutcome(decision) : null,
    channel: input.actor.channel,
    actorKind: input.actor.kind,
    actorId: input.actor.id,
    actedBy: input.actor.actedBy ?? null,
    idempotencyKey: input.idempotencyKey,
    submittedAt: now,
    decidedAt: decision ? now : null,
  };
  const base = { applicationId: id, at: now, onBehalfOf: input.person.id };
  const events = [...filingEvents(base, input.actor), ...(decision ? [decisionEvent(base, decision)] : [])];
  // One SMS for the moment of filing: submission and the automatic 受理 happen together.
  const sms = decision ? decisionSms(values, decision) : progressSms('accepted', values);
  const notice = proxyNotice(input.person, input.actor, typeof input.answers._replaces === 'string' ? 'changedFiling' : 'submitted', values);
  const messages = [...applicantSms(values, input.person, sms, now), ...(notice ? [{ ...notice, at: now }] : [])];

  const rows: FilingRows = {
    application: values,
    events,
    messages: messages.map(smsRow),
    draft: input.fromDraftId ? { personId: input.person.id, service: input.service, id: input.fromDraftId } : null,
  };
  const written = (application: ApplicationRow | undefined) => {
    if (!application) throw new Error('the filing statement returned no application');
    return application;
  };
  try {
    const application =
      decision?.outcome === 'approved'
        ? await db.transaction(async (tx) => {
            const row = written(await writeFilingIn(tx, rows));
            await applyApprovalEffects(tx, row, now);
            return row;
          })
        : written(await writeFiling(db, rows));
    return { application, created: true };
  } catch (error) {
    if (uniqueViolation(error) !== 'applications_idempotency_key') throw error;
  }
  const winner = await findByKey(db, input.person.id, input.idempotencyKey);
  if (!winner) throw new ConflictError();
  return { application: winner, created: false };
}

type EventBase = { applicationId: string; at: Date; onBehalfOf: string };
type NewEvent = typeof applicationEvents.$inferInsert;
const jingbanActor = { actorKind: 'system', actorId: 'jingban', channel: 'system' } as const;

/** 提交 by whoever filed, then the automatic 受理 by the 经办 system. */
export function filingEvents(base: EventBase, actor: Actor): NewEvent[] {
  return [
    { ...base, kind: 'submitted', fromStatus: 'draft', toStatus: 'submitted', actorKind: actor.kind, actorId: actor.id, channel: actor.channel },
    { ...base, kind: 'accepted', fromStatus: 'submitted', toStatus: 'accepted', ...jingbanActor },
  ];
}

export function decisionEvent(base: EventBase, decision: Decision): NewEvent {
  const approved = decision.outcome === 'approved';
  return {
    ...base,
    kind: approved ? 'completed' : 'rejected',
    fromStatus: 'accepted',
    toStatus: approved ? 'completed' : 'rejected',
    ...jingbanActor,
    detail: decisionOutcome(decision),
  };
}

export function decisionOutcome(decision: Decision): Record<string, unknown> {
  return decision.outcome === 'approved' ? { outcome: 'approved', ...decision.result } : { outcome: 'rejected', reason: decision.reason };
}

type StepOptions = { expectedVersion?: number; decision?: Decision; actor: Actor };

/**
 * Carries out the application's next planned step, or a staff decision. Guarded by the row's
 * version: if someone else acted first, nothing is written and ConflictError is thrown.
 */
export async function advanceApplication(
  tx: Tx,
  app: ApplicationRow,
  now: Date,
  calendar: WorkingCalendar,
  person: PersonRow,
  options: StepOptions,
): Promise<ApplicationRow> {
  if (options.expectedVersion !== undefined && options.expectedVersion !== app.version) throw new ConflictError('already-decided');
  const from = app.status as ApplicationStatus;
  // A decision on an already final application would pass the transition check below
  // (completed → completed is "no change") and write a second decision and SMS.
  if (isFinal(from)) throw new ConflictError('already-decided');
  const step = app.plan[app.planIndex];
  // A hospital's 免申即享 filing is confirmed by the 经办 before anything else is decided about it.
  const action = options.decision ? 'decide' : from === 'pending-confirmation' ? 'confirm' : step?.action;
  if (!action) throw new ConflictError('nothing-due');

  let to: ApplicationStatus = from;
  let stage = app.stage;
  let outcome = app.outcome;
  let decision: Decision | null = null;
  if (action === 'confirm') {
    // 免申即享: the 医保经办机构 confirms online what the hospital filed.
    to = 'accepted';
  } else if (action === 'review') {
    to = 'reviewing';
  } else if (action === 'stage') {
    to = 'reviewing';
    stage = step?.stage ?? stage;
  } else {
    decision =
      options.decision ??
      moduleFor(app.service as ServiceKey).review.decide({
        answers: app.answers,
        applicant: applicantFacts(person),
        submittedAt: app.submittedAt ?? now,
        calendar,
      });
    to = decision.outcome === 'approved' ? 'completed' : 'rejected';
    outcome = decisionOutcome(decision);
  }
  if (to !== from) assertTransition(from, to);

  const remaining = options.decision ? [] : app.plan.slice(app.planIndex + 1);
  const nextStep = decision ? undefined : remaining[0];
  const updated = await tx
    .update(applications)
    .set({
      status: to,
      stage,
      outcome,
      planIndex: decision ? app.plan.length : Math.min(app.planIndex + 1, app.plan.length),
      nextActionAt: nextStep ? new Date(nextStep.at) : null,
      decidedAt: decision ? now : app.decidedAt,
      updatedAt: now,
      version: app.version + 1,
    })
    .where(and(eq(applications.id, app.id), eq(applications.version, app.version)))
    .returning();
  const row = updated[0];
  if (!row) throw new ConflictError('already-decided');
  if (decision?.outcome === 'approved') await applyApprovalEffects(tx, row, now);

  await tx.insert(applicationEvents).values({
    applicationId: app.id,
    at: now,
    kind: decision
      ? decision.outcome === 'approved'
        ? 'completed'
        : 'rejected'
      : action === 'confirm'
        ? 'jingban-confirmed'
        : action === 'stage'
          ? 'stage'
          : 'reviewing',
    fromStatus: from,
    toStatus: to,
    stage: action === 'stage' ? stage : null,
    actorKind: options.actor.kind,
    actorId: options.actor.id,
    onBehalfOf: app.personId,
    channel: options.actor.channel,
    detail: decision ? decisionOutcome(decision) : null,
  });
  const sms = decision
    ? decisionSms(row, decision)
    : action === 'confirm'
      ? { template: 'jingbanConfirmed' as const, params: applicationSmsParams(row) }
      : action === 'stage'
        ? { template: 'stage' as const, params: { ...applicationSmsParams(row), stage: stageLabel(stage) } }
        : progressSms('reviewing', row);
  await smsToApplicant(tx, row, person, sms, now);
  return row;
}

/** 撤销: the insured (or their proxy) withdraws an application that is not yet in review. */
export async function cancelApplication(db: Db, app: ApplicationRow, person: PersonRow, actor: Actor, now: Date): Promise<ApplicationRow> {
  const from = app.status as ApplicationStatus;
  if (from === 'reviewing') throw new DomainError('cannot-cancel-in-review', {}, 409);
  assertTransition(from, 'cancelled');
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(applications)
      .set({ status: 'cancelled', nextActionAt: null, updatedAt: now, version: app.version + 1 })
      .where(and(eq(applications.id, app.id), eq(applications.version, app.version)))
      .returning();
    const row = updated[0];
    if (!row) throw new ConflictError();
    await tx.insert(applicationEvents).values({
      applicationId: app.id,
      at: now,
      kind: 'cancelled',
      fromStatus: from,
      toStatus: 'cancelled',
      actorKind: actor.kind,
      actorId: actor.id,
      onBehalfOf: app.personId,
      channel: actor.channel,
    });
    await smsToApplicant(tx, row, person, { template: 'cancelled', params: applicationSmsParams(row) }, now);
    const notice = proxyNotice(person, actor, 'cancelled', row);
    if (notice) await enqueueSms(tx, { ...notice, at: now });
    return row;
  });
}
