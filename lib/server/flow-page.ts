import 'server-only';
import { notFound } from 'next/navigation';
import { requireResidentPage } from '../auth/page-guard';
import { findDraft } from '../jingban/drafts';
import { loadFlowContext } from '../jingban/flow-facts';
import { flowFor } from '../services/flows';
import { isServiceKey } from '../services/review';
import { appContext } from './context';

/** Everything a flow page needs: the signed-in person, the flow, the rules' facts and the draft. */
export async function flowPage(service: string, path: string) {
  if (!isServiceKey(service)) notFound();
  const flow = flowFor(service);
  if (!flow) notFound();
  const session = await requireResidentPage(path);
  const { db, now, calendar } = await appContext();
  const ctx = await loadFlowContext(db, session.person, service, now);
  const draft = await findDraft(db, session.person.id, service);
  return { service, flow, person: session.person, db, now, calendar, ctx, draft };
}
