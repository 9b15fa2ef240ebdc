import { getTranslations } from 'next-intl/server';
import type { StepView } from '@/lib/services/step-view';
import { OptionList } from './option-list';

/** The number we already know, one tap; another number only if the person wants one. */
export async function PhoneField({ view, selected }: { view: StepView; selected: unknown }) {
  const tf = await getTranslations('flow');
  const { options } = view;
  const known = options.some((o) => o.value === selected);
  const other = typeof selected === 'string' && !known ? selected : undefined;
  const withOther = view.other ? [...options, { value: 'other', label: view.other.text, source: { value: 'other', label: { key: view.other.key } } }] : options;
  return (
    <>
      <OptionList name="value" options={withOther} selected={other ? 'other' : (selected ?? options[0]?.value)} />
      <div className="field other-input">
        <label htmlFor="other">{tf('otherPhoneLabel')}</label>
        <input className="input" type="tel" inputMode="numeric" id="other" name="other" maxLength={13} autoComplete="tel-national" defaultValue={other} />
      </div>
    </>
  );
}
