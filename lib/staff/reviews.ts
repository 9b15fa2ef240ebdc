import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { applications, persons } from '../db/schema';
import type { ApplicationRow, PersonRow } from '../db/types';
import { advanceApplication, applicantFacts } from '../jingban/applications';
import { personRecords } from '../jingban/person-records';
import { DomainError } from '../errors/domain-error';
import type { Actor } from '../jingban/status';
import type { WorkingCalendar } from '../calendar/working-days';
import { decisionInputSchema } from '../services/decision-inputs';
import { moduleFor } from '../services/modules';
import { deskReviewModes, type Decision, type ServiceKey } from '../services/review';
import { shanghaiDate } from '../time/dates';
import type { StaffRow } from './sign-in';

/** Reasons a case worker may give for 不予通过, as keys under rejectReasons. */
export const refusalReasons = ['missing-evidence', 'disease-not-in-catalogue', 'other'] as const;
export type RefusalReason = (typeof refusalReasons)[number];

/**
 * What waits for a person to decide: reviews of a desk mode (慢特病 monthly and centralised, transfers
 * under way, any service that waits for the desk), and 免申即享 applications hospitals filed, waiting
 * for the 经办's online confirmation (002 第12条).
 */
export async function reviewQueue(db: Db, limit = 100): Promise<{ application: ApplicationRow; person: PersonRow }[]> {
  return db
    .select({ application: applications, person: persons })
    .from(applications)
    .innerJoin(persons, eq(persons.id, applications.personId))
    .where(
      or(
        and(inArray(applications.status, ['accepted', 'reviewing']), inArray(applications.reviewMode, [...deskReviewModes])),
        eq(applications.status, 'pending-confirmation'),
      ),
    )
    .orderBy(asc(applications.submittedAt))
    .limit(limit);
}

/** `inputs`: what the service asks the case worker to enter to approve (see its module's decisionInputs). */
export type DeskDecision = { decision: 'approve'; inputs?: Record<string, unknown> } | { decision: 'refuse'; reason: RefusalReason };

/** The decision inputs as the service declares them, validated; kept with the result under `inputs`. */
function approvedInputs(service: ServiceKey, given: Record<string, unknown> = {}): Record<string, string> {
  const schema = z.object({ inputs: decisionInputSchema(moduleFor(service).decisionInputs ?? []) });
  return schema.parse({ inputs: given }).inputs;
}

/**
 * A case worker's decision on the version of the application they were shown. The scheduler and
 * other case workers are guarded by the same version: whoever writes second gets a conflict.
 * Approving still follows the rules: if they say no, the desk cannot say yes.
 */
export async function decideAtDesk(
  db: Db,
  member: StaffRow,
  id: string,
  version: number,
  choice: DeskDecision,
  now: Date,
  calendar: WorkingCalendar,
): Promise<ApplicationRow> {
  return db.transaction(async (tx) => {
    const [app] = await tx.select().from(applications).where(eq(applications.id, id)).for('update');
    if (!app) throw new DomainError('not-found', {}, 404);
    const [person] = await tx.select().from(persons).where(eq(persons.id, app.personId));
    if (!person) throw new DomainError('not-found', {}, 404);
    const service = app.service as ServiceKey;
    let decision: Decision;
    if (choice.decision === 'approve') {
      const inputs = approvedInputs(service, choice.inputs);
      const serviceModule = moduleFor(service);
      const facts = await serviceModule.loadFacts?.(personRecords(tx), person.id, shanghaiDate(now));
      decision = serviceModule.review.decide({ answers: app.answers, applicant: applicantFacts(person), submittedAt: app.submittedAt ?? now, calendar, facts });
      if (decision.outcome === 'rejected') throw new DomainError('review-cannot-approve', { reason: decision.reason }, 422);
      if (Object.keys(inputs).length > 0) decision = { outcome: 'approved', result: { ...decision.result, inputs } };
    } else {
      decision = { outcome: 'rejected', reason: choice.reason };
    }
    const actor: Actor = { kind: 'staff', id: member.staffNo, channel: 'system' };
    // 免申即享: approving is the 经办's online confirmation of what the hospital filed, then 已认定.
    if (app.status === 'pending-confirmation' && decision.outcome === 'approved') {
      const confirmed = await advanceApplication(tx, app, now, calendar, person, { expectedVersion: version, actor });
      return advanceApplication(tx, confirmed, now, calendar, person, { decision, actor });
    }
    return advanceApplication(tx, app, now, calendar, person, { expectedVersion: version, decision, actor });
  });
}
