import { createHash } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { openTestDb } from '@/tests/helpers/test-db';
import { solidPhoto } from '@/tests/helpers/photos';
import { refusal as refusedWith } from '@/tests/helpers/refusal';
import type { Db } from '@/lib/db/client';
import { uploads } from '@/lib/db/schema';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { MAX_UPLOAD_BYTES, sniffImage } from '@/lib/uploads/image-check';
import { budgetPoints } from '@/lib/security/rate-limit';
import { spendPhotoQuota } from '@/lib/uploads/quota';
import { deleteUpload, getUpload, saveUpload } from '@/lib/uploads/store';

// lib/api/server.ts is marked server-only; the route handlers below run here with a test session.
vi.mock('server-only', () => ({}));
const signedIn = vi.hoisted(() => ({ personId: '', db: null as unknown }));
vi.mock('@/lib/auth/current', () => ({
  currentSession: async () => ({
    kind: 'resident',
    person: { id: signedIn.personId, name: 'test', phone: `phone-${signedIn.personId}`, gender: 'female' },
    tokenHash: 'test',
    actingFor: null,
  }),
}));
vi.mock('@/lib/db/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/db/client')>()),
  getDb: async () => signedIn.db,
}));

const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...ascii('JFIF'), 0x00, 0x01, 0x01, 0x00, 0xff, 0xd9]);
const WEBP = Uint8Array.from([...ascii('RIFF'), 0x1a, 0, 0, 0, ...ascii('WEBPVP8L'), 0x0d, 0, 0, 0, 0x2f, 0, 0, 0, 0x10]);
const HEIC = Uint8Array.from([0, 0, 0, 0x18, ...ascii('ftypheic'), 0, 0, 0, 0, ...ascii('mif1heic'), 0, 0, 0, 8, ...ascii('meta')]);
const HEIF_MIF1 = Uint8Array.from([0, 0, 0, 0x14, ...ascii('ftypmif1'), 0, 0, 0, 0, ...ascii('mif1')]);
const AVIF = Uint8Array.from([0, 0, 0, 0x1c, ...ascii('ftypavif'), 0, 0, 0, 0, ...ascii('avifmif1miaf')]);
const MP4 = Uint8Array.from([0, 0, 0, 0x18, ...ascii('ftypisom'), 0, 0, 2, 0, ...ascii('isomiso2')]);
const TEXT = new TextEncoder().encode('这不是照片，是一段文字。\nplain text, long enough to sniff\n');
const PDF = Uint8Array.from(ascii('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n'));
const SVG = Uint8Array.from(ascii('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0) & 0xff);
}

function padded(header: Uint8Array, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(header);
  return bytes;
}

async function refusal(promise: Promise<unknown>): Promise<{ status: number; code: string }> {
  const { status, code } = await refusedWith(promise);
  return { status, code };
}

describe('sniffImage: by the first bytes only', () => {
  it('knows JPEG, PNG, WebP and HEIC', () => {
    expect(sniffImage(JPEG)).toEqual({ mime: 'image/jpeg' });
    expect(sniffImage(PNG)).toEqual({ mime: 'image/png' });
    expect(sniffImage(WEBP)).toEqual({ mime: 'image/webp' });
    expect(sniffImage(HEIC)).toEqual({ mime: 'image/heic' });
    expect(sniffImage(HEIF_MIF1)).toEqual({ mime: 'image/heic' });
  });

  it('refuses what is not one of those photos', () => {
    for (const bytes of [TEXT, PDF, SVG, AVIF, MP4, new Uint8Array(64)]) expect(sniffImage(bytes)).toBeNull();
    expect(sniffImage(Uint8Array.from([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WAVEfmt ')]))).toBeNull();
  });

  it('returns null for inputs shorter than 12 bytes instead of throwing', () => {
    for (const full of [JPEG, PNG, WEBP, HEIC]) {
      for (let n = 0; n < 12; n++) expect(sniffImage(full.subarray(0, n))).toBeNull();
    }
  });

  it('reads a view into a larger buffer from its own start', () => {
    const big = new Uint8Array(100);
    big.set(PNG, 10);
    expect(sniffImage(big.subarray(10, 10 + PNG.length))).toEqual({ mime: 'image/png' });
  });
});

describe('upload store', () => {
  let db: Db;
  let close: () => Promise<void>;
  const owner = DEMO_IDS.zhangGuilan;
  const other = DEMO_IDS.wangJianguo;

  // Real pictures: since issue 14 every photo is decoded (the byte strings above only get past the sniffing).
  let photoJpeg: Uint8Array<ArrayBuffer>;
  let photoPng: Uint8Array<ArrayBuffer>;
  let photoWebp: Uint8Array<ArrayBuffer>;

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    signedIn.db = db;
    [photoJpeg, photoPng, photoWebp] = await Promise.all([solidPhoto('jpeg'), solidPhoto('png'), solidPhoto('webp')]);
  });
  afterAll(async () => close());

  it('accepts real PNG, JPEG and WebP photos, each kept as a JPEG of its own', async () => {
    for (const bytes of [PNG, photoPng, photoJpeg, photoWebp]) {
      const saved = await saveUpload(db, owner, bytes);
      expect(saved).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), mime: 'image/jpeg', size: expect.any(Number) });
    }
  });

  it('refuses JPEG, WebP and HEIC magic bytes that are no picture', async () => {
    expect(await refusal(saveUpload(db, owner, JPEG))).toEqual({ status: 415, code: 'upload-not-image' });
    expect(await refusal(saveUpload(db, owner, WEBP))).toEqual({ status: 415, code: 'upload-not-image' });
    expect(await refusal(saveUpload(db, owner, HEIC))).toEqual({ status: 415, code: 'upload-heic' });
  });

  it('stores the re-encoded bytes, their size and sha256', async () => {
    const saved = await saveUpload(db, owner, photoPng);
    const row = await getUpload(db, owner, saved.id);
    expect(row).not.toBeNull();
    expect(row!.personId).toBe(owner);
    expect(row!.mime).toBe('image/jpeg');
    const data = new Uint8Array(row!.data);
    expect(sniffImage(data)).toEqual({ mime: 'image/jpeg' });
    expect(row!.size).toBe(data.length);
    expect(saved.size).toBe(data.length);
    expect(row!.sha256).toBe(createHash('sha256').update(data).digest('hex'));
  });

  it('refuses text, PDF and SVG as not a photo', async () => {
    for (const bytes of [TEXT, PDF, SVG]) {
      expect(await refusal(saveUpload(db, owner, bytes))).toEqual({ status: 415, code: 'upload-not-image' });
    }
  });

  it('refuses an empty file', async () => {
    expect(await refusal(saveUpload(db, owner, new Uint8Array(0)))).toEqual({ status: 400, code: 'upload-empty' });
  });

  it('accepts exactly 5 MB and refuses one byte more', async () => {
    // A real photo with zeros after its end: 5 MB arrive, its pixels are kept.
    const atLimit = padded(photoJpeg, MAX_UPLOAD_BYTES);
    const saved = await saveUpload(db, owner, atLimit);
    expect(saved.mime).toBe('image/jpeg');
    expect(saved.size).toBeLessThan(10_000);
    const over = padded(photoJpeg, MAX_UPLOAD_BYTES + 1);
    expect(await refusal(saveUpload(db, owner, over))).toEqual({ status: 413, code: 'upload-too-large' });
  });

  it('lets only the owner read or delete a photo', async () => {
    const saved = await saveUpload(db, owner, photoJpeg);
    expect(await getUpload(db, other, saved.id)).toBeNull();
    expect(await deleteUpload(db, other, saved.id)).toBe(false);
    expect((await getUpload(db, owner, saved.id))?.id).toBe(saved.id);
    expect(await deleteUpload(db, owner, saved.id)).toBe(true);
    expect(await getUpload(db, owner, saved.id)).toBeNull();
    expect(await deleteUpload(db, owner, saved.id)).toBe(false);
  });

  it('treats an id that is not a UUID as not found', async () => {
    expect(await getUpload(db, owner, "x' or '1'='1")).toBeNull();
    expect(await getUpload(db, owner, '')).toBeNull();
    expect(await deleteUpload(db, owner, '../etc/passwd')).toBe(false);
  });

  describe('routes', () => {
    const base = 'http://localhost:3000';

    function multipart(fields: Record<string, string | Blob>, url = `${base}/api/uploads`, headers: Record<string, string> = {}) {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      return new NextRequest(url, { method: 'POST', body: form, headers: { host: 'localhost:3000', origin: base, ...headers } });
    }

    async function post(req: NextRequest): Promise<Response> {
      const { POST } = await import('@/app/api/uploads/route');
      return POST(req, undefined);
    }

    async function byId(method: 'GET' | 'DELETE', id: string): Promise<Response> {
      const route = await import('@/app/api/uploads/[id]/route');
      const req = new NextRequest(`${base}/api/uploads/${id}`, { method, headers: { host: 'localhost:3000', origin: base } });
      return route[method](req, { params: Promise.resolve({ id }) });
    }

    it('answers 201 JSON, then serves the bytes privately to the owner only', async () => {
      signedIn.personId = owner;
      const res = await post(multipart({ photo: new File([PNG], 'photo.jpg', { type: 'image/jpeg' }) }));
      expect(res.status).toBe(201);
      const body = (await res.json()) as { id: string; mime: string; size: number };
      expect(body).toMatchObject({ mime: 'image/jpeg', size: expect.any(Number) });

      const got = await byId('GET', body.id);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('image/jpeg');
      expect(got.headers.get('cache-control')).toBe('private, max-age=3600');
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('content-disposition')).toBe('inline');
      const served = new Uint8Array(await got.arrayBuffer());
      expect(served.length).toBe(body.size);
      expect(new Uint8Array((await getUpload(db, owner, body.id))!.data)).toEqual(served);

      // Someone else (with no 亲情账户 link to the owner) is refused, and the photo stays.
      signedIn.personId = other;
      const stranger = await byId('GET', body.id);
      expect(stranger.status).toBe(403);
      expect(((await stranger.json()) as { error: { code: string } }).error.code).toBe('forbidden');
      expect((await byId('DELETE', body.id)).status).toBe(403);

      signedIn.personId = owner;
      expect((await byId('DELETE', body.id)).status).toBe(204);
      expect((await byId('GET', body.id)).status).toBe(404);
    });

    it('refuses a non-multipart body with a 415 JSON error', async () => {
      signedIn.personId = owner;
      const req = new NextRequest(`${base}/api/uploads`, {
        method: 'POST',
        body: JSON.stringify({ photo: 'x' }),
        headers: { 'content-type': 'application/json', host: 'localhost:3000', origin: base },
      });
      const res = await post(req);
      expect(res.status).toBe(415);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('upload-not-image');
      expect(body.error.message).toContain('照片');
    });

    it('refuses a declared body over the limit before reading it', async () => {
      signedIn.personId = owner;
      const res = await post(multipart({ photo: new File([JPEG], 'a.jpg') }, undefined, { 'content-length': String(MAX_UPLOAD_BYTES + 64 * 1024 + 1) }));
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('upload-too-large');
    });

    it('refuses a post from another site', async () => {
      const res = await post(multipart({ photo: new File([PNG], 'a.png') }, undefined, { origin: 'https://evil.example' }));
      expect(res.status).toBe(403);
    });

    it('sends a plain form back to its page with a relative 303', async () => {
      signedIn.personId = owner;
      const done = await post(multipart({ photo: new File([photoJpeg], 'a.jpg'), returnTo: '/services/remote-care/photos?x=1' }));
      expect(done.status).toBe(303);
      const location = done.headers.get('location') ?? '';
      expect(location).toMatch(/^\/services\/remote-care\/photos\?x=1&uploaded=[0-9a-f-]{36}$/);
      const id = new URLSearchParams(location.split('?')[1]).get('uploaded')!;
      const [row] = await db.select({ personId: uploads.personId }).from(uploads).where(eq(uploads.id, id));
      expect(row?.personId).toBe(owner);

      const refused = await post(multipart({ photo: new File([PDF], 'a.jpg'), returnTo: '/en/services/remote-care/photos' }));
      expect(refused.status).toBe(303);
      expect(refused.headers.get('location')).toBe('/en/services/remote-care/photos?uploadError=upload-not-image');

      const empty = await post(multipart({ photo: new File([], ''), returnTo: '//evil.example/x' }));
      expect(empty.headers.get('location')).toBe('/?uploadError=upload-empty');

      const tooBig = await post(
        multipart({ photo: new File([JPEG], 'a.jpg') }, `${base}/api/uploads?returnTo=%2Fservices%2Fremote-care%2Fphotos`, {
          'content-length': String(MAX_UPLOAD_BYTES * 2),
        }),
      );
      expect(tooBig.status).toBe(303);
      expect(tooBig.headers.get('location')).toBe('/services/remote-care/photos?uploadError=upload-too-large');
    });
    describe('once the day’s photos are spent', () => {
      const me = DEMO_IDS.liXiuying;
      const max = budgetPoints('photoUploadsPerPerson');
      beforeAll(async () => {
        for (let i = 0; i < max; i += 1) await spendPhotoQuota(db, me);
      });

      it('answers the page’s script with a 429 that says the number and to come back tomorrow, in both languages', async () => {
        signedIn.personId = me;
        const zh = await post(multipart({ photo: new File([photoJpeg], 'a.jpg') }));
        expect(zh.status).toBe(429);
        const said = ((await zh.json()) as { error: { code: string; message: string } }).error;
        expect(said.code).toBe('upload-daily-limit');
        expect(said.message).toBe(`今天已经上传了 ${max} 次照片，这是每天最多的次数。请明天再传。已经传好的照片都还在，不用重传。急事请拨打 12393。`);
        const en = await post(multipart({ photo: new File([photoJpeg], 'a.jpg') }, undefined, { 'x-locale': 'en' }));
        expect(((await en.json()) as { error: { message: string } }).error.message).toMatch(new RegExp(`${max} times today.*tomorrow`));
      });

      it('sends a plain form back to the photo step with the number kept for the words', async () => {
        signedIn.personId = me;
        const { POST } = await import('@/app/api/flows/[service]/photos/[step]/route');
        const url = `${base}/api/flows/chronic/photos/evidence`;
        const ctx = { params: Promise.resolve({ service: 'chronic', step: 'evidence' }) };
        const plain = await POST(multipart({ photo: new File([photoJpeg], 'a.jpg') }, url, { accept: 'text/html' }), ctx);
        expect(plain.status).toBe(303);
        expect(plain.headers.get('location')).toBe(`/services/chronic/evidence?error=upload-daily-limit&p.max=${max}`);
        const scripted = await POST(multipart({ photo: new File([photoJpeg], 'a.jpg') }, url, { accept: 'application/json' }), ctx);
        expect(scripted.status).toBe(429);
        expect(((await scripted.json()) as { error: { code: string } }).error.code).toBe('upload-daily-limit');
      });
    });
  });
});
