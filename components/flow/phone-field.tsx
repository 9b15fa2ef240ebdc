import { getTranslations } from 'next-intl/server';
import type { LooseT } from '@/lib/i18n/dynamic';
import type { Option } from '@/lib/services/flow';
import { OptionList } from './option-list';

/** The number we already know, one tap; another number only if the person wants one. */
export async function PhoneField({ t, options, selected }: { t: LooseT; options: Option[]; selected: unknown }) {
  const tf = await getTranslations('flow');
  const known = options.some((o) => o.value === selected);
  const other = typeof selected === 'string' && !known ? selected : undefined;
  const withOther: Option[] = [...options, { value: 'other', label: { key: 'flow.otherPhone' } }];
  return (
    <>
      <OptionList t={t} name="value" options={withOther} selected={other ? 'other' : (selected ?? options[0]?.value)} />
      <div className="field other-input">
        <label htmlFor="other">{tf('otherPhoneLabel')}</label>
        <input className="input" type="tel" inputMode="numeric" id="other" name="other" maxLength={13} autoComplete="tel-national" defaultValue={other} />
      </div>
    </>
  );
}
