import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { openTestDb } from '@/tests/helpers/test-db';
import { refusal } from '@/tests/helpers/refusal';
import { noisyPhoto, pixelAt, sidewaysCameraJpeg, solidPhoto } from '@/tests/helpers/photos';
import type { Db } from '@/lib/db/client';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { MAX_INPUT_PIXELS, STORED_LONG_EDGE_PX } from '@/lib/uploads/reencode';
import { getUpload, saveUpload } from '@/lib/uploads/store';

// Issue 14: uploads only checked magic bytes (a PNG header followed by HTML passed) and stored what
// came. Now every photo is decoded and only its pixels are kept, re-encoded.
let db: Db;
let close: () => Promise<void>;
const owner = DEMO_IDS.liXiuying;

beforeAll(async () => {
  ({ db, close } = await openTestDb());
});
afterAll(async () => close());

async function stored(bytes: Uint8Array) {
  const saved = await saveUpload(db, owner, bytes);
  const row = await getUpload(db, owner, saved.id);
  if (!row) throw new Error('not stored');
  return { saved, row, data: new Uint8Array(row.data) };
}

const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(text);

describe('a photo is decoded and only its pixels are kept', () => {
  it('turns a sideways camera JPEG upright and keeps none of its EXIF (orientation, camera, GPS)', async () => {
    const camera = await sidewaysCameraJpeg();
    const before = await sharp(camera).metadata();
    expect([before.width, before.height, before.orientation]).toEqual([40, 20, 6]);
    expect(contains(camera, 'CheapPhone')).toBe(true);
    expect(Buffer.from(before.exif!).includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer tag

    const { saved, row, data } = await stored(camera);
    const after = await sharp(data).metadata();
    expect([after.format, after.width, after.height]).toEqual(['jpeg', 20, 40]);
    expect(after.orientation).toBeUndefined();
    expect(after.exif).toBeUndefined();
    expect(contains(data, 'CheapPhone')).toBe(false);
    // The left (red) half of the sideways picture is now on top, the blue below.
    const [topR, , topB] = await pixelAt(data, 10, 5);
    const [bottomR, , bottomB] = await pixelAt(data, 10, 34);
    expect(topR).toBeGreaterThan(200);
    expect(topB).toBeLessThan(60);
    expect(bottomB).toBeGreaterThan(200);
    expect(bottomR).toBeLessThan(60);
    // What is said about the photo is true of the stored bytes.
    expect(saved).toEqual({ id: row.id, mime: 'image/jpeg', size: data.length });
    expect(row.mime).toBe('image/jpeg');
    expect(row.size).toBe(data.length);
    expect(row.sha256).toBe(createHash('sha256').update(data).digest('hex'));
  });

  it('stores PNG and WebP as their pixels in a JPEG', async () => {
    for (const format of ['png', 'webp'] as const) {
      const { data } = await stored(await solidPhoto(format, 30, 20, '#20a040'));
      const meta = await sharp(data).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 30, 20]);
      const [r, g, b] = await pixelAt(data, 15, 10);
      expect(Math.abs(r - 0x20) + Math.abs(g - 0xa0) + Math.abs(b - 0x40)).toBeLessThan(30);
    }
  });

  it('refuses a PNG header followed by HTML', async () => {
    const png = await solidPhoto('png');
    const polyglot = concat(png.subarray(0, 33), ascii('<html><body><script>alert(document.cookie)</script></body></html>'));
    expect(await refusal(saveUpload(db, owner, polyglot))).toMatchObject({ status: 415, code: 'upload-not-image' });
  });

  it('keeps only the pixels of a whole PNG that has HTML after its end', async () => {
    const png = await solidPhoto('png');
    const { data } = await stored(concat(png, ascii('<html><script>alert(document.cookie)</script></html>')));
    expect(contains(data, '<script')).toBe(false);
    expect(contains(data, 'html')).toBe(false);
  });

  it('refuses a truncated JPEG or PNG', async () => {
    for (const format of ['jpeg', 'png'] as const) {
      const whole = await noisyPhoto(format);
      await stored(whole); // the whole file is a photo
      expect(await refusal(saveUpload(db, owner, whole.subarray(0, Math.floor(whole.length / 2))))).toMatchObject({ status: 415, code: 'upload-not-image' });
    }
  });

  it('brings a large photo down to the long edge, keeping its shape', async () => {
    const { data } = await stored(await solidPhoto('jpeg', 4000, 3000));
    const meta = await sharp(data).metadata();
    expect([meta.width, meta.height]).toEqual([STORED_LONG_EDGE_PX, 1536]);
    const tall = await sharp((await stored(await solidPhoto('png', 1000, 5000))).data).metadata();
    expect([tall.width, tall.height]).toEqual([410, STORED_LONG_EDGE_PX]);
    // Small photos are not blown up.
    expect((await sharp((await stored(await solidPhoto('jpeg', 300, 200))).data).metadata()).width).toBe(300);
  });

  it('refuses a picture whose canvas is over the pixel limit, before decoding it', async () => {
    const side = Math.ceil(Math.sqrt(MAX_INPUT_PIXELS)) + 1;
    const huge = await solidPhoto('jpeg', side, side);
    expect(huge.length).toBeLessThan(5 * 1024 * 1024);
    expect(await refusal(saveUpload(db, owner, huge))).toMatchObject({ status: 413, code: 'upload-too-many-pixels' });
  });

  it('refuses HEIC it cannot decode with its own plain advice, not as “not a photo”', async () => {
    const heic = Uint8Array.from([0, 0, 0, 0x18, ...ascii('ftypheic'), 0, 0, 0, 0, ...ascii('mif1heic'), 0, 0, 0, 8, ...ascii('meta'), ...new Uint8Array(200)]);
    expect(await refusal(saveUpload(db, owner, heic))).toMatchObject({ status: 415, code: 'upload-heic' });
  });
});
