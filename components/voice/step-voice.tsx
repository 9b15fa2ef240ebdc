'use client';

import { useEffect, useEffectEvent } from 'react';
import type { ReactNode } from 'react';
import { SpeakerIcon } from '@/components/ui/icons';
import { prepareSpeechEngine, type VoiceProviderName } from '@/lib/voice/engine';
import type { MatchContext, MatchResult, UnmatchedReason, VoiceCandidate } from '@/lib/voice/match';
import { canListen } from '@/lib/voice/listen';
import { canSpeak, stopSpeaking, type SpeechRate } from '@/lib/voice/speech';
import { SpeakControls } from './speak-controls';
import { dateWords, fill, useVoice } from './use-voice';

export type StepVoiceLabels = {
  /** 听一听 */
  listen: string;
  /** 说一说 */
  speak: string;
  /** Shown on 说一说 while listening (press again to stop). */
  listening: string;
  /** '听到：{text}' — the words recognised, shown on screen. */
  heard: string;
  /** '没听懂“{text}”。您是想选 {a} 还是 {b}？' */
  notUnderstood: string;
  /** '确定提交吗？' */
  confirmSubmit: string;
  cannotSpeak: string;
  cannotListen: string;
  /** Recognition could not reach its service (Chrome's goes to Google). */
  networkFailed: string;
  /** '已选：{text}' — said and shown after choosing; default `heard`. */
  chosen?: string;
  /** '没听懂“{text}”。您是想选 {a} 吗？' — default: `notUnderstood` up to its first choice. */
  notUnderstoodOne?: string;
  /** '没听懂“{text}”。请再说一次，或者直接点选。' — default: `notUnderstood` up to its first choice. */
  notUnderstoodNone?: string;
  /** '您说的是：{text}。对的话请点“下一步”；不对请再说一次。' — a 'text' answer read back before it is kept. */
  textReadBack?: string;
  /** Nothing was heard; default: say nothing. */
  noSpeech?: string;
  /** The microphone was refused; default `cannotListen`. */
  micBlocked?: string;
  /** The browser would not read the page before it was touched; default: say nothing. */
  autoplayBlocked?: string;
  /** '您说的是“{text}”吗？请说“是”或“不是”。' — asked before a weak or unclear fit counts. */
  askBack?: string;
  /** '农历{lunar}，就是{date}，对吗？…' — a 农历 date read back with its 公历 date. */
  askBackLunar?: string;
  /** '好的，那我再问一遍。' — said before the question is read again after 不是. */
  askAgain?: string;
  /** code → '{date}还没到。这一步只能选…' (voice.reasons): why nothing was chosen. */
  reasons?: Record<string, string>;
};

export type StepVoiceProps = {
  enabled: boolean;
  /** Question, hint, options, error — prepared by the server, in reading order. */
  sentences: string[];
  /** The options on the page (their radios must be present), with `say` synonyms. */
  candidates: VoiceCandidate[];
  kind: 'choice' | 'date' | 'phone' | 'photos' | 'text';
  today: string;
  rate: SpeechRate;
  provider: VoiceProviderName;
  labels: StepVoiceLabels;
  /** value → visible text, to say what was chosen and offer the two closest. */
  optionLabel: Record<string, string>;
  /** A date step's allowed days (the step view's dateRange): a day outside it is refused with the reason. */
  dateRange?: { min: string | null; max: string | null };
};

const SUBMIT = '.flow-actions button[type="submit"]';

type Matcher = (said: string) => MatchResult;

/** '没听懂“{text}”。您是想选 {a} 还是 {b}？' → '没听懂“{text}”。' */
function upToChoices(template: string): string {
  const at = template.search(/\{[ab]\}/);
  if (at < 0) return template;
  const head = template.slice(0, at);
  const end = Math.max(...['。', '？', '！', '. ', '? ', '! '].map((mark) => head.lastIndexOf(mark)));
  return end >= 0 ? head.slice(0, end + 1) : head.trim();
}

function radioFor(value: string): HTMLInputElement | null {
  const radios = document.querySelectorAll<HTMLInputElement>('input[type="radio"][name="value"]');
  return [...radios].find((r) => r.value === value) ?? null;
}

function setField(input: HTMLInputElement, apply: () => void) {
  apply();
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function click(selector: string) {
  stopSpeaking();
  document.querySelector<HTMLElement>(selector)?.click();
}

/**
 * 听一听 and 说一说 for a step, in one row after `children` (the step's progress): reads the
 * question, answers it from what was said, asks back when the words fit only loosely.
 */
export function StepVoice({
  enabled,
  sentences,
  candidates,
  kind,
  today,
  rate,
  provider,
  labels,
  optionLabel,
  dateRange,
  children,
}: StepVoiceProps & { children?: ReactNode }) {
  const { heard, message, setMessage, listening, acted, say, tell, hear, listenFor } = useVoice(rate, labels);
  const context: MatchContext = { today, min: dateRange?.min ?? null, max: dateRange?.max ?? null };
  const matchKind = kind === 'photos' ? 'choice' : kind;

  const readOnArrival = useEffectEvent(async () => {
    await prepareSpeechEngine(provider);
    if (!canSpeak()) return setMessage(labels.cannotSpeak);
    void say(sentences, (error) => {
      if (error === 'not-allowed' && labels.autoplayBlocked) setMessage(labels.autoplayBlocked);
    });
  });
  const script = sentences.join('\n');
  useEffect(() => {
    if (!enabled) return;
    void readOnArrival();
    return stopSpeaking;
  }, [enabled, script]);
  async function readAgain() {
    await prepareSpeechEngine(provider);
    if (!canSpeak()) return setMessage(labels.cannotSpeak);
    setMessage('');
    void say(sentences);
  }

  /** Checks the option (or 其他 + the field) for `value`; its words, or null when it is not on the page. */
  function choose(value: string): { shown: string; spoken: string } | null {
    const radio = radioFor(value);
    if (radio) {
      setField(radio, () => (radio.checked = true));
      radio.closest('label')?.scrollIntoView?.({ block: 'nearest' });
      const text = optionLabel[value] ?? radio.closest('label')?.querySelector('.option-label')?.textContent ?? value;
      return { shown: text, spoken: text };
    }
    const other = radioFor('other');
    const field = document.getElementById('other');
    if ((kind !== 'date' && kind !== 'phone') || !other || !(field instanceof HTMLInputElement)) return null;
    setField(other, () => (other.checked = true));
    setField(field, () => (field.value = value));
    field.scrollIntoView?.({ block: 'nearest' });
    if (kind === 'phone') return { shown: value.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3'), spoken: [...value].join(' ') };
    const date = dateWords(value);
    return { shown: date, spoken: date };
  }

  /** A 'text' step: the words go into the box and are read back; 下一步 keeps them, speaking again replaces them. */
  function writeDown(text: string) {
    const box = document.getElementById('value-0');
    if (!(box instanceof HTMLTextAreaElement)) return notUnderstood(text, []);
    const kept = box.maxLength > 0 ? text.slice(0, box.maxLength) : text;
    box.value = kept;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.scrollIntoView?.({ block: 'nearest' });
    return tell(fill(labels.textReadBack ?? labels.heard, { text: kept }));
  }

  function notUnderstood(text: string, closest: string[]) {
    const names = closest.map((v) => optionLabel[v] ?? v);
    const template =
      names.length >= 2
        ? labels.notUnderstood
        : ((names.length === 1 ? labels.notUnderstoodOne : labels.notUnderstoodNone) ?? upToChoices(labels.notUnderstood));
    return tell(fill(template, { text, a: names[0] ?? '', b: names[1] ?? '' }));
  }

  async function confirmAndSubmit(isYes: (text: string) => boolean) {
    const before = acted.current;
    await tell(labels.confirmSubmit);
    if (acted.current !== before || !canListen()) return; // the user did something else meanwhile
    const text = await hear();
    if (text !== null && isYes(text)) click(SUBMIT);
  }

  /** Why nothing was chosen, in words; an IsoDate parameter is read as a date. */
  function refuse(text: string, reason: UnmatchedReason) {
    const template = labels.reasons?.[reason.code];
    if (!template) return notUnderstood(text, []);
    const params = Object.fromEntries(
      Object.entries(reason.params ?? {}).map(([k, v]) => [k, /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? dateWords(String(v)) : String(v)]),
    );
    return tell(fill(template, params));
  }

  /** Chooses `value` and says so ('已选：…'): nothing counts before it is read back. */
  function pick(value: string, text: string) {
    const chosen = kind === 'photos' ? null : choose(value);
    if (!chosen) return notUnderstood(text, []);
    const template = labels.chosen ?? labels.heard;
    return tell(fill(template, { text: chosen.shown }), fill(template, { text: chosen.spoken }));
  }

  /** "您说的是‘…’吗？": 是 chooses it, 不是 asks the question again, anything else is a new answer (never asked back twice). */
  async function askBack(result: Extract<MatchResult, { kind: 'confirm' }>, isYes: (text: string) => boolean, match: Matcher) {
    const name = kind === 'date' ? dateWords(result.value) : (optionLabel[result.value] ?? result.value);
    const question =
      result.lunar && labels.askBackLunar
        ? fill(labels.askBackLunar, { lunar: result.lunar, date: name })
        : fill(labels.askBack ?? labels.notUnderstoodOne ?? labels.notUnderstood, { text: name, a: name });
    const before = acted.current;
    await tell(question);
    if (acted.current !== before || !canListen()) return; // the person tapped something meanwhile
    const reply = await hear();
    if (reply === null) return;
    if (isYes(reply)) return pick(result.value, reply);
    const next = match(reply);
    if (next.kind === 'command' && next.command === 'no') {
      setMessage(labels.askAgain ?? '');
      return say([...(labels.askAgain ? [labels.askAgain] : []), ...sentences]);
    }
    if (next.kind === 'confirm') return notUnderstood(reply, [next.value]);
    return act(next, reply, isYes, match);
  }

  async function act(result: MatchResult, text: string, isYes: (text: string) => boolean, match: Matcher): Promise<void> {
    if (result.kind === 'unmatched') return result.reason ? refuse(result.heard, result.reason) : notUnderstood(result.heard, result.closest);
    if (result.kind === 'confirm') return askBack(result, isYes, match);
    if (result.kind === 'answer' && kind === 'text') return writeDown(result.value);
    if (result.kind === 'answer') return pick(result.value, text);
    switch (result.command) {
      case 'next':
        return click(SUBMIT);
      case 'back':
        return click('a.back-link');
      case 'repeat':
        return readAgain();
      case 'submit':
        return confirmAndSubmit(isYes);
      default:
        return notUnderstood(text, []); // 是 / 不 with no question asked
    }
  }

  async function listen() {
    // The matcher (and its pinyin tables) loads while the person speaks, not with the page.
    const got = await listenFor(provider, () => import('@/lib/voice/match'));
    if (!got) return;
    const { text } = got;
    const { matchAnswer } = got.loaded;
    const isYes = (said: string) => {
      const reply = matchAnswer(said, [], 'choice', context);
      return reply.kind === 'command' && reply.command === 'yes';
    };
    const match: Matcher = (said) => matchAnswer(said, kind === 'photos' ? [] : candidates, matchKind, context);
    await act(match(text), text, isYes, match);
  }

  return (
    <div className="voice-bar step-head">
      {children}
      <button type="button" className="voice-button" onClick={() => void readAgain()}>
        <SpeakerIcon />
        {labels.listen}
      </button>
      <SpeakControls labels={labels} listening={listening} heard={heard} message={message} onListen={() => void listen()} />
    </div>
  );
}
