import { serviceKeys, type ServiceKey } from '../services/modules';

/** 亲情账户 limits and durations: policy as data, changed here and nowhere else. */
export const FAMILY_RULES = {
  maxRelativesPerElder: 5,
  maxEldersPerRelative: 10,
  /** How long a link lasts, in months, as offered to the elder; the first is the default. */
  durationsMonths: [12, 6, 3, 24] as const,
  /** An invitation or request not answered within this many days lapses. */
  pendingDays: 7,
  /** The code the elder reads to the relative. */
  codeValidMs: 30 * 60_000,
  codeMaxWrongTries: 5,
  /**
   * A link staff open on an in-person ID check alone may last this many months; a longer one needs a
   * second staff member of the same station (issue 14.7: one person's word should not bind an elder
   * for two years). After the elder's own consent code one staff member may open any duration.
   */
  inPersonSoloMaxMonths: 3,
} as const;

export const relations = ['child', 'spouse', 'parent', 'sibling', 'other'] as const;
export type Relation = (typeof relations)[number];
export const isRelation = (value: unknown): value is Relation => (relations as readonly unknown[]).includes(value);

/** 代办 per service; an empty list is 查看 only. */
export const actableServices: readonly ServiceKey[] = serviceKeys;
