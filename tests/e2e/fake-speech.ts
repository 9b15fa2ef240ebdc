import type { Page } from '@playwright/test';

/** Everything spoken in this tab so far (across page loads); empty while a page is loading. */
export const spoken = (page: Page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('spoken') ?? '[]') as string[]).catch(() => [] as string[]);

/** Queues what the fake recognition will hear (each utterance one listen: an answer, then the reply to an ask-back), and presses 说一说. */
export async function say(page: Page, ...words: string[]) {
  await page.evaluate((w) => (window as unknown as { __heard: string[] }).__heard.push(...w), words);
  await page.getByRole('button', { name: '说一说' }).click();
}

/** Headless Chromium has no voices and no microphone: a fake synthesis records what is said, a fake recognition hears what the test queues. */
export async function fakeSpeech(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __spoken: string[]; __heard: string[] };
    w.__spoken = [];
    w.__heard = [];
    class FakeUtterance {
      text: string;
      lang = '';
      rate = 1;
      voice: unknown = null;
      onend: ((e: unknown) => void) | null = null;
      onerror: ((e: unknown) => void) | null = null;
      onstart: ((e: unknown) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const voices = [{ name: 'Fake 中文', lang: 'zh-CN', localService: true, default: true, voiceURI: 'fake-zh' }];
    const synth = {
      speaking: false,
      pending: false,
      paused: false,
      onvoiceschanged: null,
      getVoices: () => voices,
      speak(u: FakeUtterance) {
        w.__spoken.push(u.text);
        sessionStorage.setItem('rates', JSON.stringify([...JSON.parse(sessionStorage.getItem('rates') ?? '[]'), u.rate]));
        // Kept across page loads too: 确认提交 navigates right after it speaks.
        sessionStorage.setItem('spoken', JSON.stringify([...JSON.parse(sessionStorage.getItem('spoken') ?? '[]'), u.text]));
        setTimeout(() => u.onend?.({}), 1);
      },
      cancel() {},
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    class FakeRecognition {
      lang = '';
      interimResults = false;
      maxAlternatives = 1;
      continuous = false;
      onresult: ((e: unknown) => void) | null = null;
      onerror: ((e: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      onnomatch: (() => void) | null = null;
      start() {
        const text = w.__heard.shift();
        setTimeout(() => {
          // A recognition that cannot reach its service, as Chrome's does on mainland networks.
          if (text === '<network>') this.onerror?.({ error: 'network' });
          else if (text) this.onresult?.({ resultIndex: 0, results: [[{ transcript: text, confidence: 0.9 }]] });
          else this.onerror?.({ error: 'no-speech' });
          this.onend?.();
        }, 20);
      }
      stop() {}
      abort() {}
    }
    Object.defineProperty(window, 'SpeechRecognition', { value: FakeRecognition, configurable: true });
    Object.defineProperty(window, 'webkitSpeechRecognition', { value: FakeRecognition, configurable: true });
  });
}
