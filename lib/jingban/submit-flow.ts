import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { preparedFor } from '../db/prepared';
import { applicationNumberSeq, applications, drafts } from '../db/schema';
import type { PersonRow } from '../db/types';
import { validateAll } from '../services/engine';
import type { FlowContext } from '../services/flow';
import { flowFor } from '../services/flows';
import type { ServiceKey } from '../services/review';
import { allOwnUploads } from '../uploads/store';
import { applicationNumber, fileApplication, type SubmitResult } from './applications';
import { DomainError } from '../errors/domain-error';
import type { Actor } from './status';
import type { WorkingCalendar } from '../calendar/working-days';

export class FlowRefusal extends DomainError {
  constructor(
    code: string,
    params: Record<string, string | number>,
    readonly step: string,
  ) {
    super(code, params, 422);
    this.name = 'FlowRefusal';
  }
}

/**
 * Everything 确认提交 reads besides the session and the rules' facts, in one statement: the person's draft
 * for the service, the filing already made under this draft's key, and, only when that draft is the one
 * submitted and nothing is filed yet, the next application number (so a retry or a stale draft takes no
 * number; a draft the rules then refuse leaves a gap in the numbers, as a rolled-back filing would).
 */
const draftAndFiling = preparedFor((db) =>
  db
    .select({
      draft: drafts,
      filed: applications,
      n: sql<
        string | null
      >`case when ${drafts.id} = ${sql.placeholder('draftId')} and ${applications.id} is null then nextval('${sql.raw(applicationNumberSeq.seqName ?? '')}') end`,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(drafts, and(eq(drafts.personId, sql.placeholder('personId')), eq(drafts.service, sql.placeholder('service'))))
    .leftJoin(applications, and(eq(applications.personId, sql.placeholder('personId')), eq(applications.idempotencyKey, sql.placeholder('idempotencyKey'))))
    .prepare('draft_and_filing'),
);

/**
 * 确认提交. The idempotency key is the draft's own id, so a double tap, a retry after a timeout or
 * the same draft submitted from two tabs all land on one application. `ctx` is the flow context the
 * caller already loaded for this person, service and moment. Sending the SMS is left to the caller
 * (it is in the outbox once this returns).
 */
export async function submitDraft(
  db: Db,
  person: PersonRow,
  service: ServiceKey,
  draftId: string,
  actor: Actor,
  now: Date,
  calendar: WorkingCalendar,
  ctx: FlowContext<Record<string, unknown>>,
): Promise<SubmitResult> {
  const idempotencyKey = `draft:${draftId}`;
  const flow = flowFor(service);
  const [found] = await draftAndFiling(db).execute({ personId: person.id, service, draftId, idempotencyKey });
  // Submitted already: a double tap, a retry, or a draft that outlived its filing (kept by a version that
  // removed it after the commit, and refused by the rules its own filing now triggers).
  if (found?.filed) return { application: found.filed, created: false };
  // Its draft went with a filing under another key, or a stale draft id.
  if (!flow || !found?.draft || found.draft.id !== draftId || found.n === null) throw new DomainError('draft-missing', {}, 409);
  const checked = validateAll(flow, found.draft.answers, ctx);
  if (!checked.ok) throw new FlowRefusal(checked.refusal.code, checked.refusal.params ?? {}, checked.step);
  for (const step of flow.steps) {
    const ids = checked.answers[step.key];
    if (step.kind === 'photos' && Array.isArray(ids) && !(await allOwnUploads(db, person.id, ids, `${service}:${step.key}`))) {
      throw new FlowRefusal('upload-not-found', {}, step.key);
    }
  }
  const number = applicationNumber(service, Number(found.n), now);
  return fileApplication(db, { service, person, answers: checked.answers, idempotencyKey, actor, fromDraftId: draftId }, number, now, calendar);
}
