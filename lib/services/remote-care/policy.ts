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
};

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
 * 002 第5条: with no medical cost at the filed place a filing can be changed or cancelled any time;
 * once costs were incurred there, only when the filing is 6 months old. Null: possible now.
 */
export function changePossibleFrom(filing: ActiveFiling, today: IsoDate, region: RegionCode): IsoDate | null {
  if (!filing.firstCostDate) return null;
  const from = addMonths(filing.startDate, regionBenefits(region).remoteFiling.changeLockMonths);
  return compareDates(today, from) >= 0 ? null : from;
}
