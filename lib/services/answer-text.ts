import { facilityByCode } from '../data/facilities';
import { maskPhone } from '../identity/id-card';
import { labelText, type LooseT } from '../i18n/dynamic';
import type { Locale } from '../i18n/routing';
import { formatFullDate } from '../i18n/translator';
import { contactPhoneOf } from './common-steps';
import { applicableSteps, stepOptions } from './engine';
import type { Answers, FlowContext, FlowDefinition, FlowStep } from './flow';
import { stepKeys } from './step-text';

/** An answer as the person chose it, for the check page, the staff script and the filed application. */
export function answerText(t: LooseT, step: FlowStep<Record<string, unknown>>, answers: Answers, ctx: FlowContext<Record<string, unknown>>, locale: Locale): string {
  const value = answers[step.key];
  switch (step.kind) {
    case 'date':
      return typeof value === 'string' ? formatFullDate(value, locale) : '';
    case 'phone': {
      const phone = contactPhoneOf(value, ctx.person.phone);
      return phone ? maskPhone(phone) : '';
    }
    case 'photos':
      return t('flow.photoCount', { count: Array.isArray(value) ? value.length : 0 });
    case 'choice': {
      const option = stepOptions(step, answers, ctx).find((o) => o.value === value);
      if (option) return labelText(t, option.label);
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
  return applicableSteps(flow, answers, ctx).map((step) => ({
    step,
    label: t(stepKeys(flow.service, step.key).label),
    answer: answerText(t, step, answers, ctx, locale),
  }));
}
