import { chronicService } from './chronic';
import { designationService } from './designation';
import type { ServiceModule } from './module';
import { reimbursementService } from './reimbursement';
import { remoteCareService } from './remote-care';
import { transferService } from './transfer';

/** The one list of services: home shows them in this order, and every registry is built from it. */
const list = [remoteCareService, chronicService, designationService, transferService, reimbursementService] as const;

export type ServiceKey = (typeof list)[number]['key'];

// Each module has its own facts type; the list erases it so pages and the back office treat all alike.
export type AnyServiceModule = ServiceModule<ServiceKey, Record<string, unknown>>;

export const serviceModules: readonly AnyServiceModule[] = list as unknown as readonly AnyServiceModule[];

export const serviceKeys = serviceModules.map((m) => m.key) as unknown as readonly [ServiceKey, ...ServiceKey[]];

export function isServiceKey(value: string): value is ServiceKey {
  return (serviceKeys as readonly string[]).includes(value);
}

const byKey = new Map<string, AnyServiceModule>(serviceModules.map((m) => [m.key, m]));

export function moduleFor(service: ServiceKey): AnyServiceModule {
  const found = byKey.get(service);
  if (!found) throw new Error(`no service module ${service}`);
  return found;
}

/** A stored application's service, which may be one this build no longer has. */
export function findModule(service: string): AnyServiceModule | undefined {
  return byKey.get(service);
}
