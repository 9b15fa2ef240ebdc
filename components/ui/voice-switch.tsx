'use client';

import { useState, type FormEvent } from 'react';
import { preferenceCookieOptions, VOICE_COOKIE } from '@/lib/preferences';
import { SpeakerIcon } from './icons';

type Props = { initialOn: boolean; label: string; hint: string; onText: string; offText: string; returnTo: string };

/** 语音版 on/off. A plain form underneath, so it also works before (or without) JavaScript. */
export function VoiceSwitch({ initialOn, label, hint, onText, offText, returnTo }: Props) {
  const [on, setOn] = useState(initialOn);

  function toggle(event: FormEvent) {
    event.preventDefault();
    const next = !on;
    // The setting is per device and not secret: write the cookie here, at once, before any reload.
    document.cookie = `${VOICE_COOKIE}=${next ? 'on' : 'off'}; path=/; max-age=${preferenceCookieOptions.maxAge}; samesite=lax`;
    setOn(next);
  }

  return (
    <form className="card switch-card" action="/api/preferences" method="post" onSubmit={toggle}>
      <input type="hidden" name="voice" value={on ? 'off' : 'on'} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <SpeakerIcon width={40} height={40} />
      <div className="grow">
        <strong id="voice-switch-label">{label}</strong>
        <p className="muted" id="voice-switch-hint" style={{ margin: 0 }}>
          {hint}
        </p>
      </div>
      <button
        type="submit"
        className="switch"
        role="switch"
        aria-checked={on}
        // The name includes the words on the button, so "语音版 已关闭" can be said or found as seen.
        aria-labelledby="voice-switch-label voice-switch-state"
        aria-describedby="voice-switch-hint"
      >
        <span className="knob" />
        <span id="voice-switch-state">{on ? onText : offText}</span>
      </button>
    </form>
  );
}
