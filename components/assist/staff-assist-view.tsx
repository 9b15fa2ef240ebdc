'use client';

import { useEffect, useState, type FormEvent } from 'react';
import type { AssistPage } from '@/lib/db/types';

type Labels = { waiting: string; ended: string; answers: string; options: string; chosen: string; hintLabel: string; send: string; sent: string };
type Props = { id: string; initial: AssistPage | null; ended: boolean; presets: string[]; labels: Labels };

/** The resident's page as words, updated live from the server's event stream; hints go back the other way. */
export function StaffAssistView({ id, initial, ended: endedAtStart, presets, labels }: Props) {
  const [page, setPage] = useState<AssistPage | null>(initial);
  const [ended, setEnded] = useState(endedAtStart);
  const [hint, setHint] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (endedAtStart) return;
    const events = new EventSource(`/api/staff/assist/${id}/events`);
    events.addEventListener('page', (e) => setPage(JSON.parse((e as MessageEvent<string>).data) as AssistPage | null));
    events.addEventListener('ended', () => {
      events.close();
      setEnded(true);
    });
    return () => events.close();
  }, [id, endedAtStart]);

  async function send(text: string, event?: FormEvent) {
    event?.preventDefault();
    setStatus('');
    const res = await fetch(`/api/staff/assist/${id}/hint`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hint: text }),
    });
    if (res.ok) {
      setStatus(labels.sent);
      setHint('');
    } else {
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      setStatus(body?.error?.message ?? labels.ended);
    }
  }

  return (
    <>
      {ended ? (
        <p className="notice error" role="alert" data-testid="assist-ended">
          {labels.ended}
        </p>
      ) : null}
      <section className="card" aria-live="polite" data-testid="assist-page">
        {page ? (
          <>
            <p className="muted">{page.title}</p>
            {page.progress ? <p>{page.progress}</p> : null}
            {page.question ? <h2 data-testid="assist-question">{page.question}</h2> : null}
            {page.hint ? <p className="muted">{page.hint}</p> : null}
            {page.options.length > 0 ? (
              <>
                <h3>{labels.options}</h3>
                <ul>
                  {page.options.map((o, i) => (
                    <li key={i}>
                      {o.label} {o.checked ? <strong>{labels.chosen}</strong> : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {page.answers.length > 0 ? (
              <>
                <h3>{labels.answers}</h3>
                <dl className="key-values">
                  {page.answers.map((a, i) => (
                    <div key={i} style={{ display: 'contents' }}>
                      <dt>{a.label}</dt>
                      <dd>{a.value}</dd>
                    </div>
                  ))}
                </dl>
              </>
            ) : null}
          </>
        ) : (
          <p>{labels.waiting}</p>
        )}
      </section>
      {!ended ? (
        <form onSubmit={(e) => void send(hint, e)} className="card">
          <label htmlFor="hint">{labels.hintLabel}</label>
          <input id="hint" name="hint" className="input" maxLength={100} value={hint} onChange={(e) => setHint(e.target.value)} />
          <div className="chips" style={{ margin: '0.5rem 0' }}>
            {presets.map((p) => (
              <button key={p} type="button" className="button secondary" style={{ width: 'auto' }} onClick={() => void send(p)}>
                {p}
              </button>
            ))}
          </div>
          <button type="submit" className="button" style={{ width: 'auto' }}>
            {labels.send}
          </button>
          <p role="status">{status}</p>
        </form>
      ) : null}
    </>
  );
}
