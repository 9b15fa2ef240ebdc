import { getLocale, getTranslations } from 'next-intl/server';
import { formatMonthDay } from '@/lib/i18n/translator';
import { isLocale } from '@/lib/i18n/routing';
import { addDays, type IsoDate } from '@/lib/time/dates';

type Props = { today: IsoDate; min: IsoDate | null; max: IsoDate | null; selected: unknown };

/** 今天 / 昨天 / 前天 with one tap, and a date picker for any other day: never typed. */
export async function DateField({ today, min, max, selected }: Props) {
  const t = await getTranslations('flow');
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const quick = [0, -1, -2]
    .map((offset) => ({ offset, date: addDays(today, offset) }))
    .filter(({ date }) => (!min || date >= min) && (!max || date <= max));
  const words = ['today', 'yesterday', 'dayBefore'] as const;
  const isQuick = quick.some((q) => q.date === selected);
  const otherChecked = typeof selected === 'string' && !isQuick;
  return (
    <>
      <div className="options">
        {quick.map(({ offset, date }) => (
          <label key={date} className="option" htmlFor={`value-${-offset}`}>
            <input type="radio" id={`value-${-offset}`} name="value" value={date} defaultChecked={selected === date} />
            <span className="option-text">
              <span className="option-label">{t(words[-offset] ?? 'today')}</span>
              <span className="option-hint">{formatMonthDay(date, locale)}</span>
            </span>
          </label>
        ))}
        <label className="option" htmlFor="value-other">
          <input type="radio" id="value-other" name="value" value="other" defaultChecked={otherChecked} />
          <span className="option-text">
            <span className="option-label">{t('otherDate')}</span>
          </span>
        </label>
      </div>
      <div className="field other-input">
        <label htmlFor="other">{t('pickDate')}</label>
        <input
          className="input"
          type="date"
          id="other"
          name="other"
          min={min ?? undefined}
          max={max ?? undefined}
          defaultValue={otherChecked ? String(selected) : undefined}
        />
      </div>
    </>
  );
}
