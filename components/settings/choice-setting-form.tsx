'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { prepareSpeechEngine, type VoiceProviderName } from '@/lib/voice/engine';
import { speak, speechRates, type SpeechRate } from '@/lib/voice/speech';

type Props = {
  id: string;
  heading: string;
  hint: string;
  /** The preference's field name in POST /api/preferences. */
  name: 'textSize' | 'rate';
  choices: { value: string; label: string }[];
  current: string;
  returnTo: string;
  savedLabel: string;
  /** For the speech rate: a sentence said at the new rate, and the voice service to say it with. */
  sample?: { text: string; provider: VoiceProviderName };
};

/**
 * A device setting as big buttons. With JavaScript the choice is saved in place: 已保存 beside it,
 * the new text size at once, a sample sentence at the new speech rate. Underneath it is a plain
 * form, so without JavaScript (or if saving in place fails) the page is posted and comes back.
 */
export function ChoiceSettingForm({ id, heading, hint, name, choices, current, returnTo, savedLabel, sample }: Props) {
  const [chosen, setChosen] = useState(current);
  const [saved, setSaved] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const router = useRouter();

  async function save(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const value = submitter instanceof HTMLButtonElement ? submitter.value : '';
    if (!value) return;
    event.preventDefault();
    setSaved(false);
    const answer = await fetch('/api/preferences', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ [name]: value }),
    }).catch(() => null);
    if (!answer?.ok) return postPlainly(value);
    setChosen(value);
    setSaved(true);
    if (name === 'textSize') {
      const html = document.documentElement;
      html.classList.remove(...[...html.classList].filter((c) => c.startsWith('text-')));
      html.classList.add(`text-${value}`);
    }
    if (sample && value in speechRates) {
      await prepareSpeechEngine(sample.provider);
      void speak([sample.text], { rate: value as SpeechRate, lang: document.documentElement.lang || 'zh-CN' });
    }
    // The rest of the page (听一听 and its rate) follows the new setting, without leaving this place.
    router.refresh();
  }

  function postPlainly(value: string) {
    const f = form.current;
    if (!f) return;
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = name;
    field.value = value;
    f.append(field);
    f.submit();
  }

  return (
    <form ref={form} action="/api/preferences" method="post" className="card" aria-labelledby={id} onSubmit={save}>
      <h2 id={id}>{heading}</h2>
      <p className="muted">{hint}</p>
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="choice-grid">
        {choices.map(({ value, label }) => (
          <button key={value} type="submit" name={name} value={value} className="choice" aria-pressed={value === chosen}>
            {label}
            {saved && value === chosen ? (
              <span className="saved-badge" aria-hidden="true">
                {savedLabel}
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <p role="status" className="visually-hidden">
        {saved ? savedLabel : ''}
      </p>
    </form>
  );
}
