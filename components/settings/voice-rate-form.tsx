import { getTranslations } from 'next-intl/server';
import type { VoiceProviderName } from '@/lib/voice/engine';
import { speechRates, type SpeechRate } from '@/lib/voice/speech';
import { ChoiceSettingForm } from './choice-setting-form';

/** 慢 / 中 / 快, remembered per device like 字号. */
export async function VoiceRateForm({ current, returnTo, provider }: { current: SpeechRate; returnTo: string; provider: VoiceProviderName }) {
  const t = await getTranslations('settings');
  const choices = (Object.keys(speechRates) as SpeechRate[]).map((rate) => ({ value: rate, label: t(`rate.${rate}`) }));
  return (
    <ChoiceSettingForm
      id="voice-rate-title"
      heading={t('rateHeading')}
      hint={t('rateHint')}
      name="rate"
      choices={choices}
      current={current}
      returnTo={returnTo}
      savedLabel={t('saved')}
      sample={{ text: t('rateSample'), provider }}
    />
  );
}
