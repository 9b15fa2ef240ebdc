import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import { solidPhoto } from '@/tests/helpers/photos';
import { refusal } from '@/tests/helpers/refusal';
import type { Db } from '@/lib/db/client';
import { uploads } from '@/lib/db/schema';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { BUDGETS } from '@/lib/security/budgets';
import { budgetPoints } from '@/lib/security/rate-limit';
import { spendPhotoQuota } from '@/lib/uploads/quota';
import { deleteUpload, saveUpload } from '@/lib/uploads/store';

// Issue 14: uploads had no per-person quota. Now each person has a day's photos; deleting gives none
// back. (The refusal as the routes answer it: uploads.test.ts.)
const DAY_MS = 24 * 3600 * 1000;
let db: Db;
let close: () => Promise<void>;
let photo: Uint8Array<ArrayBuffer>;
const max = budgetPoints('photoUploadsPerPerson');

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  photo = await solidPhoto('jpeg');
});
afterAll(async () => close());

const photoCount = async (personId: string) => (await db.select({ id: uploads.id }).from(uploads).where(eq(uploads.personId, personId))).length;

describe('a day’s photos per person', () => {
  it('is the budget’s number, with no multiplier here', () => {
    expect(max).toBe(BUDGETS.photoUploadsPerPerson.points);
    expect(max).toBe(40);
  });

  it('takes the day’s photos, then refuses with 429 upload-daily-limit and the number; bytes that are no picture at all spend nothing', async () => {
    const me = DEMO_IDS.zhangGuilan;
    for (let i = 0; i < max - 1; i += 1) await saveUpload(db, me, photo);
    // Refused by their first bytes, before any decoding: not counted.
    for (let i = 0; i < 5; i += 1)
      expect((await refusal(saveUpload(db, me, new TextEncoder().encode('<html>not a photo at all</html>')))).code).toBe('upload-not-image');
    const last = await saveUpload(db, me, photo);
    expect(last.mime).toBe('image/jpeg');
    expect(await refusal(saveUpload(db, me, photo))).toEqual({ status: 429, code: 'upload-daily-limit', params: { max } });
    expect(await photoCount(me)).toBe(max);
  });

  it('gives nothing back when photos are deleted: an upload → delete loop stops at the same number', async () => {
    const me = DEMO_IDS.wangJianguo;
    for (let i = 0; i < max; i += 1) {
      const saved = await saveUpload(db, me, photo);
      expect(await deleteUpload(db, me, saved.id)).toBe(true);
    }
    expect(await photoCount(me)).toBe(0);
    expect((await refusal(saveUpload(db, me, photo))).code).toBe('upload-daily-limit');
  });

  it('counts photos that reach the decoder and are refused there (a PNG header with HTML after it)', async () => {
    const me = DEMO_IDS.liXiuying;
    const header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...new TextEncoder().encode('IHDR')];
    const polyglot = Uint8Array.from([...header, ...new TextEncoder().encode('<html><script>alert(1)</script></html>')]);
    for (let i = 0; i < max; i += 1) expect((await refusal(saveUpload(db, me, polyglot))).code).toBe('upload-not-image');
    expect((await refusal(saveUpload(db, me, photo))).code).toBe('upload-daily-limit');
  });

  it('is each person’s own, and starts again the next day (Beijing time)', async () => {
    // 张伟 still has all of today's photos, though the three above have spent theirs.
    const me = DEMO_IDS.zhangWei;
    for (let i = 0; i < max; i += 1) await saveUpload(db, me, photo);
    await expect(spendPhotoQuota(db, me)).rejects.toMatchObject({ status: 429, code: 'upload-daily-limit' });
    await expect(spendPhotoQuota(db, me, new Date(Date.now() + DAY_MS))).resolves.toBeUndefined();
  });
});
