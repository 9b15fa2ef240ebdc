import { getTranslations } from 'next-intl/server';
import type { Answers, FlowContext } from '@/lib/services/flow';
import { compareDates } from '@/lib/time/dates';

/**
 * 002 第6条, when a filing starts before today (补办): filed before the discharge bill, it is settled
 * directly; paid out of pocket already, it is claimed under the 参保地 rules (手工报销).
 */
export async function LateFilingNotice({ service, answers, ctx }: { service: string; answers: Answers; ctx: FlowContext<Record<string, unknown>> }) {
  if (service !== 'remote-care' || typeof answers.startDate !== 'string' || compareDates(answers.startDate, ctx.today) >= 0) return null;
  const t = await getTranslations('flows.remote-care');
  return (
    <p className="notice" data-testid="late-filing">
      {t('late')}
    </p>
  );
}
