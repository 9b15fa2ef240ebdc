import { getTranslations } from 'next-intl/server';
import { textSizes, type TextSize } from '@/lib/preferences';

/** Three big buttons in a plain form: works with or without JavaScript and repaints at the new size. */
export async function TextSizeForm({ current, returnTo }: { current: TextSize; returnTo: string }) {
  const t = await getTranslations('settings');
  return (
    <form action="/api/preferences" method="post" className="card" aria-labelledby="text-size-title">
      <h2 id="text-size-title">{t('textSizeHeading')}</h2>
      <p className="muted">{t('textSizeHint')}</p>
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="choice-grid">
        {textSizes.map((size) => (
          <button key={size} type="submit" name="textSize" value={size} className="choice" aria-pressed={size === current}>
            {t(`textSize.${size}`)}
          </button>
        ))}
      </div>
    </form>
  );
}
