import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, handle } from '@/lib/api/server';
import { accessDenied, DomainError } from '@/lib/errors/domain-error';
import { pathWithRefusal, refusalFromQuery } from '@/lib/services/refusal-query';

// lib/api/server.ts is marked server-only; handle() runs here as a route would.
vi.mock('server-only', () => ({}));

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const PAGE = { ...FORM, accept: 'text/html,application/xhtml+xml' };
const JSON_BODY = { 'content-type': 'application/json' };

function post(headers: Record<string, string>): NextRequest {
  return new NextRequest('http://localhost:3000/api/x', { method: 'POST', headers: { host: 'localhost:3000', ...headers }, body: '' });
}

/** A route that says where its refusals go only once `armed`, then throws `error`. */
function route(error: unknown, armed = true) {
  return handle(async (_req, _ctx, _locale, form) => {
    if (armed) form.refuseTo('/family/add', { field: (r) => r.field ?? (r.code === 'marked' ? 'phone' : undefined) });
    throw error;
  });
}

async function answer(error: unknown, headers: Record<string, string>, armed = true) {
  const res = await route(error, armed)(post(headers), undefined);
  return { status: res.status, location: res.headers.get('location'), body: res.status === 303 ? null : ((await res.json()) as { error: { code: string } }) };
}

describe('pathWithRefusal: the one way a refusal goes into an address', () => {
  it('writes the code, its parameters, from=check and the field, keeping the query already there', () => {
    expect(pathWithRefusal('/services/chronic/evidence', { code: 'upload-daily-limit', params: { max: 20 } })).toBe(
      '/services/chronic/evidence?error=upload-daily-limit&p.max=20',
    );
    expect(pathWithRefusal('/services/chronic/disease', { code: 'choose-one' }, { fromCheck: true })).toBe(
      '/services/chronic/disease?error=choose-one&from=check',
    );
    expect(pathWithRefusal('/staff/resident?person=p-1', { code: 'code-wrong', params: { triesLeft: 2 }, field: 'code' })).toBe(
      '/staff/resident?person=p-1&error=code-wrong&p.triesLeft=2&field=code',
    );
    expect(pathWithRefusal('/dev/jingban?ran=1', { code: 'hospital-duplicate' }, { name: 'hospitalFiledError' })).toBe(
      '/dev/jingban?ran=1&hospitalFiledError=hospital-duplicate',
    );
  });

  it('is read back by refusalFromQuery', () => {
    const path = pathWithRefusal('/family/add', { code: 'family-elder-limit', params: { max: 5 } });
    expect(refusalFromQuery(Object.fromEntries(new URLSearchParams(path.split('?')[1])))).toEqual({ code: 'family-elder-limit', params: { max: '5' } });
  });
});

describe('handle(): a plain form is sent back with its refusal, a script gets the JSON error', () => {
  const rule = new DomainError('family-link-exists', {}, 409);

  it('a domain refusal: 303 back for a form post, the 4xx JSON shape otherwise', async () => {
    expect(await answer(rule, FORM)).toMatchObject({ status: 303, location: '/family/add?error=family-link-exists' });
    expect(await answer(rule, JSON_BODY)).toMatchObject({ status: 409, body: { error: { code: 'family-link-exists' } } });
    // Form data from a script that asks for JSON (the photo picker) gets JSON.
    expect(await answer(rule, { ...FORM, accept: 'application/json' })).toMatchObject({ status: 409 });
  });

  it('before the route says where refusals go, a form post gets JSON too', async () => {
    expect(await answer(rule, FORM, false)).toMatchObject({ status: 409, location: null });
  });

  it('route input errors and bad fields go back the same way, with the field to mark', async () => {
    expect(await answer(new ApiError(429, 'staff-locked', { minutes: 15 }), FORM)).toMatchObject({
      status: 303,
      location: '/family/add?error=staff-locked&p.minutes=15',
    });
    expect(await answer(new DomainError('marked', {}, 400), FORM)).toMatchObject({ location: '/family/add?error=marked&field=phone' });
    const zod = z.object({ name: z.string().min(1, { message: 'name-required' }) }).safeParse({ name: '' }).error;
    expect(await answer(zod, FORM)).toMatchObject({ status: 303, location: '/family/add?error=name-required&field=name' });
    expect(await answer(zod, JSON_BODY)).toMatchObject({ status: 400, body: { error: { code: 'invalid-input' } } });
  });

  it('sign-in and access are not refusals of the form: a page asking for HTML goes to their own pages', async () => {
    expect(await answer(accessDenied(401, 'sign-in-required'), PAGE)).toMatchObject({ status: 303, location: '/sign-in' });
    expect(await answer(accessDenied(403, 'not-insured'), PAGE)).toMatchObject({ status: 303, location: '/family/denied?reason=not-insured' });
    expect(await answer(accessDenied(403, 'not-insured'), FORM)).toMatchObject({ status: 403, body: { error: { code: 'not-insured' } } });
    expect(await answer(new ApiError(403, 'cross-site'), PAGE)).toMatchObject({ status: 403 });
  });
});
