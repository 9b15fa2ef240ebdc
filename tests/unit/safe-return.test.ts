import { describe, expect, it } from 'vitest';
import { safeReturnTo } from '@/lib/api/form';

// Issue 14 (3): /sign-in?next=/%09/evil.example/ landed the browser on the other site after signing in.
describe('safeReturnTo keeps a path on this site and refuses anything a browser would take elsewhere', () => {
  const fallback = '/';
  it.each([
    ['/services/remote-care', '/services/remote-care'],
    ['/applications?saved=1#top', '/applications?saved=1#top'],
    ['/en/family', '/en/family'],
  ])('keeps %s', (value, kept) => {
    expect(safeReturnTo(value, fallback)).toBe(kept);
  });

  it.each([
    ['/\t/evil.example/', 'tab (browsers drop it, leaving //evil.example)'],
    ['/\n/evil.example/', 'newline'],
    ['/\r/evil.example/', 'carriage return'],
    ['/\\evil.example', 'backslash (read as a slash)'],
    ['/\\/evil.example', 'slash and backslash'],
    ['//evil.example', 'protocol-relative'],
    ['https://evil.example/', 'absolute'],
    ['javascript:alert(1)', 'script'],
    ['evil.example', 'relative'],
    ['/\u0000/evil.example', 'NUL'],
    [`/${'a'.repeat(300)}`, 'too long'],
    [undefined, 'absent'],
  ] as [string | undefined, string][])('refuses %j (%s)', (value) => {
    expect(safeReturnTo(value, fallback)).toBe(fallback);
  });

  it('the decoded attack from the issue goes home', () => {
    const next = new URLSearchParams('next=/%09/evil.example/').get('next') ?? undefined;
    expect(safeReturnTo(next, fallback)).toBe(fallback);
  });
});
