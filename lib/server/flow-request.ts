import 'server-only';
import { DomainError } from '../errors/domain-error';
import { accessSubject } from '../auth/access';
import { loadFlowContext } from '../jingban/flow-facts';
import { flowFor } from '../services/flows';
import { isServiceKey, type ServiceKey } from '../services/modules';
import { appContext } from './context';

/**
 * Whose flow (the signed-in resident, or the elder a relative acts for with 代办 for this service),
 * the service's flow and the facts its rules need, for one request.
 */
export async function flowRequest(serviceParam: string, action: 'flow-answer' | 'submit' | 'upload') {
  if (!isServiceKey(serviceParam)) throw new DomainError('not-found', {}, 404);
  const service: ServiceKey = serviceParam;
  const flow = flowFor(service);
  if (!flow) throw new DomainError('not-found', {}, 404);
  const access = await accessSubject({ kind: 'act', service, action, quiet: action !== 'submit' });
  const app = await appContext();
  const ctx = await loadFlowContext(app.db, access.subject, service, app.now);
  return { ...app, service, flow, ctx, person: access.subject, actor: access.actor, link: access.link };
}
