import 'server-only';
import { ApiError } from '../api/server';
import { requireResident } from '../auth/current';
import { loadFlowContext } from '../jingban/flow-facts';
import { flowFor } from '../services/flows';
import { isServiceKey, type ServiceKey } from '../services/review';
import { appContext } from './context';

/** The signed-in resident, the service's flow and the facts its rules need, for one request. */
export async function flowRequest(serviceParam: string) {
  if (!isServiceKey(serviceParam)) throw new ApiError(404, 'not-found');
  const service: ServiceKey = serviceParam;
  const flow = flowFor(service);
  if (!flow) throw new ApiError(404, 'not-found');
  const session = await requireResident();
  const app = await appContext();
  const ctx = await loadFlowContext(app.db, session.person, service, app.now);
  return { ...app, service, flow, ctx, person: session.person, session };
}

export function isFormPost(req: Request): boolean {
  const type = req.headers.get('content-type') ?? '';
  return type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data');
}
