import { getLocale, getTranslations } from 'next-intl/server';
import { formatMonthDay } from '@/lib/i18n/translator';
import { isLocale } from '@/lib/i18n/routing';
import type { QuickDate } from '@/lib/services/engine';
import type { IsoDate } from '@/lib/time/dates';
import { DateChoice } from './date-choice';

type Props = { quick: QuickDate[]; min: IsoDate | null; max: IsoDate | null; selected: unknown };

/** 今天 / 明天 / 昨天 … with one tap, and a date picker for any other day: never typed. */
export async function DateField({ quick, min, max, selected }: Props) {
  const t = await getTranslations('flow');
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const days = quick.map(({ date, word }) => ({ date, label: t(word), hint: formatMonthDay(date, locale) }));
  return <DateChoice days={days} selected={typeof selected === 'string' ? selected : null} min={min} max={max} otherLabel={t('otherDate')} pickLabel={t('pickDate')} />;
}
