'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { speak } from '@/lib/voice/speech';
import { HeadsetIcon } from '@/components/ui/icons';
import { pageSnapshot } from './page-snapshot';

export type AssistLabels = {
  ask: string;
  /** The trigger's visible word in the top bar (客服); its accessible name is `ask`, which contains it. */
  short: string;
  codeTitle: string;
  /** '请把这 6 位数字告诉客服，{minutes} 分钟内有效。' */
  codeHint: string;
  /** '您的求助码是 {digits}。' */
  codeSpoken: string;
  waiting: string;
  watching: string;
  hintTitle: string;
  stop: string;
  stopped: string;
  failed: string;
};

type Props = { active: { claimed: boolean } | null; labels: AssistLabels; minutes: number };

const CODE_KEY = 'yb_assist_code';
const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

/**
 * 请客服帮我, in the same place on every page. Once asked: the code in very large digits (and
 * read aloud), this page's words shared with the staff member who enters it, their hints shown
 * and spoken here, and 停止共享 at any time.
 */
export function AssistBar({ active, labels, minutes }: Props) {
  const [live, setLive] = useState(active !== null);
  const [claimed, setClaimed] = useState(active?.claimed ?? false);
  const [code, setCode] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const share = useEffectEvent(() => {
    void fetch('/api/assist/page', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pageSnapshot()) }).then((res) => {
      if (res.status === 404) end(false);
    });
  });

  function end(told: boolean) {
    setLive(false);
    setClaimed(false);
    setCode(null);
    setHint(null);
    sessionStorage.removeItem(CODE_KEY);
    if (told) setMessage(labels.stopped);
  }

  useEffect(() => {
    if (!live) return;
    if (!claimed) setCode(sessionStorage.getItem(CODE_KEY));
    share();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(share, 300);
    };
    document.addEventListener('change', onChange);
    const events = new EventSource('/api/assist/events');
    events.addEventListener('status', (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { claimed: boolean };
      setClaimed(data.claimed);
      if (data.claimed) {
        setCode(null);
        sessionStorage.removeItem(CODE_KEY);
      }
    });
    events.addEventListener('hint', (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { hint: string | null };
      if (!data.hint) return;
      setHint(data.hint);
      void speak([data.hint], { lang: 'zh-CN' });
    });
    events.addEventListener('ended', () => {
      events.close();
      end(true);
    });
    return () => {
      clearTimeout(timer);
      document.removeEventListener('change', onChange);
      events.close();
    };
    // Subscribes once per shared session: `claimed` is only read as it starts, and the handlers call the latest `end`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live]);

  async function ask() {
    setMessage('');
    const res = await fetch('/api/assist', { method: 'POST' }).catch(() => null);
    if (!res?.ok) return setMessage(labels.failed);
    const { code: digits } = (await res.json()) as { code: string };
    sessionStorage.setItem(CODE_KEY, digits);
    setCode(digits);
    setLive(true);
    void speak([fill(labels.codeSpoken, { digits: [...digits].join('，') })], { lang: 'zh-CN' });
  }

  async function stop() {
    await fetch('/api/assist/end', { method: 'POST' }).catch(() => null);
    end(true);
  }

  // The trigger sits in the top bar beside 12393 (compact, fixed size); the panel opens under the bar.
  const trigger = (
    <button
      type="button"
      className="top-action assist-trigger"
      aria-label={labels.ask}
      aria-expanded={live}
      aria-controls={live ? 'assist-panel' : undefined}
      onClick={live ? undefined : () => void ask()}
    >
      <HeadsetIcon />
      {labels.short}
    </button>
  );
  if (!live) {
    return (
      <>
        {trigger}
        {message ? (
          <div className="assist-panel" id="assist-panel">
            <p className="assist-status" role="status">
              {message}
            </p>
          </div>
        ) : null}
      </>
    );
  }
  return (
    <>
      {trigger}
      <div className="assist-panel live" id="assist-panel">
        {code ? (
          <div className="assist-code" aria-live="polite">
            <p>{labels.codeTitle}</p>
            <p className="assist-digits" data-testid="assist-code">
              {code}
            </p>
            <p>{fill(labels.codeHint, { minutes })}</p>
          </div>
        ) : null}
        <p className="assist-status" role="status">
          {claimed ? labels.watching : labels.waiting}
        </p>
        {hint ? (
          <div className="notice assist-hint" role="alert">
            <strong>{labels.hintTitle}</strong> {hint}
          </div>
        ) : null}
        <button type="button" className="button secondary" onClick={() => void stop()}>
          {labels.stop}
        </button>
      </div>
    </>
  );
}
