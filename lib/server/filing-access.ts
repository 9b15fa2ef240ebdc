import 'server-only';
import { isUuid } from '../identity/uuid';
import { DomainError } from '../errors/domain-error';
import { accessPerson, requireCaller } from '../auth/access';
import { ownerOf } from '../jingban/owners';
import { remoteCareService } from '../services/remote-care';
import { appContext } from './context';

/** A route about one 异地备案: the filing's id, and the caller's right to `action` on its owner's remote care. */
export async function filingAccess(ctx: { params: Promise<{ id: string }> }, action: string) {
  const { id } = await ctx.params;
  if (!isUuid(id)) throw new DomainError('not-found', {}, 404);
  await requireCaller();
  const { db, now } = await appContext();
  const owner = await ownerOf(db, 'remote-filing', id);
  if (!owner) throw new DomainError('not-found', {}, 404);
  const { subject, actor } = await accessPerson(owner, { kind: 'act', service: remoteCareService.key, action });
  return { id, db, now, subject, actor };
}
