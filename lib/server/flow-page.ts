import 'server-only';
import { notFound } from 'next/navigation';
import { accessPage } from '../auth/page-guard';
import { findDraft } from '../jingban/drafts';
import { loadFlowContext } from '../jingban/flow-facts';
import { flowFor } from '../services/flows';
import { isServiceKey } from '../services/modules';
import { appContext } from './context';

/** Everything a flow page needs: whose flow it is (oneself, or the elder acted for), the flow, the rules' facts and the draft. */
export async function flowPage(service: string, path: string) {
  if (!isServiceKey(service)) notFound();
  const flow = flowFor(service);
  if (!flow) notFound();
  const { subject } = await accessPage(path, { kind: 'act', service, action: 'flow-answer', quiet: true });
  const { db, now, calendar } = await appContext();
  const ctx = await loadFlowContext(db, subject, service, now);
  const draft = await findDraft(db, subject.id, service);
  return { service, flow, person: subject, db, now, calendar, ctx, draft };
}
