'use client';

import { useEffect, useRef, useState, type MouseEvent } from 'react';

type Props = { label: string; busyLabel: string };

/** If the page has not moved on by then (a lost connection), the button works again. */
const RETRY_AFTER_MS = 10_000;

/**
 * The form's main button (下一步, 确认提交): the first tap sends the form and says 正在保存…, further
 * taps do nothing. It stays a real submit button (never `disabled`, so its name and value would
 * still be posted) and only marks itself aria-disabled; without JavaScript it is a plain button.
 */
export function SubmitOnce({ label, busyLabel }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const sent = useRef(false);

  useEffect(() => {
    const form = button.current?.form;
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reset = () => {
      sent.current = false;
      setBusy(false);
    };
    const onSubmit = (event: SubmitEvent) => {
      if (sent.current) {
        event.preventDefault();
        return;
      }
      sent.current = true;
      if (event.submitter === button.current) setBusy(true);
      timer = setTimeout(reset, RETRY_AFTER_MS);
    };
    // Coming back with the browser's back button shows the page as it was left: ready again.
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) reset();
    };
    form.addEventListener('submit', onSubmit);
    window.addEventListener('pageshow', onShow);
    return () => {
      clearTimeout(timer);
      form.removeEventListener('submit', onSubmit);
      window.removeEventListener('pageshow', onShow);
    };
  }, []);

  const ignoreRepeat = (event: MouseEvent) => {
    if (sent.current) event.preventDefault();
  };

  return (
    <button ref={button} type="submit" className="button" aria-disabled={busy || undefined} onClick={ignoreRepeat}>
      {busy ? busyLabel : label}
    </button>
  );
}
