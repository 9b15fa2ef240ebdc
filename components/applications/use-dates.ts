'use client';

import { useFormatter } from 'next-intl';

/** Calendar dates (YYYY-MM-DD) and instants, both shown in Shanghai time. */
export function useDates() {
  const format = useFormatter();
  return {
    monthDay: (isoDate: string) => format.dateTime(new Date(`${isoDate}T12:00:00+08:00`), { month: 'long', day: 'numeric' }),
    fullDate: (isoDate: string) => format.dateTime(new Date(`${isoDate}T12:00:00+08:00`), { year: 'numeric', month: 'long', day: 'numeric' }),
    dateTime: (instant: string) => format.dateTime(new Date(instant), { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }),
    instantDay: (instant: string) => format.dateTime(new Date(instant), { month: 'long', day: 'numeric' }),
  };
}
