import { afterEach, describe, expect, it, vi } from 'vitest';
// Imported before any window exists: the module must read the window when called, not at import.
import { canListen, listenOnce, stopListening } from '@/lib/voice/listen';
import { canSpeak, parseSpeechRate, pickVoice, setSpeechEngine, speak, speechRates, stopSpeaking } from '@/lib/voice/speech';

type Voice = { name: string; lang: string; localService: boolean; default: boolean; voiceURI: string };
const voice = (name: string, lang: string, localService = true): Voice => ({ name, lang, localService, default: false, voiceURI: name });

class FakeUtterance {
  lang = '';
  rate = 1;
  voice: Voice | null = null;
  onend: ((e: unknown) => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(public text: string) {}
}

/** Records what is spoken; each utterance "ends" on the next microtask unless `refuse` is set. */
class FakeSynthesis extends EventTarget {
  log: string[] = [];
  spoken: FakeUtterance[] = [];
  speaking = false;
  pending = false;
  paused = false;
  refuse: string | null = null;
  constructor(public voices: Voice[] = []) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  cancel() {
    this.log.push('cancel');
  }
  resume() {}
  speak(u: FakeUtterance) {
    this.log.push(`speak:${u.text}`);
    this.spoken.push(u);
    queueMicrotask(() => (this.refuse ? u.onerror?.({ error: this.refuse }) : u.onend?.({})));
  }
}

type Script = { result: string } | { error: string } | 'silence' | 'end';

/** Behaves per `FakeRecognition.script` once started. */
class FakeRecognition {
  static script: Script = 'end';
  static instances: FakeRecognition[] = [];
  lang = '';
  continuous = true;
  interimResults = true;
  maxAlternatives = 5;
  onresult: ((e: unknown) => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  onnomatch: (() => void) | null = null;
  onend: (() => void) | null = null;
  aborted = false;
  constructor() {
    FakeRecognition.instances.push(this);
  }
  start() {
    const script = FakeRecognition.script;
    setTimeout(() => {
      if (this.aborted || script === 'silence') return;
      if (script !== 'end' && 'result' in script) this.onresult?.({ resultIndex: 0, results: [[{ transcript: script.result }]] });
      if (script !== 'end' && 'error' in script) this.onerror?.({ error: script.error });
      this.onend?.();
    }, 5);
  }
  abort() {
    this.aborted = true;
    this.onerror?.({ error: 'aborted' });
    this.onend?.();
  }
}

function installWindow(parts: Record<string, unknown>) {
  vi.stubGlobal('window', parts);
}

afterEach(() => {
  setSpeechEngine(null);
  stopSpeaking();
  stopListening();
  vi.unstubAllGlobals();
  FakeRecognition.instances = [];
  FakeRecognition.script = 'end';
});

describe('canSpeak / canListen', () => {
  it('read the window when called, not when imported', () => {
    expect(typeof window).toBe('undefined');
    expect(canSpeak()).toBe(false);
    expect(canListen()).toBe(false);
    installWindow({ speechSynthesis: new FakeSynthesis(), SpeechSynthesisUtterance: FakeUtterance });
    expect(canSpeak()).toBe(true);
    expect(canListen()).toBe(false);
    installWindow({ webkitSpeechRecognition: FakeRecognition });
    expect(canSpeak()).toBe(false);
    expect(canListen()).toBe(true);
    installWindow({ SpeechRecognition: FakeRecognition });
    expect(canListen()).toBe(true);
  });
});

describe('speak', () => {
  it('cancels first, then says each sentence in order as its own utterance at the chosen rate', async () => {
    const synth = new FakeSynthesis([voice('Ting-Ting', 'zh-CN')]);
    installWindow({ speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
    await speak(['您是哪种慢特病？', '可以说病名。', '高血压', ''], { rate: 'slow' });
    expect(synth.log).toEqual(['cancel', 'speak:您是哪种慢特病？', 'speak:可以说病名。', 'speak:高血压']);
    expect(synth.spoken.map((u) => u.rate)).toEqual([0.8, 0.8, 0.8]);
    await speak(['再说一遍'], { rate: 'fast' });
    expect(synth.spoken.at(-1)?.rate).toBe(speechRates.fast);
    expect(synth.log.slice(-2)).toEqual(['cancel', 'speak:再说一遍']);
  });

  it('waits for the next sentence until the one before has ended', async () => {
    const synth = new FakeSynthesis([voice('Ting-Ting', 'zh-CN')]);
    synth.speak = function (u: FakeUtterance) {
      this.log.push(`speak:${u.text}`);
      this.spoken.push(u);
    };
    installWindow({ speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
    let done = false;
    const spoken = speak(['一', '二']).then(() => (done = true));
    await vi.waitFor(() => expect(synth.spoken).toHaveLength(1));
    expect(done).toBe(false);
    synth.spoken[0]?.onend?.({});
    expect(synth.spoken.map((u) => u.text)).toEqual(['一', '二']);
    synth.spoken[1]?.onend?.({});
    await spoken;
    expect(done).toBe(true);
  });

  it('uses an on-device mainland Mandarin voice when there is one', async () => {
    const zh = voice('Microsoft Huihui', 'zh-CN');
    const synth = new FakeSynthesis([voice('Samantha', 'en-US'), voice('Sin-ji', 'zh-HK'), voice('Google 普通话', 'zh-CN', false), zh]);
    installWindow({ speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
    await speak(['今天'], { rate: 'medium' });
    expect(synth.spoken[0]?.voice).toBe(zh);
    expect(synth.spoken[0]?.lang).toBe('zh-CN');
    expect(synth.spoken[0]?.rate).toBe(1);
  });

  it('waits for voiceschanged when the voices are not listed yet', async () => {
    const synth = new FakeSynthesis([]);
    installWindow({ speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
    const zh = voice('Ting-Ting', 'zh_CN');
    const spoken = speak(['昨天']);
    synth.voices = [voice('Alex', 'en-US'), zh];
    synth.dispatchEvent(new Event('voiceschanged'));
    await spoken;
    expect(synth.spoken[0]?.voice).toBe(zh);
    expect(synth.spoken[0]?.lang).toBe('zh-CN');
  });

  it('without a Chinese voice, sets only the language', async () => {
    const synth = new FakeSynthesis([]);
    installWindow({ speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
    await speak(['前天'], { voiceWaitMs: 20 });
    expect(synth.spoken[0]?.voice).toBeNull();
    expect(synth.spoken[0]?.lang).toBe('zh-CN');

    const noChinese = new FakeSynthesis([voice('Alex', 'en-US'), voice('Sin-ji', 'zh-HK')]);
    installWindow({ speechSynthesis: noChinese, SpeechSynthesisUtterance: FakeUtterance });
    await speak(['前天']);
    expect(noChinese.spoken[0]?.voice).toBeNull();
    expect(noChinese.spoken[0]?.lang).toBe('zh-CN');
  });

  it('stops when asked: the promise resolves and the rest is not said', async () => {
    const synth = new FakeSynthesis([voice('Ting-Ting', 'zh-CN')]);
    synth.speak = function (u: FakeUtterance) {
      this.spoken.push(u);
    };
    installWindow({ speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
    const spoken = speak(['一', '二', '三']);
    await vi.waitFor(() => expect(synth.spoken).toHaveLength(1));
    stopSpeaking();
    await spoken;
    synth.spoken[0]?.onerror?.({ error: 'interrupted' });
    expect(synth.spoken).toHaveLength(1);
  });

  it("reports the browser's refusal to speak before the page was touched, and gives up", async () => {
    const synth = new FakeSynthesis([voice('Ting-Ting', 'zh-CN')]);
    synth.refuse = 'not-allowed';
    installWindow({ speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
    const errors: string[] = [];
    await speak(['一', '二'], { onError: (e) => errors.push(e) });
    expect(errors).toEqual(['not-allowed']);
    expect(synth.spoken).toHaveLength(1);
  });

  it('does nothing without speech synthesis', async () => {
    await expect(speak(['一'])).resolves.toBeUndefined();
  });
});

describe('pickVoice', () => {
  it('prefers zh-CN on the device, never Cantonese', () => {
    const remote = voice('Google 普通话', 'zh-CN', false);
    expect(pickVoice([voice('Sin-ji', 'zh-HK'), remote] as unknown as SpeechSynthesisVoice[])).toBe(remote);
    expect(pickVoice([voice('Sin-ji', 'zh-HK')] as unknown as SpeechSynthesisVoice[])).toBeNull();
    const en = voice('Alex', 'en-US');
    expect(pickVoice([remote, en] as unknown as SpeechSynthesisVoice[], 'en')).toBe(en);
  });
});

describe('listenOnce', () => {
  it('is unsupported without a recognition class', async () => {
    await expect(listenOnce({ lang: 'zh-CN' })).resolves.toEqual({ ok: false, reason: 'unsupported' });
    installWindow({ speechSynthesis: new FakeSynthesis(), SpeechSynthesisUtterance: FakeUtterance });
    await expect(listenOnce({ lang: 'zh-CN' })).resolves.toEqual({ ok: false, reason: 'unsupported' });
  });

  it('returns what was said, from one zh-CN session with final results only', async () => {
    installWindow({ webkitSpeechRecognition: FakeRecognition });
    FakeRecognition.script = { result: ' 第二个 ' };
    await expect(listenOnce({ lang: 'zh-CN' })).resolves.toEqual({ ok: true, text: '第二个' });
    const [rec] = FakeRecognition.instances;
    expect(rec).toMatchObject({ lang: 'zh-CN', interimResults: false, maxAlternatives: 1, continuous: false });
  });

  it("maps Chrome's 'network' failure (no Google on mainland networks) to reason network", async () => {
    installWindow({ SpeechRecognition: FakeRecognition });
    FakeRecognition.script = { error: 'network' };
    await expect(listenOnce({ lang: 'zh-CN' })).resolves.toEqual({ ok: false, reason: 'network' });
  });

  it('maps the other errors', async () => {
    installWindow({ SpeechRecognition: FakeRecognition });
    const cases: [string, string][] = [
      ['not-allowed', 'not-allowed'],
      ['no-speech', 'no-speech'],
      ['aborted', 'aborted'],
      ['audio-capture', 'other'],
      ['service-not-allowed', 'other'],
    ];
    for (const [error, reason] of cases) {
      FakeRecognition.script = { error };
      await expect(listenOnce()).resolves.toEqual({ ok: false, reason });
    }
  });

  it('ends without a result as no-speech, and times out', async () => {
    installWindow({ SpeechRecognition: FakeRecognition });
    FakeRecognition.script = 'end';
    await expect(listenOnce()).resolves.toEqual({ ok: false, reason: 'no-speech' });
    FakeRecognition.script = 'silence';
    await expect(listenOnce({ timeoutMs: 30 })).resolves.toEqual({ ok: false, reason: 'no-speech' });
    expect(FakeRecognition.instances.at(-1)?.aborted).toBe(true);
  });

  it('stopListening ends the session as aborted', async () => {
    installWindow({ SpeechRecognition: FakeRecognition });
    FakeRecognition.script = 'silence';
    const heard = listenOnce();
    stopListening();
    await expect(heard).resolves.toEqual({ ok: false, reason: 'aborted' });
  });
});

describe('a speech engine standing in for the browser (Azure ponyfill)', () => {
  it('speaks and listens through the engine, with its fallback voice and escaped text', async () => {
    const browser = new FakeSynthesis([voice('Tingting', 'zh-CN')]);
    installWindow({ speechSynthesis: browser, SpeechSynthesisUtterance: FakeUtterance });
    const azure = new FakeSynthesis();
    class AzureRecognition extends FakeRecognition {}
    setSpeechEngine({
      speechSynthesis: azure as unknown as SpeechSynthesis,
      SpeechSynthesisUtterance: FakeUtterance as never,
      SpeechRecognition: AzureRecognition as never,
      fallbackVoice: (lang) => voice(`${lang}-XiaoxiaoNeural`, lang, false) as unknown as SpeechSynthesisVoice,
      prepareText: (text) => text.replace(/&/g, '&amp;'),
    });
    await speak(['医保 & 社保'], { voiceWaitMs: 0 });
    expect(browser.spoken).toEqual([]);
    expect(azure.spoken.map((u) => [u.text, u.voice?.name])).toEqual([['医保 &amp; 社保', 'zh-CN-XiaoxiaoNeural']]);
    FakeRecognition.script = { result: '济南' };
    await expect(listenOnce()).resolves.toEqual({ ok: true, text: '济南' });
    expect(FakeRecognition.instances.at(-1)).toBeInstanceOf(AzureRecognition);
  });

  it("uses the browser's half when the engine lacks one", async () => {
    const browser = new FakeSynthesis([voice('Tingting', 'zh-CN')]);
    installWindow({ speechSynthesis: browser, SpeechSynthesisUtterance: FakeUtterance });
    setSpeechEngine({ SpeechRecognition: FakeRecognition as never });
    await speak(['您好']);
    expect(browser.spoken.map((u) => u.voice?.name)).toEqual(['Tingting']);
    expect(canListen()).toBe(true);
  });

  it('ignores the rejection of a promise-returning speak (the ponyfill reports failures through onerror too)', async () => {
    const rejecting = new FakeSynthesis();
    rejecting.speak = (u: FakeUtterance) => {
      queueMicrotask(() => u.onerror?.({ error: 'synthesis-failed' }));
      return Promise.reject(new Error('synthesis-failed')) as never;
    };
    const errors: string[] = [];
    setSpeechEngine({ speechSynthesis: rejecting as unknown as SpeechSynthesis, SpeechSynthesisUtterance: FakeUtterance as never });
    await speak(['一', '二'], { voiceWaitMs: 0, onError: (e) => errors.push(e) });
    expect(errors).toEqual(['synthesis-failed', 'synthesis-failed']);
  });
});

describe('parseSpeechRate', () => {
  it('defaults to slow', () => {
    expect(parseSpeechRate(undefined)).toBe('slow');
    expect(parseSpeechRate('fast')).toBe('fast');
    expect(parseSpeechRate('turbo')).toBe('slow');
  });
});
