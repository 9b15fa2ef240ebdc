import { maskPhone } from '@/lib/identity/id-card';
import { labelText, type LooseT } from '@/lib/i18n/dynamic';
import type { Locale } from '@/lib/i18n/routing';
import { formatFullDate } from '@/lib/i18n/translator';
import { stepOptions } from '@/lib/services/engine';
import type { Answers, FlowContext, FlowStep } from '@/lib/services/flow';

/** An answer as the person chose it, for the check page (and the staff script). */
export function answerText(t: LooseT, step: FlowStep<Record<string, unknown>>, answers: Answers, ctx: FlowContext<Record<string, unknown>>, locale: Locale): string {
  const value = answers[step.key];
  switch (step.kind) {
    case 'date':
      return typeof value === 'string' ? formatFullDate(value, locale) : '';
    case 'phone':
      return typeof value === 'string' ? maskPhone(value) : '';
    case 'photos':
      return t('flow.photoCount', { count: Array.isArray(value) ? value.length : 0 });
    case 'choice': {
      const option = stepOptions(step, answers, ctx).find((o) => o.value === value);
      return option ? labelText(t, option.label) : String(value ?? '');
    }
  }
}
