import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { ReplacingNotice } from '@/components/services/replacing-notice';
import { loose } from '@/lib/i18n/dynamic';
import type { Locale } from '@/lib/i18n/routing';
import { CHECK_STEP, previousOf, stepPosition } from '@/lib/services/engine';
import type { FlowStep, ListView, Refusal } from '@/lib/services/flow';
import { stepView } from '@/lib/services/step-view';
import type { flowPage } from '@/lib/server/flow-page';
import { StepVoice } from '@/components/voice/step-voice';
import { devicePreferences } from '@/lib/preferences-server';
import { DateField } from './date-field';
import { stepVoiceProps } from './step-voice-props';
import { ListSearchForm, ListTools } from './list-tools';
import { OptionList } from './option-list';
import { PhoneField } from './phone-field';
import { PhotosField } from './photos-field';
import { refusalText } from './refusal-text';
import { SubmitOnce } from './submit-once';
import { TextField } from './text-field';

type Page = Awaited<ReturnType<typeof flowPage>>;
type Props = {
  page: Page;
  step: FlowStep<Record<string, unknown>>;
  refusal: Refusal | null;
  fromCheck: boolean;
  locale: Locale;
  view: ListView;
};

/** Any step of any flow: progress, the question, its answer control, 下一步 in the same place. */
export async function StepForm({ page, step, refusal, fromCheck, locale, view }: Props) {
  const t = loose(await getTranslations());
  const tf = await getTranslations('flow');
  const answers = page.draft?.answers ?? {};
  const { index, total } = stepPosition(page.flow, step.key, answers, page.ctx);
  const previous = fromCheck ? CHECK_STEP : previousOf(page.flow, step.key, answers, page.ctx);
  const back = previous ? `/services/${page.service}/${previous}` : `/services/${page.service}`;
  const error = refusal ? refusalText(t, refusal, locale) : null;
  const saved = answers[step.key] ?? step.preselect?.(answers, page.ctx) ?? undefined;
  const described = stepView(t, { flow: page.flow, step, answers, ctx: page.ctx, locale, list: view });
  const { question, hint, shown } = described;
  const searchable = described.layout === 'search';
  const stepPath = `/services/${page.service}/${step.key}`;
  const prefs = await devicePreferences();
  const voice = await stepVoiceProps({ view: described, error, index, total });
  const firstFieldId = step.kind === 'photos' ? 'photos-title' : 'value-0';

  return (
    <AppShell title={t(`services.${page.service}.name`)} back={back} readAloud={false}>
      <StepVoice enabled={prefs.voice} rate={prefs.rate} provider={prefs.provider} kind={step.kind} today={page.ctx.today} {...voice}>
        <p className="progress">{tf('progress', { index, total })}</p>
      </StepVoice>
      <ReplacingNotice answers={answers} ctx={page.ctx} />
      {error ? (
        <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{tf('errorTitle')}</h2>
          <ul>
            <li>
              <a href={`#${firstFieldId}`}>{error}</a>
            </li>
          </ul>
        </div>
      ) : null}
      {searchable ? <ListSearchForm path={stepPath} view={view} /> : null}
      <form
        action={`/api/flows/${page.service}/steps/${step.key}`}
        method="post"
        encType={step.kind === 'photos' ? 'multipart/form-data' : undefined}
        noValidate
      >
        <input type="hidden" name="locale" value={locale} />
        {fromCheck ? <input type="hidden" name="from" value={CHECK_STEP} /> : null}
        {step.kind === 'photos' ? (
          <>
            <h2 className="question-legend">{question.text}</h2>
            {hint ? <p className="hint">{hint.text}</p> : null}
            <PhotosField service={page.service} step={step.key} ids={Array.isArray(saved) ? (saved as string[]) : []} locale={locale} />
          </>
        ) : null}
        {step.kind !== 'photos' ? (
          <fieldset className={error ? 'field has-error' : 'field'} aria-describedby={hint ? 'step-hint' : undefined}>
            <legend className="question-legend">
              <h2 className="question-legend" style={{ margin: 0 }}>
                {question.text}
              </h2>
            </legend>
            {hint ? (
              <p className="hint" id="step-hint">
                {hint.text}
              </p>
            ) : null}
            {error ? <p className="error-text">{error}</p> : null}
            {searchable ? <ListTools path={stepPath} view={view} filters={described.filters} locate={Boolean(step.filters)} /> : null}
            {step.kind === 'choice' && shown.length === 0 ? <p className="notice">{tf('nothingFound')}</p> : null}
            {step.kind === 'choice' ? <OptionList name="value" options={shown} selected={saved} grid={described.layout === 'grid'} /> : null}
            {step.kind === 'date' ? <DateField view={described} selected={saved} /> : null}
            {step.kind === 'phone' ? <PhoneField view={described} selected={saved} /> : null}
            {step.kind === 'text' ? <TextField view={described} saved={saved} invalid={error !== null} /> : null}
          </fieldset>
        ) : null}
        <div className="flow-actions">
          {/* When the page was shown: the second tap of a double tap on 下一步 that lands here is ignored (see the step route). */}
          <input type="hidden" name="shown" value={shownAt()} />
          <SubmitOnce label={fromCheck ? tf('saveAndReturn') : tf('next')} busyLabel={tf('saving')} />
        </div>
      </form>
    </AppShell>
  );
}

function shownAt(): string {
  return String(Date.now());
}
