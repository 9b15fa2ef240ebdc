import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { maskPersonalNumbers } from '@/lib/assist/mask';
import { ASSIST_RULES, claimAssist, endAssist, findAssist, isLive, sendHint, sharePage, startAssist } from '@/lib/assist/sessions';

const T = new Date('2026-11-10T02:00:00.000Z');
const at = (ms: number) => new Date(T.getTime() + ms);

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await openTestDb());
});
afterAll(async () => close());

const page = (question: string) => ({
  title: '定点变更',
  progress: '第 1 步 / 共 3 步',
  question,
  hint: null,
  options: [{ label: '13800000001', checked: true }],
  answers: [{ label: '身份证号', value: '37010219480315002X' }],
  path: '/services/designation/x',
});

describe('请客服帮我 codes', () => {
  it('are single use: the second claim of the same code is refused like a wrong one', async () => {
    const { id, code } = await startAssist(db, null, T);
    expect(code).toMatch(/^\d{6}$/);
    expect((await claimAssist(db, 'staff-a', code, at(1000))).id).toBe(id);
    await expect(claimAssist(db, 'staff-b', code, at(2000))).rejects.toMatchObject({ code: 'assist-code-wrong', status: 404 });
  });

  it('expire after 10 minutes unclaimed', async () => {
    const { code, id } = await startAssist(db, null, T);
    await expect(claimAssist(db, 'staff-c', code, at(ASSIST_RULES.codeValidMs + 1))).rejects.toMatchObject({ code: 'assist-code-wrong' });
    expect(isLive(await findAssist(db, id), at(ASSIST_RULES.codeValidMs + 1))).toBe(false);
  });

  it('limit wrong guesses per staff member: after 5 in 10 minutes even the right code waits', async () => {
    const { code } = await startAssist(db, null, T);
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < ASSIST_RULES.maxWrongGuesses; i++)
      await expect(claimAssist(db, 'guesser', wrong, at(i * 1000))).rejects.toMatchObject({ code: 'assist-code-wrong' });
    await expect(claimAssist(db, 'guesser', code, at(10_000))).rejects.toMatchObject({ code: 'assist-guess-limit', status: 429 });
    // Another staff member is not held back by the guesser; the window passes.
    expect((await claimAssist(db, 'honest', code, at(11_000))).claimedBy).toBe('honest');
  });

  it('parallel wrong guesses cannot slip past the limit: 12 at once get exactly 5 tries', async () => {
    const { code } = await startAssist(db, null, T);
    const wrong = code === '000000' ? '000001' : '000000';
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => claimAssist(db, 'racer', wrong, at(20_000))));
    const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as { code: string }).code : 'claimed'));
    expect(codes.filter((c) => c === 'assist-code-wrong')).toHaveLength(ASSIST_RULES.maxWrongGuesses);
    expect(codes.filter((c) => c === 'assist-guess-limit')).toHaveLength(12 - ASSIST_RULES.maxWrongGuesses);
  });

  it('share a masked page, take hints only from the claimer, and end for both sides', async () => {
    const { id, code } = await startAssist(db, null, T);
    await claimAssist(db, 'helper', code, at(1000));
    expect(await sharePage(db, id, page('选哪一家？'))).toBe(true);
    const row = await findAssist(db, id);
    expect(row?.page?.options[0]?.label).toBe('138****0001');
    expect(row?.page?.answers[0]?.value).toBe('3701**********002X');
    await expect(sendHint(db, 'someone-else', id, '请点下一步')).rejects.toMatchObject({ code: 'assist-ended' });
    await sendHint(db, 'helper', id, '请点下一步');
    expect((await findAssist(db, id))?.hintVersion).toBe(1);
    await endAssist(db, id, at(5000));
    expect(await sharePage(db, id, page('还在吗？'))).toBe(false);
    await expect(sendHint(db, 'helper', id, '喂')).rejects.toMatchObject({ code: 'assist-ended' });
  });

  it('mask 身份证号 and phone numbers wherever they appear in the words', () => {
    expect(maskPersonalNumbers('张桂兰 37010219480315002X 13800000001')).toBe('张桂兰 3701**********002X 138****0001');
    expect(maskPersonalNumbers('编号 YD20261110000001')).toBe('编号 YD20261110000001');
  });
});
