import { createTranslator, type IntlError } from 'use-intl/core';
import { messagesFor } from './messages';
import type { Locale } from './routing';

/** For code outside a request (scheduler, SMS): same messages, no React. `onError` hears of a missing key or parameter. */
export function translatorFor(locale: Locale, onError?: (error: IntlError) => void) {
  if (onError) return makeTranslator(locale, onError);
  let made = translators.get(locale);
  if (!made) {
    made = makeTranslator(locale);
    translators.set(locale, made);
  }
  return made;
}

function makeTranslator(locale: Locale, onError?: (error: IntlError) => void) {
  return createTranslator({ locale, messages: messagesFor(locale), timeZone: 'Asia/Shanghai', ...(onError ? { onError } : {}) });
}

// A translator keeps each message's compiled format (one per key, whatever the values); a new one per
// call compiled the SMS texts again for every filing (a tenth of the filing's JavaScript in its profile).
const translators = new Map<Locale, ReturnType<typeof makeTranslator>>();

// Making an Intl.DateTimeFormat costs far more than using one (it showed in the filing route's profile,
// once per SMS date), so each locale's formatters are made once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, kind: 'monthDay' | 'fullDate' | 'dateTime' | 'time'): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, FORMATS[kind]);
    formatters.set(key, made);
  }
  return made;
}

const FORMATS: Record<'monthDay' | 'fullDate' | 'dateTime' | 'time', Intl.DateTimeFormatOptions> = {
  monthDay: { month: 'long', day: 'numeric', timeZone: 'UTC' },
  fullDate: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  dateTime: { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' },
  time: { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' },
};

export function formatMonthDay(isoDate: string, locale: Locale): string {
  return formatter(locale, 'monthDay').format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatFullDate(isoDate: string, locale: Locale): string {
  return formatter(locale, 'fullDate').format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatDateTime(instant: Date, locale: Locale): string {
  return formatter(locale, 'dateTime').format(instant);
}

/** The time of day in Beijing: 10:30. */
export function formatTime(instant: Date, locale: Locale): string {
  return formatter(locale, 'time').format(instant);
}
