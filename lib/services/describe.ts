import type { Locale } from '../i18n/routing';
import type { Answers } from './flow';
import { findModule } from './modules';

/** The result of an approved application, in plain words, from the figures stored with it. */
export function describeOutcome(service: string, result: Record<string, unknown>, locale: Locale): string {
  return findModule(service)?.outcome(result, locale) ?? '';
}

/** Where an application is about, as written on it (海南省琼海市): the filing's place, the transfer's destination. */
export function applicationPlace(service: string, answers: Answers): string | null {
  return findModule(service)?.place?.of(answers) ?? null;
}

/** The key under `applications` that frames the place (备案地：… / 转到：…). */
export function applicationPlaceLabel(service: string): string | null {
  return findModule(service)?.place?.label ?? null;
}

/**
 * What an application is about, in a few words for its card in 我的办件: the disease and hospital,
 * the place and kind of a filing, the new facility, the destination of a transfer.
 */
export function applicationSubject(row: { service: string; answers: Answers; outcome: Record<string, unknown> | null }, locale: Locale): string | null {
  return findModule(row.service)?.subject?.(row, locale) ?? null;
}
