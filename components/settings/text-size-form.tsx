import { getTranslations } from 'next-intl/server';
import { textSizes, type TextSize } from '@/lib/preferences';
import { ChoiceSettingForm } from './choice-setting-form';

export async function TextSizeForm({ current, returnTo }: { current: TextSize; returnTo: string }) {
  const t = await getTranslations('settings');
  const choices = textSizes.map((size) => ({ value: size, label: t(`textSize.${size}`) }));
  return (
    <ChoiceSettingForm
      id="text-size-title"
      heading={t('textSizeHeading')}
      hint={t('textSizeHint')}
      name="textSize"
      choices={choices}
      current={current}
      returnTo={returnTo}
      savedLabel={t('saved')}
    />
  );
}
