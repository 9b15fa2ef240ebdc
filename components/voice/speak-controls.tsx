'use client';

import { MicIcon } from '@/components/ui/icons';
import { fill } from './use-voice';

type Props = {
  labels: { speak: string; listening: string; heard: string };
  listening: boolean;
  heard: string | null;
  message: string;
  onListen: () => void;
};

/** 说一说 and what it shows: listening…, 听到：…, and the status line (said aloud and shown). */
export function SpeakControls({ labels, listening, heard, message, onListen }: Props) {
  return (
    <>
      <button type="button" className="voice-button" aria-pressed={listening} onClick={onListen}>
        <MicIcon />
        {labels.speak}
      </button>
      {listening ? <p className="voice-listening">{labels.listening}</p> : null}
      {heard !== null ? <p className="voice-heard">{fill(labels.heard, { text: heard })}</p> : null}
      <p className="voice-status" role="status">
        {message}
      </p>
    </>
  );
}
