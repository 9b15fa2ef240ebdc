import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { applicationEvents, applications, type PlanStep } from '../db/schema';
import type { ApplicationRow, PersonRow } from '../db/types';
import { serviceReviews } from '../services/registry';
import type { Decision, ReviewContext, ServiceKey } from '../services/review';
import { smsToApplicant } from './applicant-sms';
import { applicantFacts, decisionEvent, decisionOutcome } from './applications';
import { applyApprovalEffects } from './effects';
import { ConflictError, DomainError } from './errors';
import { applicationSmsParams, decisionSms } from './notify';
import { assertTransition, type Actor, type ApplicationStatus } from './status';
import type { WorkingCalendar } from './working-days';

const jingbanActor = { actorKind: 'system', actorId: 'jingban', channel: 'system' } as const;

/**
 * 免申即享: the insured confirms what a hospital started for them. The confirmation is the
 * submission: 待确认 → 已提交 → 已受理, then the service's own review — decided at once when
 * the plan has no steps (居民 恶性肿瘤), otherwise planned like any application. Guarded by the
 * row's version: a second tap or a second device finds it no longer waiting.
 */
export async function confirmHospitalApplication(
  db: Db,
  person: PersonRow,
  appId: string,
  actor: Actor,
  now: Date,
  calendar: WorkingCalendar,
): Promise<ApplicationRow> {
  return db.transaction(async (tx) => {
    const [app] = await tx
      .select()
      .from(applications)
      .where(and(eq(applications.id, appId), eq(applications.personId, person.id)))
      .for('update');
    if (!app) throw new DomainError('not-found', {}, 404);
    if (app.status !== 'pending-confirmation') throw new ConflictError('not-pending-confirmation');
    assertTransition('pending-confirmation', 'submitted');
    assertTransition('submitted', 'accepted');

    const review = serviceReviews[app.service as ServiceKey];
    const ctx: ReviewContext = { answers: app.answers, applicant: applicantFacts(person), submittedAt: now, calendar };
    const plan = review.plan(ctx);
    const decision: Decision | null = plan.steps.length === 0 ? review.decide(ctx) : null;
    const status: ApplicationStatus = decision ? (decision.outcome === 'approved' ? 'completed' : 'rejected') : 'accepted';
    if (decision) assertTransition('accepted', status);
    const steps: PlanStep[] = plan.steps.map((s) => ({ at: s.at.toISOString(), action: s.action, ...(s.stage ? { stage: s.stage } : {}) }));

    const [row] = await tx
      .update(applications)
      .set({
        status,
        reviewMode: plan.mode,
        plan: steps,
        planIndex: 0,
        nextActionAt: plan.steps[0]?.at ?? null,
        expectedBy: plan.expectedBy,
        expectedEstimated: plan.estimated,
        outcome: decision ? decisionOutcome(decision) : null,
        submittedAt: now,
        decidedAt: decision ? now : null,
        updatedAt: now,
        version: app.version + 1,
      })
      .where(and(eq(applications.id, app.id), eq(applications.version, app.version)))
      .returning();
    if (!row) throw new ConflictError('not-pending-confirmation');

    const base = { applicationId: app.id, at: now, onBehalfOf: person.id };
    await tx.insert(applicationEvents).values([
      {
        ...base,
        kind: 'confirmed',
        fromStatus: 'pending-confirmation',
        toStatus: 'submitted',
        actorKind: actor.kind,
        actorId: actor.id,
        channel: actor.channel,
      },
      { ...base, kind: 'accepted', fromStatus: 'submitted', toStatus: 'accepted', ...jingbanActor },
    ]);
    if (decision) await tx.insert(applicationEvents).values(decisionEvent(base, decision));
    if (decision?.outcome === 'approved') await applyApprovalEffects(tx, row, now);
    const sms = decision ? decisionSms(row, decision) : { template: 'accepted' as const, params: applicationSmsParams(row) };
    await smsToApplicant(tx, row, person, sms);
    return row;
  });
}
