import { getTranslations } from 'next-intl/server';
import { loose } from '@/lib/i18n/dynamic';
import type { StepView } from '@/lib/services/step-view';
import type { StepVoiceLabels } from '@/components/voice/step-voice';

/** Long lists are not read out in full: the first few, then the person can say a name. */
const MAX_READ_OPTIONS = 8;

type Input = { view: StepView; error: string | null; index: number; total: number };

/** What the voice says on a step and which spoken words pick which answer: the step's view, read in order. */
export async function stepVoiceProps({ view, error, index, total }: Input) {
  const tv = await getTranslations('voice');
  const { answers, candidates } = view.voice;
  const sentences = [
    tv('stepLine', { index, total }),
    view.question.text,
    ...(view.hint ? [view.hint.text] : []),
    ...(error ? [tv('errorLine', { error })] : []),
    ...answers.slice(0, MAX_READ_OPTIONS).map((o, i) => tv('optionLine', { n: i + 1, label: o.label })),
  ];
  const optionLabel = Object.fromEntries(answers.map((o) => [o.value, o.label]));
  return { sentences, candidates, optionLabel, dateRange: view.dateRange, labels: await voiceLabels() };
}

/** The voice's fixed words (听一听, 没听懂 …), for any page that speaks. */
export async function voiceLabels(): Promise<StepVoiceLabels> {
  const tv = await getTranslations('voice');
  const raw = (key: Parameters<typeof tv.raw>[0]) => String(tv.raw(key));
  return {
    listen: tv('listen'),
    speak: tv('speak'),
    listening: tv('listening'),
    heard: raw('heard'),
    chosen: raw('chosen'),
    notUnderstood: raw('notUnderstood'),
    notUnderstoodOne: raw('notUnderstoodOne'),
    notUnderstoodNone: raw('notUnderstoodNone'),
    confirmSubmit: tv('confirmSubmit'),
    cannotSpeak: tv('cannotSpeak'),
    cannotListen: tv('cannotListen'),
    networkFailed: tv('networkFailed'),
    textReadBack: raw('textReadBack'),
    noSpeech: tv('noSpeech'),
    micBlocked: tv('micBlocked'),
    autoplayBlocked: tv('autoplayBlocked'),
    askBack: raw('askBack'),
    askBackLunar: raw('askBackLunar'),
    askAgain: tv('askAgain'),
    // Every reason the matcher (or a flow) may give, by code: voice.reasons.<code>.
    reasons: loose(tv).raw('reasons') as Record<string, string>,
  };
}
