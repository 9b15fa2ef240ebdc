import { describe, expect, it } from 'vitest';
import { assertSameOrigin } from '@/lib/api/same-origin';

const post = (headers: Record<string, string>) =>
  new Request('http://localhost:3000/api/family/links', { method: 'POST', headers: { host: 'localhost:3000', ...headers } });
const refusal = (req: Request) => {
  try {
    assertSameOrigin(req);
    return null;
  } catch (error) {
    return (error as { status: number; code: string }).code;
  }
};

describe('assertSameOrigin: a state change must show it comes from our own page (issue 14)', () => {
  it('accepts a matching Origin, or no Origin with Sec-Fetch-Site: same-origin', () => {
    expect(refusal(post({ origin: 'http://localhost:3000' }))).toBeNull();
    expect(refusal(post({ 'sec-fetch-site': 'same-origin' }))).toBeNull();
  });

  it('refuses a request with neither, another site, a hidden ("null") origin or a cross-site fetch', () => {
    expect(refusal(post({}))).toBe('cross-site');
    expect(refusal(post({ origin: 'https://evil.example' }))).toBe('cross-site');
    expect(refusal(post({ origin: 'null' }))).toBe('cross-site');
    expect(refusal(post({ 'sec-fetch-site': 'cross-site' }))).toBe('cross-site');
    expect(refusal(post({ 'sec-fetch-site': 'same-site' }))).toBe('cross-site');
  });
});
