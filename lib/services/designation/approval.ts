import type { ApprovedApplication, PersonRecords } from '../person-records';
import { ADD_FACILITY } from './policy';
import { designationEffectiveFrom } from './review-plan';

/** The new facility from its effective day; the replaced one ends that day (valid_until is exclusive). */
export async function recordDesignation(records: PersonRecords, app: ApprovedApplication, now: Date): Promise<void> {
  const a = app.answers;
  if (typeof a.newFacilityCode !== 'string') return;
  // A staff decision may carry no effective date: then the region's rule gives it.
  const effectiveFrom =
    typeof app.outcome?.effectiveFrom === 'string'
      ? app.outcome.effectiveFrom
      : designationEffectiveFrom({ applicant: await records.applicant(app.personId), submittedAt: app.submittedAt ?? now });
  if (typeof a.replaceFacilityCode === 'string' && a.replaceFacilityCode !== ADD_FACILITY) {
    await records.endDesignation(app.personId, a.replaceFacilityCode, effectiveFrom);
  }
  await records.addDesignation({ personId: app.personId, facilityCode: a.newFacilityCode, validFrom: effectiveFrom, applicationId: app.id, now });
}
