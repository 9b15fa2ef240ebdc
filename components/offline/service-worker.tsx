'use client';

import { useEffect } from 'react';

/** Registers public/sw.js, which shows the app's own offline page when a page cannot load. */
export function ServiceWorker() {
  useEffect(() => {
    // Production only: `next dev` serves changing files under stable names.
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }, []);
  return null;
}
