import 'server-only';
import { and, eq } from 'drizzle-orm';
import { DomainError } from '../errors/domain-error';
import { drafts } from '../db/schema';
import type { Db } from '../db/client';
import { findDraft, startDraft } from '../jingban/drafts';
import type { FlowStep } from '../services/flow';
import type { ServiceKey } from '../services/review';
import { MAX_UPLOADS_PER_APPLICATION } from '../uploads/image-check';
import { saveUpload } from '../uploads/store';

type Request = { db: Db; person: { id: string }; service: ServiceKey; now: Date };
type Change = { add: File } | { remove: string };

/** The first photo actually chosen among posted file fields (an untouched file input posts an empty one). */
export function chosenPhoto(values: FormDataEntryValue[]): File | null {
  return values.find((v): v is File => v instanceof File && v.size > 0) ?? null;
}

/**
 * Adds a photo to (or removes one from) a photo step of the draft and returns the step's photo
 * ids. Refusals (empty, too large, not an image, too many) are DomainErrors with their code.
 */
export async function changeDraftPhotos<F>(r: Request, step: FlowStep<F>, change: Change): Promise<string[]> {
  const draft = (await findDraft(r.db, r.person.id, r.service)) ?? (await startDraft(r.db, r.person.id, r.service, {}, step.key, r.now));
  const current = Array.isArray(draft.answers[step.key]) ? (draft.answers[step.key] as string[]) : [];
  let next: string[];
  if ('remove' in change) {
    next = current.filter((id) => id !== change.remove);
  } else {
    if (current.length >= MAX_UPLOADS_PER_APPLICATION) throw new DomainError('upload-too-many', {}, 400);
    const saved = await saveUpload(r.db, r.person.id, new Uint8Array(await change.add.arrayBuffer()), `${r.service}:${step.key}`);
    next = [...current, saved.id];
  }
  await r.db
    .update(drafts)
    .set({ answers: { ...draft.answers, [step.key]: next }, updatedAt: r.now })
    .where(and(eq(drafts.id, draft.id), eq(drafts.personId, r.person.id)));
  return next;
}
