import { regionBenefits } from '../../data/benefits';
import type { RegionCode } from '../../data/regions';
import { addDays, addMonths, compareDates, type IsoDate } from '../../time/dates';

export type ActiveFiling = {
  id: string;
  category: 'long-term' | 'temporary';
  destProvinceCode: string;
  destCityCode: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  firstCostDate: IsoDate | null;
  scope: FilingScope;
  /** null: filed before the basis was recorded (treated as proof: nothing says it was a promise). */
  basis: FilingBasis | null;
  proofSince: IsoDate | null;
};

export type FilingScope = 'intra-province' | 'inter-province';
export type FilingBasis = 'promise' | 'proof';
/** Which rates a settlement is made at: 备案地 direct settlement, the 参保地's own, or 临时外出就医. Categories, never percentages. */
export type RateCategory = 'filed-place' | 'local' | 'temporary';

export type RemoteCareFacts = { activeFilings: ActiveFiling[] };

export const categories = ['long-term', 'temporary'] as const;
export const reasonsByCategory = {
  'long-term': ['retired-relocation', 'long-term-residence', 'work-elsewhere'],
  temporary: ['referral', 'other-temporary'],
} as const;

/** Long-term residence may start at most N days before the filing day; temporary is not limited. */
export function earliestStartDate(category: string, today: IsoDate, region: RegionCode): IsoDate | null {
  if (category !== 'long-term') return null;
  return addDays(today, -regionBenefits(region).remoteFiling.longTermMaxBackdateDays);
}

/** How far ahead a filing may start: people file before they travel, not a year before. */
export const MAX_DAYS_AHEAD = 90;

/**
 * 002 第5条: "跨省异地长期居住人员登记备案后…未在备案地发生医疗费用的，可随时变更或取消备案；在备案地发生
 * 医疗费用的，变更备案或取消备案的时限统一规定为6个月。" Written for 跨省 long-term residents: a temporary or
 * 省内 filing can be changed any time. Counted from the filing's start. Null: possible now.
 */
export function changePossibleFrom(
  filing: Pick<ActiveFiling, 'category' | 'scope' | 'startDate' | 'firstCostDate'>,
  today: IsoDate,
  region: RegionCode,
): IsoDate | null {
  if (filing.category !== 'long-term' || filing.scope !== 'inter-province' || !filing.firstCostDate) return null;
  const from = addMonths(filing.startDate, regionBenefits(region).remoteFiling.changeLockMonths);
  return compareDates(today, from) >= 0 ? null : from;
}

/**
 * A temporary filing's last valid day: the region's months from its start, but never counted from a day
 * before the filing was made, so a backdated (补办) filing still has the full period ahead of it.
 */
export function temporaryValidUntil(startDate: IsoDate, filedOn: IsoDate, region: RegionCode): IsoDate {
  const from = compareDates(startDate, filedOn) < 0 ? filedOn : startDate;
  return addMonths(from, regionBenefits(region).remoteFiling.temporaryValidityMonths);
}

/** The day the 7-day reminder of a temporary filing is due (null: a long-term filing has no end). */
export function expiryReminderOn(endDate: IsoDate | null, region: RegionCode): IsoDate | null {
  return endDate ? addDays(endDate, -regionBenefits(region).remoteFiling.expiryReminderDays) : null;
}

/** The first day a promise-only long-term filing gives home rates again (002 第8条). */
export function promiseOnlyUntil(filing: Pick<ActiveFiling, 'startDate'>, region: RegionCode): IsoDate {
  return addMonths(filing.startDate, regionBenefits(region).remoteFiling.promiseOnlyHomeMonths);
}

/**
 * 002 第8条: "异地长期居住人员备案有效期内回参保地就医，通过提交备案就医地户籍证明、居住证或单位工作证明等材料，
 * 可享受参保地医保待遇。异地长期居住人员备案未满6个月且未提供上述有关证明材料或单纯采用个人承诺方式办理长期
 * 异地居住人员备案返回参保地就医的，按‘临时外出就医人员’医保待遇政策执行。"
 * Care back at the 参保地 on `on`: home rates, or 临时外出就医 rates for a promise-only long-term filing in its
 * first 6 months. Temporary filings are not 长期居住 and are not touched by this article.
 */
export function homeCareRates(filing: Pick<ActiveFiling, 'category' | 'basis' | 'proofSince' | 'startDate'>, on: IsoDate, region: RegionCode): RateCategory {
  if (filing.category !== 'long-term' || filing.basis === null) return 'local';
  // Proof counts from the day it was given: care before that day was still promise-only.
  const proofOn = filing.proofSince !== null && compareDates(filing.proofSince, on) <= 0;
  if (proofOn || (filing.basis === 'proof' && filing.proofSince === null)) return 'local';
  return compareDates(on, promiseOnlyUntil(filing, region)) < 0 ? 'temporary' : 'local';
}
