import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
import { readCapped, readCappedFormData } from '@/lib/api/body';
import { readJson } from '@/lib/api/server';
import { z } from 'zod';

// Issue 14.4: "every route reads at most a configured size from the stream and stops (413) before
// buffering more" — a body with no (or a lying) content-length must not be read whole.
function streamOf(chunks: number, chunkBytes: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
  return { body, pulled: () => pulled };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://x.test/api', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('capped body reading', () => {
  it('stops a 400 MB stream without content-length after the cap, having read little more than the cap', async () => {
    const s = streamOf(400 * 16, 64 * 1024); // 400 MB in 64 KB chunks
    await expect(readCapped(post(s.body), 1024 * 1024, 'x')).rejects.toMatchObject({ status: 413, code: 'x' });
    expect(s.pulled()).toBeLessThanOrEqual(18); // 1 MB cap = 16 chunks, plus the one that crossed it and one queued
  });

  it('refuses at once when content-length already says too much', async () => {
    const s = streamOf(10, 1024);
    await expect(readCapped(post(s.body, { 'content-length': String(10 * 1024 * 1024) }), 1024, 'x')).rejects.toMatchObject({ status: 413 });
    expect(s.pulled()).toBeLessThanOrEqual(1);
  });

  it('reads a body within the cap whole', async () => {
    expect((await readCapped(post('hello'), 10, 'x')).toString()).toBe('hello');
  });

  it('JSON over 64 KB is a 413, JSON under it is parsed', async () => {
    const big = JSON.stringify({ value: 'x'.repeat(70 * 1024) });
    await expect(readJson(post(big, { 'content-type': 'application/json' }), z.object({ value: z.string() }))).rejects.toMatchObject({
      status: 413,
      code: 'body-too-large',
    });
    await expect(readJson(post('{"value":"a"}', { 'content-type': 'application/json' }), z.object({ value: z.string() }))).resolves.toEqual({ value: 'a' });
  });

  it('multipart is capped while it streams, then parsed', async () => {
    const form = new FormData();
    form.set('a', 'b');
    const req = new Request('http://x.test/api', { method: 'POST', body: form });
    expect((await readCappedFormData(req, 4096, 'x')).get('a')).toBe('b');
    const big = new FormData();
    big.set('a', 'x'.repeat(8192));
    await expect(readCappedFormData(new Request('http://x.test/api', { method: 'POST', body: big }), 4096, 'x')).rejects.toMatchObject({ status: 413 });
  });
});
