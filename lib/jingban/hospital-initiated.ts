import { and, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { applications, persons } from '../db/schema';
import type { Tx } from '../db/types';
import { diseaseByCode } from '../data/diseases';
import { facilityByCode } from '../data/facilities';
import type { RegionCode } from '../data/regions';
import { chronicService } from '../services/chronic';
import { CLOSED_WITHOUT_BENEFIT, chronicCareHospitals } from '../services/chronic/policy';
import { planHospitalConfirmation } from '../services/chronic/review-plan';
import { isIsoDate, shanghaiDate } from '../time/dates';
import { DomainError } from '../errors/domain-error';
import { insertStartedApplication, type StartResult } from './started-for';
import type { Actor } from './status';
import type { WorkingCalendar } from '../calendar/working-days';

export type HospitalFiling = { personId: string; diseaseCode: string; hospitalCode: string; dischargeDate: string };

/**
 * 免申即享 (002 第12条): "参保群众出院结算后，由医疗机构直接发起门诊慢性病待遇认定，属地医保经办机构线上确认，
 * 参保群众即可享受". The hospital files for an insured person after discharge, for a disease on the
 * 免申即享 list of their own catalogue, at one of their 统筹区's chronic-care hospitals. The
 * application waits for the 经办's confirmation (a planned step the scheduler or the review desk
 * carries out); the person is told by SMS and does nothing.
 */
export async function fileForPatient(tx: Tx, filing: HospitalFiling, now: Date, calendar: WorkingCalendar): Promise<StartResult> {
  const [person] = await tx.select().from(persons).where(eq(persons.id, filing.personId));
  if (!person) throw new DomainError('hospital-not-insured', {}, 422);
  const disease = diseaseByCode(person.insuranceType, filing.diseaseCode);
  if (!disease?.hospitalInitiated) throw new DomainError('hospital-disease-not-listed', {}, 422);
  const hospital = facilityByCode(filing.hospitalCode);
  if (!hospital || !chronicCareHospitals(person.regionCode as RegionCode).some((h) => h.code === hospital.code)) {
    throw new DomainError('hospital-not-chronic-care', {}, 422);
  }
  // "出院结算后": the discharge has happened, today at the latest.
  if (!isIsoDate(filing.dischargeDate) || filing.dischargeDate > shanghaiDate(now)) throw new DomainError('hospital-discharge-date', {}, 422);

  const idempotencyKey = `hospital-${disease.code}-${filing.dischargeDate}`;
  const open = await tx
    .select({ id: applications.id, key: applications.idempotencyKey, answers: applications.answers })
    .from(applications)
    .where(
      and(eq(applications.personId, person.id), eq(applications.service, chronicService.key), notInArray(applications.status, [...CLOSED_WITHOUT_BENEFIT])),
    );
  const same = open.find((a) => a.answers.diseaseCode === disease.code);
  if (same && same.key !== idempotencyKey) throw new DomainError('hospital-duplicate', {}, 409);

  const hospitalActor: Actor = { kind: 'hospital', id: hospital.code, channel: 'hospital' };
  return insertStartedApplication(
    tx,
    {
      service: chronicService.key,
      person,
      // No photos: the hospital holds the records. The number is the one the person registered.
      answers: {
        diseaseCode: disease.code,
        hospitalCode: hospital.code,
        dischargeDate: filing.dischargeDate,
        contactPhone: person.phone,
        _hospitalInitiated: true,
      },
      idempotencyKey,
      status: 'pending-confirmation',
      plan: planHospitalConfirmation({ submittedAt: now, calendar }),
      actor: hospitalActor,
      events: [{ kind: 'hospital-initiated', fromStatus: null, toStatus: 'pending-confirmation', actor: hospitalActor }],
      sms: { template: 'hospitalApplied', params: { hospital: hospital.name, disease: disease.name } },
    },
    now,
  );
}

export function startHospitalApplication(db: Db, filing: HospitalFiling, now: Date, calendar: WorkingCalendar): Promise<StartResult> {
  return db.transaction((tx) => fileForPatient(tx, filing, now, calendar));
}
