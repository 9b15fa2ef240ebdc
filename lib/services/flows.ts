import { chronicFlow } from './chronic/flow';
import { designationFlow } from './designation/flow';
import type { FlowDefinition } from './flow';
import { remoteCareFlow } from './remote-care/flow';
import { transferFlow } from './transfer/flow';
import type { ServiceKey } from './review';

// Each flow has its own facts type; the registry erases it so pages and routes can treat all alike.
type AnyFlow = FlowDefinition<never>;

const flows: Partial<Record<ServiceKey, AnyFlow>> = {
  'remote-care': remoteCareFlow as unknown as AnyFlow,
  chronic: chronicFlow as unknown as AnyFlow,
  designation: designationFlow as unknown as AnyFlow,
  transfer: transferFlow as unknown as AnyFlow,
};

export function flowFor(service: ServiceKey): FlowDefinition<Record<string, unknown>> | undefined {
  return flows[service] as FlowDefinition<Record<string, unknown>> | undefined;
}

export function hasFlow(service: ServiceKey): boolean {
  return flows[service] !== undefined;
}
