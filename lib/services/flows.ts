import type { FlowDefinition } from './flow';
import { moduleFor, type ServiceKey } from './modules';

export function flowFor(service: ServiceKey): FlowDefinition<Record<string, unknown>> {
  return moduleFor(service).flow;
}
