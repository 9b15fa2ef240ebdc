import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { applications } from '../db/schema';
import type { PersonRow } from '../db/types';
import { validateAll } from '../services/engine';
import { flowFor } from '../services/flows';
import type { ServiceKey } from '../services/review';
import { dispatchDueSms } from '../sms/outbox';
import { submitApplication, type SubmitResult } from './applications';
import { deleteDraft, findDraft } from './drafts';
import { DomainError } from './errors';
import { loadFlowContext } from './flow-facts';
import type { Actor } from './status';
import type { WorkingCalendar } from './working-days';

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
 * the same draft submitted from two tabs all land on one application.
 */
export async function submitDraft(
  db: Db,
  person: PersonRow,
  service: ServiceKey,
  draftId: string,
  actor: Actor,
  now: Date,
  calendar: WorkingCalendar,
): Promise<SubmitResult> {
  const idempotencyKey = `draft:${draftId}`;
  const [already] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.personId, person.id), eq(applications.idempotencyKey, idempotencyKey)));
  if (already) return { application: already, created: false };

  const flow = flowFor(service);
  const draft = await findDraft(db, person.id, service);
  if (!flow || !draft || draft.id !== draftId) throw new DomainError('draft-missing', {}, 409);
  const ctx = await loadFlowContext(db, person, service, now);
  const checked = validateAll(flow, draft.answers, ctx);
  if (!checked.ok) throw new FlowRefusal(checked.refusal.code, checked.refusal.params ?? {}, checked.step);

  const result = await submitApplication(db, { service, person, answers: checked.answers, idempotencyKey, actor }, now, calendar);
  await deleteDraft(db, person.id, service, draftId);
  await dispatchDueSms(db, now);
  return result;
}
