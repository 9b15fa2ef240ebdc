import { getTranslations } from 'next-intl/server';
import { labelText, type LooseT } from '@/lib/i18n/dynamic';
import type { Option } from '@/lib/services/flow';
import type { QuickDate } from '@/lib/services/engine';
import type { VoiceCandidate } from '@/lib/voice/match';
import type { StepVoiceLabels } from '@/components/voice/step-voice';

/** Long lists are not read out in full: the first few, then the person can say a name. */
const MAX_READ_OPTIONS = 8;

type Input = {
  t: LooseT;
  kind: 'choice' | 'date' | 'phone' | 'photos';
  question: string;
  hint: string;
  error: string | null;
  options: Option[];
  /** For a date step: the one-tap days, from the engine (the page offers the same). */
  quick?: QuickDate[];
  index: number;
  total: number;
};

/** What the voice says on a step and which spoken words pick which answer: from the flow definition. */
export async function stepVoiceProps({ t, kind, question, hint, error, options, quick = [], index, total }: Input) {
  const tv = await getTranslations('voice');
  const tf = await getTranslations('flow');
  let spoken: { value: string; label: string; say?: string[] }[];
  if (kind === 'date') {
    spoken = quick.map(({ date, word }) => ({ value: date, label: tf(word) }));
  } else if (kind === 'phone') {
    spoken = options.map((o) => ({ value: o.value, label: labelText(t, o.label), say: o.say }));
  } else {
    spoken = options.map((o) => ({ value: o.value, label: labelText(t, o.label), say: o.say }));
  }
  const sentences = [
    tv('stepLine', { index, total }),
    question,
    ...(hint ? [hint] : []),
    ...(error ? [tv('errorLine', { error })] : []),
    ...spoken.slice(0, MAX_READ_OPTIONS).map((o, i) => tv('optionLine', { n: i + 1, label: o.label })),
  ];
  const candidates: VoiceCandidate[] = spoken.map((o) => ({ value: o.value, labels: [...new Set([o.label, ...(o.say ?? [])])] }));
  const optionLabel = Object.fromEntries(spoken.map((o) => [o.value, o.label]));
  const raw = (key: Parameters<typeof tv.raw>[0]) => String(tv.raw(key));
  const labels: StepVoiceLabels = {
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
    noSpeech: tv('noSpeech'),
    micBlocked: tv('micBlocked'),
    autoplayBlocked: tv('autoplayBlocked'),
  };
  return { sentences, candidates, optionLabel, labels };
}
