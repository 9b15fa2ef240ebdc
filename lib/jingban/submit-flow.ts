import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { applications } from '../db/schema';
import type { PersonRow } from '../db/types';
import { validateAll } from '../services/engine';
import type { FlowContext } from '../services/flow';
import { flowFor } from '../services/flows';
import type { ServiceKey } from '../services/review';
import { allOwnUploads } from '../uploads/store';
import { submitApplication, type SubmitResult } from './applications';
import { findDraft } from './drafts';
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
  const draft = await findDraft(db, person.id, service);
  const filedAlready = async () => {
    const [already] = await db
      .select()
      .from(applications)
      .where(and(eq(applications.personId, person.id), eq(applications.idempotencyKey, idempotencyKey)));
    return already;
  };
  if (!flow || !draft || draft.id !== draftId) {
    // Submitted already (its draft went with it), or a stale draft id.
    const already = await filedAlready();
    if (already) return { application: already, created: false };
    throw new DomainError('draft-missing', {}, 409);
  }
  const checked = validateAll(flow, draft.answers, ctx);
  if (!checked.ok) {
    // A draft that outlived its filing (kept by a version that removed it after the commit) is
    // refused by the rules its own filing now triggers: the retry gets that filing.
    const already = await filedAlready();
    if (already) return { application: already, created: false };
    throw new FlowRefusal(checked.refusal.code, checked.refusal.params ?? {}, checked.step);
  }
  for (const step of flow.steps) {
    const ids = checked.answers[step.key];
    if (step.kind === 'photos' && Array.isArray(ids) && !(await allOwnUploads(db, person.id, ids, `${service}:${step.key}`))) {
      throw new FlowRefusal('upload-not-found', {}, step.key);
    }
  }
  return submitApplication(db, { service, person, answers: checked.answers, idempotencyKey, actor, fromDraftId: draftId }, now, calendar);
}
