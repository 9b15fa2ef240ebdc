import { describe, expect, it } from 'vitest';
import { placeName } from '@/lib/data/divisions';
import { diseaseCatalogue } from '@/lib/data/diseases';
import { facilities } from '@/lib/data/facilities';
import { relationFromSide, relationWord } from '@/lib/family/relation-words';
import { filingEndedOn, filingState } from '@/lib/jingban/filing-state';
import { applicationSubject } from '@/lib/services/describe';
import { prefillAnswers, pruneAnswers } from '@/lib/services/engine';
import type { FlowContext } from '@/lib/services/flow';
import { remoteCareFlow } from '@/lib/services/remote-care/flow';
import type { RemoteCareFacts } from '@/lib/services/remote-care/policy';
import { atShanghaiTime } from '@/lib/time/dates';

const updatedAt = atShanghaiTime('2026-11-28', 15, 0);

describe('filing state, derived from the row', () => {
  it('an active filing with no end date is in force', () => {
    expect(filingState({ status: 'active', endDate: null, updatedAt }, '2030-01-01')).toBe('active');
    expect(filingEndedOn({ status: 'active', endDate: null, updatedAt }, '2030-01-01')).toBeNull();
  });
  it('a temporary filing is valid on its last day and expired the day after', () => {
    const f = { status: 'active' as const, endDate: '2027-05-30', updatedAt };
    expect(filingState(f, '2027-05-30')).toBe('active');
    expect(filingState(f, '2027-05-31')).toBe('expired');
    expect(filingEndedOn(f, '2027-06-10')).toBe('2027-05-30');
  });
  it('cancelled and changed keep their word, ending the (Shanghai) day they were made', () => {
    expect(filingState({ status: 'cancelled', endDate: '2027-05-30', updatedAt }, '2026-11-29')).toBe('cancelled');
    expect(filingState({ status: 'changed', endDate: null, updatedAt }, '2026-11-29')).toBe('changed');
    expect(filingEndedOn({ status: 'changed', endDate: null, updatedAt: new Date('2026-11-28T17:00:00Z') }, '2026-11-30')).toBe('2026-11-29');
  });
});

describe("relations from the reader's side", () => {
  it('the elder reads what the relative is to them', () => {
    expect(relationFromSide('child', 'elder', 'male', 'zh-CN')).toBe('儿子');
    expect(relationFromSide('child', 'elder', 'female', 'zh-CN')).toBe('女儿');
    expect(relationFromSide('child', 'elder', null, 'zh-CN')).toBe('子女');
  });
  it("the relative reads what the elder is to them, by the elder's gender", () => {
    expect(relationFromSide('child', 'relative', 'female', 'zh-CN')).toBe('母亲');
    expect(relationFromSide('child', 'relative', 'male', 'zh-CN')).toBe('父亲');
    expect(relationFromSide('parent', 'relative', 'male', 'zh-CN')).toBe('儿子');
    expect(relationFromSide('spouse', 'relative', 'female', 'zh-CN')).toBe('妻子');
    expect(relationFromSide('spouse', 'relative', 'male', 'zh-CN')).toBe('丈夫');
    expect(relationFromSide('sibling', 'relative', 'female', 'zh-CN')).toBe('姐妹');
    expect(relationFromSide('child', 'relative', null, 'zh-CN')).toBe('父母');
    expect(relationFromSide('child', 'relative', 'female', 'en')).toBe('mother');
  });
  it("relationWord is unchanged for the elder's side", () => {
    expect(relationWord('child', 'male', 'zh-CN')).toBe('儿子');
  });
});

describe('what an application is about', () => {
  it('chronic: the disease and the hospital', () => {
    const disease = diseaseCatalogue('resident').find((d) => d.name === '高血压')!;
    const hospital = facilities.find((f) => f.regionCode === '371600' && f.chronicCare)!;
    const subject = applicationSubject({ service: 'chronic', answers: { diseaseCode: disease.code, hospitalCode: hospital.code }, outcome: null }, 'zh-CN');
    expect(subject).toBe(`高血压 · ${hospital.name}`);
  });
  it('remote-care: the place, the kind and, for a temporary filing, the last day', () => {
    const answers = { category: 'temporary', destProvinceCode: '460000', destCityCode: '460200' };
    expect(applicationSubject({ service: 'remote-care', answers, outcome: { validUntil: '2027-05-30' } }, 'zh-CN')).toBe(
      '海南省三亚市 · 临时 · 到 2027年5月30日',
    );
    expect(applicationSubject({ service: 'remote-care', answers: { ...answers, category: 'long-term' }, outcome: null }, 'zh-CN')).toBe('海南省三亚市 · 长期');
  });
  it('transfer: the destination; a municipality is named once', () => {
    expect(placeName('110000', '110100')).toBe('北京市');
    expect(applicationSubject({ service: 'transfer', answers: { toProvinceCode: '110000', toCityCode: '110100' }, outcome: null }, 'zh-CN')).toBe(
      '转到 北京市',
    );
  });
});

const ctx: FlowContext<RemoteCareFacts> = {
  today: '2026-11-30',
  person: { insuranceType: 'resident', employmentStatus: null, regionCode: '370100', districtCode: null, phone: '13800000001' },
  facts: { activeFilings: [] },
};

describe('变更备案 starts from the old answers, each validated again', () => {
  const old = {
    category: 'long-term',
    reason: 'retired-relocation',
    destProvinceCode: '460000',
    destCityCode: '460200',
    startDate: '2026-08-30',
    commitment: 'promise',
    contactPhone: '13800000001',
  };
  it('keeps what is still valid and drops a start date too far back for a long-term filing', () => {
    const answers = prefillAnswers(remoteCareFlow, { _replaces: 'f1' }, old, ctx);
    expect(answers).toMatchObject({ _replaces: 'f1', category: 'long-term', destCityCode: '460200', commitment: 'promise' });
    expect(answers.startDate).toBeUndefined();
    expect(prefillAnswers(remoteCareFlow, {}, { ...old, startDate: '2026-11-30' }, ctx).startDate).toBe('2026-11-30');
  });
  it('another province drops the city, which is then asked again', () => {
    const pruned = pruneAnswers(remoteCareFlow, { ...old, destProvinceCode: '110000' }, ctx);
    expect(pruned.destProvinceCode).toBe('110000');
    expect(pruned.destCityCode).toBeUndefined();
    expect(pruned.reason).toBe('retired-relocation');
  });
});
