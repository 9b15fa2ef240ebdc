import { getTranslations } from 'next-intl/server';
import type { StepView } from '@/lib/services/step-view';
import { DateChoice } from './date-choice';

/** 今天 / 明天 / 昨天 … with one tap, and a date picker for any other day: never typed. */
export async function DateField({ view, selected }: { view: StepView; selected: unknown }) {
  const t = await getTranslations('flow');
  const days = view.quickDates.map(({ date, label, monthDay }) => ({ date, label, hint: monthDay }));
  const { min, max } = view.dateRange;
  return (
    <DateChoice
      days={days}
      selected={typeof selected === 'string' ? selected : null}
      min={min}
      max={max}
      otherLabel={view.other?.text ?? t('otherDate')}
      pickLabel={t('pickDate')}
    />
  );
}
