import { compareDates, shanghaiDate, type IsoDate } from '../time/dates';

/** What a 异地备案 is today, derived from its row: never stored twice. */
export type FilingState = 'active' | 'cancelled' | 'changed' | 'expired';

export type FilingFacts = {
  status: 'active' | 'changed' | 'cancelled';
  endDate: IsoDate | null;
  updatedAt: Date;
};

/** A temporary filing is valid up to and including its end date; after it, it has expired. */
export function filingState(filing: FilingFacts, today: IsoDate): FilingState {
  if (filing.status !== 'active') return filing.status;
  if (filing.endDate && compareDates(today, filing.endDate) > 0) return 'expired';
  return 'active';
}

/** The day a filing stopped: cancelled or changed that day, or the last day it was valid. */
export function filingEndedOn(filing: FilingFacts, today: IsoDate): IsoDate | null {
  switch (filingState(filing, today)) {
    case 'active':
      return null;
    case 'expired':
      return filing.endDate;
    default:
      return shanghaiDate(filing.updatedAt);
  }
}
