import { createTranslator, type IntlError } from 'use-intl/core';
import { messagesFor } from './messages';
import type { Locale } from './routing';

/** For code outside a request (scheduler, SMS): same messages, no React. `onError` hears of a missing key or parameter. */
export function translatorFor(locale: Locale, onError?: (error: IntlError) => void) {
  return createTranslator({ locale, messages: messagesFor(locale), timeZone: 'Asia/Shanghai', ...(onError ? { onError } : {}) });
}

export function formatMonthDay(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatFullDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatDateTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Shanghai',
  }).format(instant);
}

/** The time of day in Beijing: 10:30. */
export function formatTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' }).format(instant);
}
