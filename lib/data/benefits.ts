// Demo data: per-统筹区 benefit and service rules (Binzhou 2022 figures from 004, reused for the other cities as a demo default).
import type { RegionCode } from './regions';

export type DesignationEffective = 'immediate' | 'next-month';

export type RegionBenefits = {
  readonly chronic: {
    readonly employee: {
      /** Share of eligible 门诊慢特病 cost reimbursed for 职工. */
      readonly rate: number;
      /** Added to `rate` for retirees (退休 +5%). */
      readonly retiredExtra: number;
      /**
       * Chronic-outpatient spending counts against the same annual 统筹 limit as inpatient care (004).
       * 004 gives no amount for that limit, so none is kept or shown (issue 13: no invented figures).
       */
      readonly sharesInpatientLimit: boolean;
    };
    readonly resident: {
      readonly rate: number;
      readonly perDiseaseAnnualLimitYuan: number;
    };
    /** 长处方 ceiling (001 第十条). */
    readonly maxPrescriptionMonths: number;
  };
  readonly designation: {
    readonly maxFacilities: number;
    readonly changesPerYear: number;
    readonly effective: DesignationEffective;
  };
  readonly remoteFiling: {
    readonly temporaryValidityMonths: number;
    /** Once costs were incurred at the filed place, change/cancel only once the filing is this many months old (002 第5条). */
    readonly changeLockMonths: number;
    /** Long-term residence filings may start at most this many days before the filing day. */
    readonly longTermMaxBackdateDays: number;
    /**
     * 002 第8条: a long-term filing by 个人承诺 alone, younger than this many months, gives only
     * 临时外出就医 rates back at the 参保地 ("备案未满6个月…按‘临时外出就医人员’医保待遇政策执行").
     */
    readonly promiseOnlyHomeMonths: number;
    /** SMS this many days before a temporary filing ends (a reminder, not a rule of the sources). */
    readonly expiryReminderDays: number;
  };
  readonly transfer: {
    readonly intraProvinceWorkingDays: number;
    readonly interProvinceWorkingDays: number;
  };
};

const shandongDefault: RegionBenefits = {
  chronic: {
    // 004 (Binzhou): 职工 85%, 退休 +5%, one annual limit shared with inpatient care (no amount given);
    // 居民 65%, 3000 元 per disease per year.
    employee: { rate: 0.85, retiredExtra: 0.05, sharesInpatientLimit: true },
    resident: { rate: 0.65, perDiseaseAnnualLimitYuan: 3_000 },
    maxPrescriptionMonths: 3,
  },
  designation: { maxFacilities: 3, changesPerYear: 1, effective: 'immediate' },
  // 002 第5条 (6 months after costs), 第6条 (5 days back), 第8条 (6 months 承诺制); temporary validity: national practice, configurable (domain.md).
  remoteFiling: { temporaryValidityMonths: 6, changeLockMonths: 6, longTermMaxBackdateDays: 5, promiseOnlyHomeMonths: 6, expiryReminderDays: 7 },
  transfer: { intraProvinceWorkingDays: 9, interProvinceWorkingDays: 15 },
};

export const benefitsByRegion: Readonly<Record<RegionCode, RegionBenefits>> = {
  '370100': { ...shandongDefault, designation: { ...shandongDefault.designation, effective: 'next-month' } },
  '370200': { ...shandongDefault, designation: { ...shandongDefault.designation, effective: 'next-month' } },
  '370700': { ...shandongDefault, designation: { ...shandongDefault.designation, effective: 'immediate' } },
  '371600': { ...shandongDefault, designation: { ...shandongDefault.designation, effective: 'immediate' } },
};

export function regionBenefits(code: RegionCode): RegionBenefits {
  return benefitsByRegion[code];
}

/** Resident chronic applications (other than high-cost diseases) are reviewed in one monthly batch. */
export const monthlyReview = { batch: 'last-working-day' } as const;

/** 集中认定 deadline for the four employee diseases (001 第(四)条). */
export const centralisedReviewWorkingDays = 20;
