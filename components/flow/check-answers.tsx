import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { ReplacingNotice } from '@/components/services/replacing-notice';
import { LateFilingNotice } from '@/components/services/late-filing-notice';
import { loose } from '@/lib/i18n/dynamic';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { CHECK_STEP, previousOf } from '@/lib/services/engine';
import type { Refusal } from '@/lib/services/flow';
import type { flowPage } from '@/lib/server/flow-page';
import { StepVoice } from '@/components/voice/step-voice';
import { devicePreferences } from '@/lib/preferences-server';
import { answerRows } from '@/lib/services/answer-text';
import { voiceLabels } from './step-voice-props';
import { refusalText } from './refusal-text';
import { SubmitOnce } from './submit-once';

type Page = Awaited<ReturnType<typeof flowPage>>;

/** GOV.UK check answers: every answer with its 修改 link, then 确认提交. */
export async function CheckAnswers({ page, refusal, locale }: { page: Page; refusal: Refusal | null; locale: Locale }) {
  const t = loose(await getTranslations());
  const tf = await getTranslations('flow');
  const answers = page.draft?.answers ?? {};
  const previous = previousOf(page.flow, CHECK_STEP, answers, page.ctx);
  const prefs = await devicePreferences();
  const rows = answerRows(t, page.flow, answers, page.ctx, locale);
  // Read back every answer before 确认提交; only commands (修改 by touch, 确认提交 by voice) apply here.
  const error = refusal ? refusalText(t, refusal, locale) : null;
  const readBack = [
    tf('checkTitle'),
    ...(error ? [t('voice.errorLine', { error })] : []),
    ...rows.map((r) => `${r.label}：${r.answer}。`),
    tf('checkVoicePrompt'),
  ];
  return (
    <AppShell title={t(`services.${page.service}.name`)} back={`/services/${page.service}/${previous ?? ''}`} readAloud={false}>
      <StepVoice
        sentences={readBack}
        candidates={[]}
        optionLabel={{}}
        labels={await voiceLabels()}
        enabled={prefs.voice}
        rate={prefs.rate}
        provider={prefs.provider}
        kind="photos"
        today={page.ctx.today}
      />
      <ReplacingNotice answers={answers} ctx={page.ctx} full />
      <LateFilingNotice service={page.service} answers={answers} ctx={page.ctx} />
      <h2>{tf('checkTitle')}</h2>
      <p>{tf('checkIntro')}</p>
      {error ? (
        <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{tf('errorTitle')}</h2>
          <p>{error}</p>
        </div>
      ) : null}
      <dl className="answers card">
        {rows.map(({ step, label, answer }) => {
          return (
            <div key={step.key}>
              <dt>{label}</dt>
              <dd>{answer}</dd>
              <dd className="change">
                <Link href={`/services/${page.service}/${step.key}?from=${CHECK_STEP}`}>
                  {tf('change')}
                  <span className="visually-hidden">{label}</span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
      <form action={`/api/flows/${page.service}/submit`} method="post">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="draftId" value={page.draft?.id ?? ''} />
        <p>{tf('declaration')}</p>
        <div className="flow-actions">
          <SubmitOnce label={tf('submit')} busyLabel={tf('saving')} />
        </div>
      </form>
    </AppShell>
  );
}
