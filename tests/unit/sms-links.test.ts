import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSmsLinkToken, newSmsLinkToken, SMS_LINK_TOKEN_LENGTH, smsLinkDays, smsLinkExpiry, smsLinkUrl, tokenOfSmsLink } from '@/lib/sms/links';

// Issue 18: the link in an SMS is /m/<token>, ≤ 22 characters in all with a short host; random,
// naming nobody; expiring after SMS_LINK_DAYS (30 by default).
afterEach(() => vi.unstubAllEnvs());

describe('SMS link tokens', () => {
  it('are random, of one length, from an alphabet without look-alikes', () => {
    const tokens = Array.from({ length: 5000 }, newSmsLinkToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) {
      expect(token).toHaveLength(SMS_LINK_TOKEN_LENGTH);
      expect(token).not.toMatch(/[01OlI]/);
      expect(isSmsLinkToken(token)).toBe(true);
    }
    // Every character of the alphabet turns up: no position is stuck.
    expect(new Set(tokens.join('')).size).toBe(56);
  });

  it('anything else is not a token', () => {
    for (const bad of ['', 'abcdefgh', 'abcdefghjk', 'abcdefgh0', 'abcdefgh/', '../../etc', 'abcdéfghj', ' abcdefgh']) expect(isSmsLinkToken(bad)).toBe(false);
  });

  it('with a short https host the whole link is at most 22 characters, written without https://', () => {
    vi.stubEnv('PUBLIC_ORIGIN', 'https://ybzb.sd.cn/');
    const link = smsLinkUrl(newSmsLinkToken());
    expect(link).toMatch(/^ybzb\.sd\.cn\/m\/[2-9a-zA-Z]{9}$/);
    expect(link.length).toBeLessThanOrEqual(22);
    expect(tokenOfSmsLink(link)).toBe(link.slice(-9));
    // A plain-http origin (a test server) keeps its scheme: a phone would not link localhost otherwise.
    vi.stubEnv('PUBLIC_ORIGIN', 'http://localhost:3100');
    expect(smsLinkUrl('abcdefghj')).toBe('http://localhost:3100/m/abcdefghj');
    expect(tokenOfSmsLink('http://localhost:3100/x/abcdefghj')).toBeNull();
  });

  it('expire after 30 days unless SMS_LINK_DAYS says otherwise', () => {
    const sent = new Date('2026-11-30T02:00:00.000Z');
    expect(smsLinkDays()).toBe(30);
    expect(smsLinkExpiry(sent).toISOString()).toBe('2026-12-30T02:00:00.000Z');
    vi.stubEnv('SMS_LINK_DAYS', '7');
    expect(smsLinkExpiry(sent).toISOString()).toBe('2026-12-07T02:00:00.000Z');
    for (const bad of ['0', '-3', 'thirty', '2.5']) {
      vi.stubEnv('SMS_LINK_DAYS', bad);
      expect(smsLinkDays()).toBe(30);
    }
  });
});
