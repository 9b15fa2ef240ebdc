import { getLocale } from 'next-intl/server';
import { parseListView } from '@/components/flow/list-tools';
import { CheckAnswers } from '@/components/flow/check-answers';
import { StepForm } from '@/components/flow/step-form';
import { redirect } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/routing';
import { applicableSteps, CHECK_STEP, findStep, firstUnanswered } from '@/lib/services/engine';
import { refusalFromQuery } from '@/lib/services/refusal-query';
import { flowPage } from '@/lib/server/flow-page';

type Props = {
  params: Promise<{ service: string; step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function StepPage({ params, searchParams }: Props) {
  const { service, step } = await params;
  const search = await searchParams;
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const page = await flowPage(service, `/services/${service}/${step}`);
  // No draft (submitted, or never started): the start page offers 开始办理.
  if (!page.draft) return redirect({ href: `/services/${service}`, locale });
  const answers = page.draft.answers;
  const refusal = refusalFromQuery(search);
  if (step === CHECK_STEP) {
    const missing = firstUnanswered(page.flow, answers, page.ctx);
    if (missing !== CHECK_STEP) return redirect({ href: `/services/${service}/${missing}`, locale });
    return <CheckAnswers page={page} refusal={refusal} locale={locale} />;
  }
  const def = findStep(page.flow, step);
  if (!def || !applicableSteps(page.flow, answers, page.ctx).includes(def)) {
    return redirect({ href: `/services/${service}/${firstUnanswered(page.flow, answers, page.ctx)}`, locale });
  }
  return <StepForm page={page} step={def} refusal={refusal} fromCheck={search.from === CHECK_STEP} locale={locale} view={parseListView(search)} />;
}
