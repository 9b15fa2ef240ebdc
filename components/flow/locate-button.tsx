'use client';

import { useState } from 'react';

type Props = { label: string; busyLabel: string; deniedLabel: string };

/** Asks the browser for the location once and reloads the list nearest first; touch only, no typing. */
export function LocateButton({ label, busyLabel, deniedLabel }: Props) {
  const [state, setState] = useState<'idle' | 'busy' | 'denied'>('idle');
  if (typeof navigator !== 'undefined' && !('geolocation' in navigator)) return null;
  function locate() {
    setState('busy');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const url = new URL(window.location.href);
        url.searchParams.set('near', `${pos.coords.latitude.toFixed(4)},${pos.coords.longitude.toFixed(4)}`);
        window.location.assign(url.toString());
      },
      () => setState('denied'),
      { timeout: 10_000, maximumAge: 600_000 },
    );
  }
  return (
    <>
      <button type="button" className="button secondary" onClick={locate} disabled={state === 'busy'}>
        {state === 'busy' ? busyLabel : label}
      </button>
      {state === 'denied' ? (
        <p className="notice" role="status">
          {deniedLabel}
        </p>
      ) : null}
    </>
  );
}
