import type { ActedBy } from '../db/schema';
import { DomainError } from '../errors/domain-error';

export const applicationStatuses = ['pending-confirmation', 'draft', 'submitted', 'accepted', 'reviewing', 'completed', 'rejected', 'cancelled'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

// 草稿 → 已提交 → 已受理 → 审核中 → 已办结 / 不予通过; 已撤销. 'pending-confirmation' is a 免申即享
// application a hospital filed (002 第12条), waiting for the 医保经办机构's online confirmation
// (→ 已受理, then 已认定) or its refusal; the insured person never has to confirm anything.
const allowed: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  'pending-confirmation': ['accepted', 'rejected', 'cancelled'],
  draft: ['submitted', 'cancelled'],
  submitted: ['accepted', 'rejected', 'cancelled'],
  accepted: ['reviewing', 'completed', 'rejected', 'cancelled'],
  reviewing: ['completed', 'rejected'],
  completed: [],
  rejected: [],
  cancelled: [],
};

/** A step the state machine does not allow: a 409 that names both states in its message (for the log). */
export class IllegalTransitionError extends DomainError {
  constructor(
    readonly from: ApplicationStatus,
    readonly to: ApplicationStatus,
  ) {
    super('illegal-transition', {}, 409);
    this.message = `illegal transition ${from} → ${to}`;
    this.name = 'IllegalTransitionError';
  }
}

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return allowed[from].includes(to);
}

export function assertTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}

export function isFinal(status: ApplicationStatus): boolean {
  return allowed[status].length === 0;
}

export function isApplicationStatus(value: string): value is ApplicationStatus {
  return (applicationStatuses as readonly string[]).includes(value);
}

export const channels = ['online', 'phone', 'station', 'hospital', 'system'] as const;
export type Channel = (typeof channels)[number];

export const actorKinds = ['resident', 'family', 'staff', 'hospital', 'system'] as const;
export type ActorKind = (typeof actorKinds)[number];

/** `actedBy`: a relative filing for the applicant through a 亲情账户 link. */
export type Actor = { kind: ActorKind; id: string; channel: Channel; actedBy?: ActedBy };
export const systemActor: Actor = { kind: 'system', id: 'scheduler', channel: 'system' };
