import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { applicationEvents, applications } from '../db/schema';
import type { ApplicationRow, PersonRow, Tx } from '../db/types';
import type { ReviewPlan, ServiceKey } from '../services/review';
import type { SmsParams, SmsTemplate } from '../sms/templates';
import { smsToApplicant } from './applicant-sms';
import { nextApplicationNumber } from './applications';
import { ConflictError } from '../errors/domain-error';
import { applicationSmsParams } from './notify';
import type { Actor, ApplicationStatus } from './status';

/**
 * An application nobody in the family filed: started for the person by a hospital (免申即享 门诊慢特病,
 * 002 第12条) or by the 经办 system itself (省内 转移接续, 002 第9条). The first event says who started it
 * and why; the person hears of it by SMS at once and does nothing.
 */
export type StartedFor = {
  service: ServiceKey;
  person: PersonRow;
  answers: Record<string, unknown>;
  /** Repeating the same start (a double post, a retry) finds the one application it made. */
  idempotencyKey: string;
  status: Extract<ApplicationStatus, 'pending-confirmation' | 'accepted'>;
  plan: ReviewPlan;
  actor: Actor;
  /** The events that open its timeline (the start, and the 受理 when there is one), in order. */
  events: { kind: string; fromStatus: ApplicationStatus | null; toStatus: ApplicationStatus; actor: Actor; detail?: Record<string, unknown> }[];
  sms: { template: SmsTemplate; params?: SmsParams };
};

export type StartResult = { application: ApplicationRow; created: boolean };

async function findByKey(db: Db | Tx, personId: string, key: string): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.personId, personId), eq(applications.idempotencyKey, key)));
  return row;
}

/** Inserts it with its plan, events and first SMS in the caller's transaction; idempotent on the key. */
export async function insertStartedApplication(tx: Tx, input: StartedFor, now: Date): Promise<StartResult> {
  const existing = await findByKey(tx, input.person.id, input.idempotencyKey);
  if (existing) return { application: existing, created: false };
  const id = randomUUID();
  const [application] = await tx
    .insert(applications)
    .values({
      id,
      number: await nextApplicationNumber(tx, input.service, now),
      service: input.service,
      personId: input.person.id,
      status: input.status,
      answers: input.answers,
      reviewMode: input.plan.mode,
      plan: input.plan.steps.map((s) => ({ at: s.at.toISOString(), action: s.action, ...(s.stage ? { stage: s.stage } : {}) })),
      planIndex: 0,
      nextActionAt: input.plan.steps[0]?.at ?? null,
      expectedBy: input.plan.expectedBy,
      expectedEstimated: input.plan.estimated,
      channel: input.actor.channel,
      actorKind: input.actor.kind,
      actorId: input.actor.id,
      idempotencyKey: input.idempotencyKey,
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: [applications.personId, applications.idempotencyKey] })
    .returning();
  if (!application) {
    const winner = await findByKey(tx, input.person.id, input.idempotencyKey);
    if (!winner) throw new ConflictError();
    return { application: winner, created: false };
  }
  await tx.insert(applicationEvents).values(
    input.events.map((e) => ({
      applicationId: id,
      at: now,
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorKind: e.actor.kind,
      actorId: e.actor.id,
      onBehalfOf: input.person.id,
      channel: e.actor.channel,
      detail: e.detail ?? null,
    })),
  );
  await smsToApplicant(
    tx,
    application,
    input.person,
    { template: input.sms.template, params: { ...applicationSmsParams(application), ...input.sms.params } },
    now,
  );
  return { application, created: true };
}
