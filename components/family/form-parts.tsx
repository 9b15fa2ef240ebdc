import { getTranslations } from 'next-intl/server';
import { FAMILY_RULES, relations } from '@/lib/family/config';
import { serviceKeys } from '@/lib/services/modules';

/** 这位家属是您的 … : one big radio per relation. */
export async function RelationField({ legend, error }: { legend: string; error?: string | undefined }) {
  const t = await getTranslations('family');
  return (
    <fieldset id="relation" className={`field${error ? ' has-error' : ''}`}>
      <legend className="question-legend">{legend}</legend>
      {error ? <p className="error-text">{error}</p> : null}
      <div className="options options-grid">
        {relations.map((relation, i) => (
          <label key={relation} className="option" htmlFor={`relation-${i}`}>
            <input type="radio" id={`relation-${i}`} name="relation" value={relation} defaultChecked={i === 0} />
            <span className="option-text">
              <span className="option-label">{t(`relation.${relation}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** 代办 per service as checkboxes; none ticked is 查看 only. */
export async function ScopeField({ legend, hint }: { legend: string; hint: string }) {
  const ts = await getTranslations('services');
  return (
    <fieldset id="act" className="field" aria-describedby="act-hint">
      <legend className="question-legend">{legend}</legend>
      <p className="hint" id="act-hint">
        {hint}
      </p>
      <div className="options">
        {serviceKeys.map((service, i) => (
          <label key={service} className="option" htmlFor={`act-${i}`}>
            <input type="checkbox" id={`act-${i}`} name="act" value={service} />
            <span className="option-text">
              <span className="option-label">{ts(`${service}.name`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** 授权多久: 1 年 first (the default), then the other durations. */
export async function DurationField({ legend }: { legend: string }) {
  const t = await getTranslations('family');
  return (
    <fieldset id="months" className="field">
      <legend className="question-legend">{legend}</legend>
      <div className="options options-grid">
        {FAMILY_RULES.durationsMonths.map((months, i) => (
          <label key={months} className="option" htmlFor={`months-${i}`}>
            <input type="radio" id={`months-${i}`} name="months" value={months} defaultChecked={i === 0} />
            <span className="option-text">
              <span className="option-label">{t('add.months', { months })}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
