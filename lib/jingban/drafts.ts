import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { drafts } from '../db/schema';
import type { Answers, FlowContext, FlowDefinition } from '../services/flow';
import { pruneAnswers } from '../services/engine';

export type Draft = typeof drafts.$inferSelect;

export async function findDraft(db: Db, personId: string, service: string): Promise<Draft | null> {
  const [row] = await db
    .select()
    .from(drafts)
    .where(and(eq(drafts.personId, personId), eq(drafts.service, service)));
  return row ?? null;
}

/**
 * Saves one answer into the person's draft for the service (creating it on the first answer).
 * An upsert on (person, service), so two tabs write into the same draft rather than racing.
 */
export async function saveAnswer(
  db: Db,
  personId: string,
  flow: FlowDefinition<Record<string, unknown>>,
  ctx: FlowContext<Record<string, unknown>>,
  key: string,
  value: unknown,
  now: Date,
  nextStep: (answers: Answers) => string,
): Promise<{ draft: Draft; next: string }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(drafts)
      .where(and(eq(drafts.personId, personId), eq(drafts.service, flow.service)))
      .for('update');
    const answers = pruneAnswers(flow, { ...(existing?.answers ?? {}), [key]: value }, ctx);
    const next = nextStep(answers);
    const [row] = await tx
      .insert(drafts)
      .values({ id: randomUUID(), personId, service: flow.service, answers, currentStep: next, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: [drafts.personId, drafts.service], set: { answers, currentStep: next, updatedAt: now } })
      .returning();
    if (!row) throw new Error('draft upsert returned nothing');
    return { draft: row, next };
  });
}

/** Starts a fresh draft with hidden answers (e.g. which filing a change replaces). */
export async function startDraft(db: Db, personId: string, service: string, hidden: Answers, firstStep: string, now: Date): Promise<Draft> {
  const [row] = await db
    .insert(drafts)
    .values({ id: randomUUID(), personId, service, answers: hidden, currentStep: firstStep, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: [drafts.personId, drafts.service], set: { id: randomUUID(), answers: hidden, currentStep: firstStep, updatedAt: now } })
    .returning();
  if (!row) throw new Error('draft upsert returned nothing');
  return row;
}
