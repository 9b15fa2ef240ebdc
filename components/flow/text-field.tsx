import { getTranslations } from 'next-intl/server';
import type { StepView } from '@/lib/services/step-view';

/** A few words in the person's own way (said with 说一说, or typed by whoever helps): one large box. */
export async function TextField({ view, saved, invalid }: { view: StepView; saved: unknown; invalid: boolean }) {
  const tf = await getTranslations('flow');
  return (
    <div className="field">
      <label htmlFor="value-0" className="visually-hidden">
        {view.label.text}
      </label>
      <textarea
        className="input text-answer"
        id="value-0"
        name="value"
        rows={3}
        maxLength={view.maxLength ?? undefined}
        defaultValue={typeof saved === 'string' ? saved : ''}
        aria-describedby={view.hint ? 'step-hint text-limit' : 'text-limit'}
        aria-invalid={invalid ? true : undefined}
        data-answer-control
      />
      {view.maxLength ? (
        <p className="hint" id="text-limit">
          {tf('textLimit', { max: view.maxLength })}
        </p>
      ) : null}
    </div>
  );
}
