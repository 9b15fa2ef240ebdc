import { facilityByCode } from '../data/facilities';
import { maskPhone } from '../identity/id-card';
import type { LooseT } from '../i18n/dynamic';
import type { Locale } from '../i18n/routing';
import { formatFullDate } from '../i18n/translator';
import { contactPhoneOf } from './common-steps';
import { applicableSteps } from './engine';
import type { Answers, FlowContext, FlowDefinition, FlowStep } from './flow';
import { stepView, type StepView } from './step-view';

/** An answer as the person chose it, for the check page and the filed application, in the words of its step's view. */
function answerText(view: StepView, t: LooseT, answers: Answers, ctx: FlowContext<Record<string, unknown>>, locale: Locale): string {
  const value = answers[view.key];
  switch (view.kind) {
    case 'date':
      return typeof value === 'string' ? formatFullDate(value, locale) : '';
    case 'phone': {
      const phone = contactPhoneOf(value, ctx.person.phone);
      return phone ? maskPhone(phone) : '';
    }
    case 'text':
      return typeof value === 'string' ? value : '';
    case 'photos':
      return t('flow.photoCount', { count: Array.isArray(value) ? value.length : 0 });
    case 'choice': {
      const option = view.options.find((o) => o.value === value);
      if (option) return option.label;
      // A filed answer may no longer be on offer (the facility it replaced is gone): its name still is.
      return (typeof value === 'string' ? facilityByCode(value)?.name : undefined) ?? String(value ?? '');
    }
  }
}

/** Every applicable step's label and answer, in the flow's order. */
export function answerRows(
  t: LooseT,
  flow: FlowDefinition<Record<string, unknown>>,
  answers: Answers,
  ctx: FlowContext<Record<string, unknown>>,
  locale: Locale,
): { step: FlowStep<Record<string, unknown>>; label: string; answer: string }[] {
  return applicableSteps(flow, answers, ctx).map((step) => {
    const view = stepView(t, { flow, step, answers, ctx, locale });
    return { step, label: view.label.text, answer: answerText(view, t, answers, ctx, locale) };
  });
}
