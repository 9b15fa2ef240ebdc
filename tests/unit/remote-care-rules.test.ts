import { describe, expect, it } from 'vitest';
import { validateAll, validateStep } from '@/lib/services/engine';
import type { FlowContext } from '@/lib/services/flow';
import { remoteCareFlow } from '@/lib/services/remote-care/flow';
import { changePossibleFrom, type ActiveFiling, type RemoteCareFacts } from '@/lib/services/remote-care/policy';
import { remoteCareValidity } from '@/lib/services/remote-care/review-plan';

const person = { insuranceType: 'resident' as const, employmentStatus: null, regionCode: '370100' as const, districtCode: '370102', phone: '13800000001' };
const ctx = (today: string, activeFilings: ActiveFiling[] = []): FlowContext<RemoteCareFacts> => ({ today, person, facts: { activeFilings } });

const answers = {
  category: 'long-term',
  reason: 'retired-relocation',
  destProvinceCode: '460000',
  destCityCode: '460200',
  startDate: '2026-11-23',
  commitment: 'promise',
  contactPhone: '13800000001',
};

const filing = (over: Partial<ActiveFiling> = {}): ActiveFiling => ({
  id: 'f1',
  category: 'long-term',
  destProvinceCode: '460000',
  destCityCode: '460200',
  startDate: '2026-08-24',
  endDate: null,
  firstCostDate: '2026-09-23',
  scope: 'inter-province',
  basis: 'promise',
  proofSince: null,
  ...over,
});

describe('异地就医备案 rules', () => {
  it('long-term may start at most 5 days back; the sixth day back is refused with the earliest date', () => {
    const c = ctx('2026-11-23');
    expect(validateStep(remoteCareFlow, 'startDate', '2026-11-18', answers, c)).toEqual({ ok: true, value: '2026-11-18' });
    expect(validateStep(remoteCareFlow, 'startDate', '2026-11-17', answers, c)).toEqual({
      ok: false,
      refusal: { code: 'date-too-early', params: { date: '2026-11-18' } },
    });
  });

  it('temporary filings may start any day back (补办 after admission)', () => {
    const temporary = { ...answers, category: 'temporary', reason: 'referral' };
    expect(validateStep(remoteCareFlow, 'startDate', '2025-01-02', temporary, ctx('2026-11-23')).ok).toBe(true);
  });

  it('a start more than 90 days ahead is refused', () => {
    expect(validateStep(remoteCareFlow, 'startDate', '2027-02-22', answers, ctx('2026-11-23')).ok).toBe(false);
    expect(validateStep(remoteCareFlow, 'startDate', '2027-02-21', answers, ctx('2026-11-23')).ok).toBe(true);
  });

  it('the reason must belong to the kind; the own 统筹区 is not a destination', () => {
    expect(validateStep(remoteCareFlow, 'reason', 'referral', answers, ctx('2026-11-23')).ok).toBe(false);
    const intra = { ...answers, destProvinceCode: '370000' };
    expect(validateStep(remoteCareFlow, 'destCityCode', '370100', intra, ctx('2026-11-23')).ok).toBe(false);
    expect(validateStep(remoteCareFlow, 'destCityCode', '370200', intra, ctx('2026-11-23')).ok).toBe(true);
  });

  it('proof photos are asked for only with 上传证明材料, and then at least one is needed', () => {
    expect(validateAll(remoteCareFlow, answers, ctx('2026-11-23')).ok).toBe(true);
    const proof = { ...answers, commitment: 'proof' };
    const missing = validateAll(remoteCareFlow, proof, ctx('2026-11-23'));
    expect(missing).toMatchObject({ ok: false, step: 'proofPhotos' });
    const empty = validateAll(remoteCareFlow, { ...proof, proofPhotos: [] }, ctx('2026-11-23'));
    expect(empty).toMatchObject({ ok: false, step: 'proofPhotos', refusal: { code: 'photos-required' } });
  });

  it('a second filing while one is in force is refused; a change of that filing is not', () => {
    const c = ctx('2026-11-23', [filing({ firstCostDate: null })]);
    expect(validateAll(remoteCareFlow, answers, c)).toMatchObject({ ok: false, refusal: { code: 'filing-exists' } });
    expect(validateAll(remoteCareFlow, { ...answers, _replaces: 'f1' }, c).ok).toBe(true);
  });

  it('with costs at the filed place a 跨省 long-term change waits until the filing is 6 months old, across the year end', () => {
    const f = filing({ startDate: '2026-08-24', firstCostDate: '2026-09-23' });
    expect(changePossibleFrom(f, '2026-11-23', '370100')).toBe('2027-02-24');
    expect(changePossibleFrom(f, '2027-02-23', '370100')).toBe('2027-02-24');
    expect(changePossibleFrom(f, '2027-02-24', '370100')).toBeNull();
    expect(changePossibleFrom(filing({ firstCostDate: null }), '2026-11-23', '370100')).toBeNull();
    const locked = validateAll(remoteCareFlow, { ...answers, _replaces: 'f1' }, ctx('2026-11-23', [f]));
    expect(locked).toMatchObject({ ok: false, refusal: { code: 'filing-change-locked', params: { date: '2027-02-24' } } });
  });

  it('validity: long-term 长期有效, temporary 6 months from the start (month ends clamp)', () => {
    const applicant = { insuranceType: 'resident' as const, employmentStatus: null, regionCode: '370100' as const };
    const filedAt = new Date('2026-11-23T02:00:00Z');
    expect(remoteCareValidity({ answers, applicant, submittedAt: filedAt })).toEqual({ validFrom: '2026-11-23', validUntil: null });
    expect(
      remoteCareValidity({ answers: { ...answers, category: 'temporary', startDate: '2026-08-31' }, applicant, submittedAt: new Date('2026-08-30T02:00:00Z') }),
    ).toEqual({
      validFrom: '2026-08-31',
      validUntil: '2027-02-28',
    });
  });
});
