import { loose, type LooseT } from '@/lib/i18n/dynamic';
import type { Locale } from '@/lib/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';
import { findStep } from '@/lib/services/engine';
import type { Answers, FlowPerson } from '@/lib/services/flow';
import { flowFor } from '@/lib/services/flows';
import type { ServiceKey } from '@/lib/services/review';
import { stepView, type StepView } from '@/lib/services/step-view';
import type { VoiceCandidate } from '@/lib/voice/match';

const translators = new Map<Locale, LooseT>();
const translator = (locale: Locale) => translators.get(locale) ?? translators.set(locale, loose(translatorFor(locale))).get(locale)!;

export type ViewFor = { service: ServiceKey; step: string; facts: object; person: FlowPerson; today: string; answers?: Answers; locale?: Locale };

/** A step as production describes it (lib/services/step-view.ts), with the real messages. */
export function viewOf({ service, step: key, facts, person, today, answers = {}, locale = 'zh-CN' }: ViewFor): StepView {
  const flow = flowFor(service);
  const step = flow && findStep(flow, key);
  if (!flow || !step) throw new Error(`no step ${service}.${key}`);
  return stepView(translator(locale), { flow, step, answers, ctx: { today, person, facts: { ...facts } }, locale });
}

/** The words 语音版 listens for on that step. */
export function voiceCandidates(input: ViewFor): VoiceCandidate[] {
  return viewOf(input).voice.candidates;
}
