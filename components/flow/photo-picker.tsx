'use client';

import { useEffect, useRef, useState, type ChangeEvent } from 'react';

export type PhotoPickerLabels = {
  /** "已添加 {count} 张照片" for each count from 0 */
  added: string[];
  /** "第 {n} 张照片" for each n from 0 */
  alt: string[];
  remove: string;
  choose: string;
  hint: string;
  hintAuto: string;
  upload: string;
  camera: string;
  album: string;
  /** "正在上传… {percent}%" */
  uploading: string;
  uploaded: string;
  network: string;
};

type Props = { action: string; locale: string; ids: string[]; labels: PhotoPickerLabels };
type State = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'done' } | { kind: 'refused'; message: string };

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/**
 * The photos of a photo step, inside the step's form. With JavaScript: 拍照 and 从相册选, and the
 * photo is sent the moment it is chosen, with its progress, then shown. Without: a file field and
 * 上传这张照片 (and a photo chosen but not uploaded still goes with 下一步).
 */
export function PhotoPicker({ action, locale, ids: saved, labels }: Props) {
  const [scripted, setScripted] = useState(false);
  const [ids, setIds] = useState(saved);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const said = useRef<HTMLDivElement>(null);
  useEffect(() => setScripted(true), []);
  // What happened is said right under the buttons; keep it in view (above the fixed 下一步).
  useEffect(() => {
    if (state.kind === 'done' || state.kind === 'refused') said.current?.scrollIntoView({ block: 'nearest' });
  }, [state.kind]);

  function send(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file || state.kind === 'uploading') return;
    const body = new FormData();
    body.append('locale', locale);
    body.append('photo', file);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', action);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-locale', locale);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setState({ kind: 'uploading', percent: Math.min(99, Math.round((e.loaded * 100) / e.total)) });
    };
    xhr.onload = () => {
      const answer = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && Array.isArray(answer?.ids)) {
        setIds(answer.ids.filter((id): id is string => typeof id === 'string'));
        setState({ kind: 'done' });
      } else {
        setState({ kind: 'refused', message: typeof answer?.error?.message === 'string' ? answer.error.message : labels.network });
      }
    };
    xhr.onerror = () => setState({ kind: 'refused', message: labels.network });
    setState({ kind: 'uploading', percent: 0 });
    xhr.send(body);
  }

  return (
    <section aria-labelledby="photos-title" className={state.kind === 'refused' ? 'photos has-error' : 'photos'}>
      <h3 id="photos-title" className={ids.length === 0 && scripted ? 'visually-hidden' : undefined}>
        {labels.added[ids.length] ?? labels.added.at(-1)}
      </h3>
      {ids.length > 0 ? (
        <div className="thumbs">
          {ids.map((id, i) => (
            <figure key={id}>
              <img src={`/api/uploads/${id}`} alt={labels.alt[i + 1] ?? ''} />
              <button type="submit" className="button secondary" formAction={action} formEncType="multipart/form-data" name="remove" value={id}>
                {labels.remove}
              </button>
            </figure>
          ))}
        </div>
      ) : null}
      {scripted ? (
        <div className="photo-pick">
          <p className="hint muted">{labels.hintAuto}</p>
          <div className="photo-buttons">
            <label className="button" htmlFor="photo-camera" data-answer-control>
              {labels.camera}
              <input className="visually-hidden" type="file" id="photo-camera" accept="image/*" capture="environment" onChange={send} />
            </label>
            <label className="button secondary" htmlFor="photo-album" data-answer-control>
              {labels.album}
              <input className="visually-hidden" type="file" id="photo-album" accept="image/*" onChange={send} />
            </label>
          </div>
        </div>
      ) : (
        <div className="card">
          <label htmlFor="photo" className="option-label">
            {labels.choose}
          </label>
          <p className="hint muted">{labels.hint}</p>
          <input className="file-input" type="file" id="photo" name="photo" accept="image/*" data-answer-control />
          <div className="button-row">
            <button type="submit" className="button secondary" formAction={action} formEncType="multipart/form-data">
              {labels.upload}
            </button>
          </div>
        </div>
      )}
      <div ref={said} className="photo-said">
        <div role="status" className="photo-status">
          {state.kind === 'uploading' ? <p>{fill(labels.uploading, { percent: state.percent })}</p> : null}
          {state.kind === 'done' ? <p>{labels.uploaded}</p> : null}
        </div>
        {state.kind === 'refused' ? (
          <p className="error-text" role="alert" id="photo-error">
            {state.message}
          </p>
        ) : null}
      </div>
    </section>
  );
}

type Answer = { ids?: unknown[]; error?: { message?: unknown } };

function parse(text: string): Answer | null {
  try {
    return JSON.parse(text) as Answer;
  } catch {
    return null;
  }
}
