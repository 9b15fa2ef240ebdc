import { describe, it, expect } from 'vitest';
import { diseaseCatalogue } from '@/lib/data/diseases';
import { facilities, facilityByCode } from '@/lib/data/facilities';
import { distanceMetres } from '@/lib/data/geo';
import { applicantPhones } from '@/lib/jingban/applicant-sms';
import { chronicFlow } from '@/lib/services/chronic/flow';
import { contactPhoneOf, REGISTERED_PHONE } from '@/lib/services/common-steps';
import type { ChronicFacts } from '@/lib/services/chronic/policy';
import { designationFlow } from '@/lib/services/designation/flow';
import type { DesignationFacts } from '@/lib/services/designation/policy';
import { CHECK_STEP, findStep, stepOptions, validateAll, validateStep } from '@/lib/services/engine';
import { homePoint } from '@/lib/services/facility-options';
import type { FlowContext, FlowDefinition, FlowPerson, ListView, Option } from '@/lib/services/flow';
import { flowFor } from '@/lib/services/flows';
import { nameRank, normaliseQuery } from '@/lib/services/name-search';
import { transferFlow } from '@/lib/services/transfer/flow';
import type { TransferFacts } from '@/lib/services/transfer/policy';

const PHOTO = '3f1c2a4e-8b7d-4c1e-9f0a-1b2c3d4e5f60';
const photos = (n: number) => Array.from({ length: n }, (_, i) => PHOTO.slice(0, -2) + String(i).padStart(2, '0'));

const li: FlowPerson = { insuranceType: 'resident', employmentStatus: null, regionCode: '371600', districtCode: '371602', phone: '13800000003' };
const zhang: FlowPerson = { insuranceType: 'resident', employmentStatus: null, regionCode: '370100', districtCode: '370102', phone: '13800000001' };
const wang: FlowPerson = { insuranceType: 'employee', employmentStatus: 'retired', regionCode: '370700', districtCode: '370702', phone: '13800000002' };

function ctxOf<F>(person: FlowPerson, facts: F, today = '2026-11-10'): FlowContext<F> {
  return { today, person, facts };
}

function step<F>(flow: FlowDefinition<F>, key: string) {
  const s = findStep(flow, key);
  if (!s) throw new Error(`no step ${key}`);
  return s;
}

function shown<F>(flow: FlowDefinition<F>, key: string, view: ListView, ctx: FlowContext<F>, answers = {}): Option[] {
  const s = step(flow, key);
  const all = stepOptions(s, answers, ctx);
  return s.present ? s.present(all, view, answers, ctx) : all;
}

const text = (o: Option | undefined) => (o && 'text' in o.label ? o.label.text : undefined);
const codeOf = (name: string) => {
  const f = facilities.find((x) => x.name === name);
  if (!f) throw new Error(`no facility ${name}`);
  return f.code;
};

describe('the registry', () => {
  it('has a flow for every service', () => {
    for (const service of ['remote-care', 'chronic', 'designation', 'transfer'] as const) expect(flowFor(service)?.service).toBe(service);
  });
});

describe('name search (facility names)', () => {
  it('matches Chinese substrings, pinyin initials and full pinyin', () => {
    expect(nameRank(normaliseQuery('齐鲁'), '山东大学齐鲁医院')).toBe(2);
    expect(nameRank(normaliseQuery('山东大学'), '山东大学齐鲁医院')).toBe(1);
    expect(nameRank(normaliseQuery('QLYY'), '山东大学齐鲁医院')).toBe(2);
    expect(nameRank(normaliseQuery('sddxqlyy'), '山东大学齐鲁医院')).toBe(0);
    expect(nameRank(normaliseQuery('shandong'), '山东大学齐鲁医院')).toBe(1);
    expect(nameRank(normaliseQuery('xyz'), '山东大学齐鲁医院')).toBeUndefined();
    expect(nameRank(normaliseQuery('北京'), '山东大学齐鲁医院')).toBeUndefined();
  });
});

describe('门诊慢特病 flow', () => {
  const facts: ChronicFacts = { existingDiseaseCodes: [] };
  const ctx = ctxOf(li, facts);
  const bzHospital = codeOf('滨州医学院附属医院');
  const answers = { diseaseCode: 'M03900', hospitalCode: bzHospital, evidence: photos(2), contactPhone: li.phone };

  it('offers the applicant’s own catalogue, Chinese names, spoken names', () => {
    const options = stepOptions(step(chronicFlow, 'diseaseCode'), {}, ctx);
    expect(options.map((o) => o.value)).toEqual(diseaseCatalogue('resident').map((d) => d.code));
    // The catalogue name, then what people call it (lib/data/disease-colloquial.ts); vague words only ask back.
    expect(options[0]).toMatchObject({ value: 'M00500', label: { text: '恶性肿瘤' } });
    expect(options[0]?.say?.slice(0, 2)).toEqual(['恶性肿瘤', '癌症']);
    expect(options[0]?.weak).toContain('肿瘤');
    const employee = stepOptions(step(chronicFlow, 'diseaseCode'), {}, ctxOf(wang, facts));
    expect(employee.map((o) => o.value)).toEqual(diseaseCatalogue('employee').map((d) => d.code));
  });

  it('accepts a catalogue disease; refuses one outside the applicant’s catalogue', () => {
    expect(validateStep(chronicFlow, 'diseaseCode', 'M03900', {}, ctx)).toEqual({ ok: true, value: 'M03900' });
    // 肺动脉高压 is only in the 职工 catalogue.
    expect(validateStep(chronicFlow, 'diseaseCode', 'M04000', {}, ctx)).toEqual({ ok: false, refusal: { code: 'choose-one' } });
    expect(validateStep(chronicFlow, 'diseaseCode', 'M04000', {}, ctxOf(wang, facts)).ok).toBe(true);
    expect(validateStep(chronicFlow, 'diseaseCode', '', {}, ctx)).toEqual({ ok: false, refusal: { code: 'choose-one' } });
  });

  it('search: "gxy" puts 高血压 first; Chinese works; no search keeps the catalogue order', () => {
    expect(text(shown(chronicFlow, 'diseaseCode', { q: 'gxy' }, ctx)[0])).toBe('高血压');
    expect(text(shown(chronicFlow, 'diseaseCode', { q: 'GXY' }, ctx)[0])).toBe('高血压');
    expect(text(shown(chronicFlow, 'diseaseCode', { q: '糖尿' }, ctx)[0])).toBe('糖尿病');
    expect(shown(chronicFlow, 'diseaseCode', { q: 'zzzz' }, ctx)).toEqual([]);
    const all = shown(chronicFlow, 'diseaseCode', {}, ctx);
    expect(all.map((o) => o.value)).toEqual(diseaseCatalogue('resident').map((d) => d.code));
  });

  it('refuses a disease the person already has an open or approved application for', () => {
    const dup = ctxOf(li, { existingDiseaseCodes: ['M03900'] });
    expect(validateStep(chronicFlow, 'diseaseCode', 'M03900', {}, dup)).toEqual({ ok: false, refusal: { code: 'chronic-duplicate' } });
    expect(validateStep(chronicFlow, 'diseaseCode', 'M01600', {}, dup).ok).toBe(true);
    expect(validateAll(chronicFlow, answers, dup)).toEqual({ ok: false, step: 'diseaseCode', refusal: { code: 'chronic-duplicate' } });
    expect(chronicFlow.finalRule?.(answers, dup)).toEqual({ code: 'chronic-duplicate' });
    expect(chronicFlow.finalRule?.(answers, ctx)).toBeNull();
  });

  it('hospitals: only chronic-care facilities of the person’s own 统筹区', () => {
    const options = stepOptions(step(chronicFlow, 'hospitalCode'), {}, ctx);
    const codes = options.map((o) => o.value);
    expect(codes.length).toBeGreaterThan(3);
    for (const code of codes) expect(facilityByCode(code)).toMatchObject({ regionCode: '371600', chronicCare: true });
    expect(validateStep(chronicFlow, 'hospitalCode', bzHospital, {}, ctx).ok).toBe(true);
    // A 济南 hospital, and a 滨州 community centre not designated for 慢特病.
    expect(validateStep(chronicFlow, 'hospitalCode', codeOf('山东大学齐鲁医院'), {}, ctx)).toEqual({ ok: false, refusal: { code: 'choose-one' } });
    expect(validateStep(chronicFlow, 'hospitalCode', codeOf('阳信县信城街道社区卫生服务中心'), {}, ctx)).toEqual({
      ok: false,
      refusal: { code: 'choose-one' },
    });
  });

  it('hospitals are sorted nearest first from home, with distance, level and address', () => {
    const home = homePoint(li)!;
    const options = shown(chronicFlow, 'hospitalCode', {}, ctx);
    const distances = options.map((o) => o.meta?.distanceMetres ?? -1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const first = facilityByCode(options[0]!.value)!;
    expect(options[0]!.meta).toEqual({ distanceMetres: Math.round(distanceMetres(home, first)), level: first.level, address: first.address });
    expect(first.districtCode).toBe('371602');
  });

  it('sorting from a given point: standing at 博兴县人民医院 puts it first', () => {
    const boxing = facilityByCode(codeOf('博兴县人民医院'))!;
    const options = shown(chronicFlow, 'hospitalCode', { near: { lat: boxing.lat, lng: boxing.lng } }, ctx);
    expect(options[0]!.value).toBe(boxing.code);
    expect(options[0]!.meta?.distanceMetres).toBe(0);
    const distances = options.map((o) => o.meta?.distanceMetres ?? -1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('filtering by level and searching names (Chinese or pinyin initials)', () => {
    const level2 = shown(chronicFlow, 'hospitalCode', { filter: 'level2' }, ctx);
    expect(level2.length).toBeGreaterThan(0);
    expect(level2.every((o) => o.meta?.level === 'level2')).toBe(true);
    expect(shown(chronicFlow, 'hospitalCode', { filter: 'nonsense' }, ctx)).toHaveLength(stepOptions(step(chronicFlow, 'hospitalCode'), {}, ctx).length);
    expect(text(shown(chronicFlow, 'hospitalCode', { q: 'bzyxy' }, ctx)[0])).toBe('滨州医学院附属医院');
    const renmin = shown(chronicFlow, 'hospitalCode', { q: '人民' }, ctx);
    expect(renmin.length).toBeGreaterThan(1);
    expect(renmin.every((o) => text(o)?.includes('人民'))).toBe(true);
    expect(shown(chronicFlow, 'hospitalCode', { q: '人民', filter: 'level3' }, ctx).map(text)).toEqual(['滨州市人民医院']);
  });

  it('offers as filters only the levels the list has, labelled by message key', () => {
    const filters = step(chronicFlow, 'hospitalCode').filters!({}, ctx);
    expect(filters.map((f) => f.value)).toEqual(['level3', 'level2', 'level1']);
    expect(filters[0]!.label).toEqual({ key: 'facility.levels.level3' });
  });

  it('evidence: at least one photo, at most nine', () => {
    expect(validateStep(chronicFlow, 'evidence', photos(1), {}, ctx).ok).toBe(true);
    expect(validateStep(chronicFlow, 'evidence', photos(9), {}, ctx).ok).toBe(true);
    expect(validateStep(chronicFlow, 'evidence', [], {}, ctx)).toEqual({ ok: false, refusal: { code: 'photos-required' } });
    expect(validateStep(chronicFlow, 'evidence', 'x', {}, ctx)).toEqual({ ok: false, refusal: { code: 'photos-required' } });
    expect(validateStep(chronicFlow, 'evidence', ['not-a-uuid'], {}, ctx)).toEqual({ ok: false, refusal: { code: 'photos-required' } });
    expect(validateStep(chronicFlow, 'evidence', photos(10), {}, ctx)).toEqual({ ok: false, refusal: { code: 'upload-too-many' } });
  });

  it('contact phone and the whole application', () => {
    expect(validateStep(chronicFlow, 'contactPhone', '12345', {}, ctx)).toEqual({ ok: false, refusal: { code: 'phone-format' } });
    expect(validateAll(chronicFlow, answers, ctx)).toEqual({ ok: true, answers });
    expect(validateAll(chronicFlow, { ...answers, evidence: undefined }, ctx)).toEqual({ ok: false, step: 'evidence', refusal: { code: 'choose-one' } });
  });

  it('the registered phone is offered as a word, never as the number (option values reach the staff live view)', () => {
    const step = findStep(chronicFlow, 'contactPhone')!;
    const options = stepOptions(step, answers, ctx);
    expect(options.map((o) => o.value)).toEqual([REGISTERED_PHONE]);
    expect(JSON.stringify(options)).not.toContain(li.phone);
    expect(validateStep(chronicFlow, 'contactPhone', REGISTERED_PHONE, {}, ctx).ok).toBe(true);
    expect(contactPhoneOf(REGISTERED_PHONE, li.phone)).toBe(li.phone);
    expect(contactPhoneOf('13912345678', li.phone)).toBe('13912345678');
    expect(contactPhoneOf('registered-ish', li.phone)).toBeNull();
    expect(applicantPhones({ answers: { contactPhone: REGISTERED_PHONE } }, li)).toEqual({ contact: li.phone, copyTo: null });
  });
});

describe('定点医疗机构变更 flow', () => {
  const yaojia = codeOf('历下区姚家街道社区卫生服务中心');
  const qilu = codeOf('山东大学齐鲁医院');
  const qianfo = codeOf('山东省千佛山医院');
  const held = (codes: string[]): DesignationFacts['designations'] =>
    codes.map((facilityCode) => ({ facilityCode, validFrom: '2024-11-10', validUntil: null }));
  const facts: DesignationFacts = { designations: held([yaojia, qilu]), completedChangeDates: [] };
  const ctx = ctxOf(zhang, facts);
  const answers = { replaceFacilityCode: yaojia, newFacilityCode: qianfo, contactPhone: zhang.phone };

  it('offers to replace each current facility, and to add one while under the maximum', () => {
    const options = stepOptions(step(designationFlow, 'replaceFacilityCode'), {}, ctx);
    expect(options.map((o) => o.value)).toEqual([yaojia, qilu, 'add']);
    expect(options[0]!.label).toEqual({ key: 'flows.designation.replaceFacilityCode.options.replace', params: { name: '历下区姚家街道社区卫生服务中心' } });
    expect(validateStep(designationFlow, 'replaceFacilityCode', 'add', {}, ctx).ok).toBe(true);
    // Issue 13: adding a facility uses up the year's change too — said before the choice, with the
    // 统筹区's own limit (lib/data/benefits.ts designation.changesPerYear).
    const add = options.find((o) => o.value === 'add');
    expect(add?.hint).toEqual({ key: 'flows.designation.replaceFacilityCode.options.add-hint', params: { count: '1' } });
    expect(step(designationFlow, 'replaceFacilityCode').hintParams?.({}, ctx, 'zh-CN')).toEqual({ count: '1' });

    const full = ctxOf(zhang, { designations: held([yaojia, qilu, qianfo]), completedChangeDates: [] });
    expect(stepOptions(step(designationFlow, 'replaceFacilityCode'), {}, full).map((o) => o.value)).toEqual([yaojia, qilu, qianfo]);
    expect(validateStep(designationFlow, 'replaceFacilityCode', 'add', {}, full)).toEqual({ ok: false, refusal: { code: 'choose-one' } });
    expect(validateStep(designationFlow, 'replaceFacilityCode', codeOf('潍坊市人民医院'), {}, ctx)).toEqual({ ok: false, refusal: { code: 'choose-one' } });
  });

  it('new facility: any of the region except those already held', () => {
    const options = stepOptions(step(designationFlow, 'newFacilityCode'), {}, ctx);
    const codes = options.map((o) => o.value);
    expect(codes).not.toContain(yaojia);
    expect(codes).not.toContain(qilu);
    expect(codes.length).toBe(facilities.filter((f) => f.regionCode === '370100').length - 2);
    expect(validateStep(designationFlow, 'newFacilityCode', qianfo, {}, ctx).ok).toBe(true);
    expect(validateStep(designationFlow, 'newFacilityCode', qilu, {}, ctx)).toEqual({ ok: false, refusal: { code: 'choose-one' } });
    expect(validateStep(designationFlow, 'newFacilityCode', codeOf('潍坊市人民医院'), {}, ctx)).toEqual({ ok: false, refusal: { code: 'choose-one' } });
    // Every level is there, village clinics included.
    expect(step(designationFlow, 'newFacilityCode').filters!({}, ctx).map((f) => f.value)).toEqual(['level3', 'level2', 'level1', 'village']);
    const villages = shown(designationFlow, 'newFacilityCode', { filter: 'village' }, ctx);
    expect(villages.length).toBeGreaterThan(0);
    expect(villages.every((o) => o.meta?.level === 'village')).toBe(true);
  });

  it('the final rule refuses a facility already held, or one outside the region', () => {
    expect(designationFlow.finalRule?.(answers, ctx)).toBeNull();
    expect(designationFlow.finalRule?.({ ...answers, newFacilityCode: qilu }, ctx)).toEqual({ code: 'designation-same' });
    expect(designationFlow.finalRule?.({ ...answers, newFacilityCode: codeOf('潍坊市人民医院') }, ctx)).toEqual({ code: 'choose-one' });
    expect(validateAll(designationFlow, answers, ctx)).toEqual({ ok: true, answers });
  });

  it('once this year’s change is used, refuses until 1 January — across the year end', () => {
    const used = (today: string, dates: string[]) => ctxOf(zhang, { ...facts, completedChangeDates: dates }, today);
    const refusal = { code: 'designation-limit-reached', params: { date: '2027-01-01', count: 1 } };
    expect(designationFlow.startRule?.(used('2026-12-31', ['2026-12-20']))).toEqual(refusal);
    expect(validateAll(designationFlow, answers, used('2026-12-31', ['2026-12-20']))).toEqual({ ok: false, step: CHECK_STEP, refusal });
    expect(designationFlow.finalRule?.(answers, used('2026-12-31', ['2026-12-20']))).toEqual(refusal);
    expect(designationFlow.startRule?.(used('2027-01-01', ['2026-12-20']))).toBeNull();
    expect(validateAll(designationFlow, answers, used('2027-01-01', ['2026-12-20'])).ok).toBe(true);
    expect(designationFlow.startRule?.(used('2026-01-01', ['2025-12-31']))).toBeNull();
    expect(designationFlow.startRule?.(used('2026-11-10', []))).toBeNull();
  });

  it('a change taking effect next month: the outgoing row cannot be replaced again, the incoming one can', () => {
    // Approved in November, effective 1 December: 姚家 ends, 千佛山 starts.
    const pending = ctxOf(
      zhang,
      {
        designations: [
          { facilityCode: yaojia, validFrom: '2024-11-10', validUntil: '2026-12-01' },
          { facilityCode: qilu, validFrom: '2024-11-10', validUntil: null },
          { facilityCode: qianfo, validFrom: '2026-12-01', validUntil: null },
        ],
        completedChangeDates: [],
      },
      '2026-11-20',
    );
    expect(stepOptions(step(designationFlow, 'replaceFacilityCode'), {}, pending).map((o) => o.value)).toEqual([qilu, qianfo, 'add']);
    const newCodes = stepOptions(step(designationFlow, 'newFacilityCode'), {}, pending).map((o) => o.value);
    for (const code of [yaojia, qilu, qianfo]) expect(newCodes).not.toContain(code);
  });
});

describe('医保关系转移接续 flow', () => {
  const facts: TransferFacts = { pendingTransfers: [] };
  const ctx = ctxOf(zhang, facts);

  it('shows where it transfers from in the first hint, in the page’s language', () => {
    const first = step(transferFlow, 'toProvinceCode');
    expect(first.hintParams?.({}, ctx, 'zh-CN')).toEqual({ from: '济南市', kind: zhang.insuranceType });
    expect(first.hintParams?.({}, ctx, 'en')).toEqual({ from: 'Jinan', kind: zhang.insuranceType });
    expect(transferFlow.steps.map((s) => s.key)).toEqual(['toProvinceCode', 'toCityCode', 'contactPhone']);
  });

  it('any province; a city of it; never the person’s own 统筹区', () => {
    expect(validateStep(transferFlow, 'toProvinceCode', '370000', {}, ctx).ok).toBe(true);
    expect(validateStep(transferFlow, 'toProvinceCode', '999999', {}, ctx)).toEqual({ ok: false, refusal: { code: 'choose-one' } });
    const inShandong = { toProvinceCode: '370000' };
    const cities = stepOptions(step(transferFlow, 'toCityCode'), inShandong, ctx).map((o) => o.value);
    expect(cities).toHaveLength(15);
    expect(cities).not.toContain('370100');
    expect(validateStep(transferFlow, 'toCityCode', '370100', inShandong, ctx)).toEqual({ ok: false, refusal: { code: 'choose-one' } });
    expect(validateStep(transferFlow, 'toCityCode', '370200', inShandong, ctx).ok).toBe(true);
    // A city of another province than the one chosen.
    expect(validateStep(transferFlow, 'toCityCode', '110100', inShandong, ctx)).toEqual({ ok: false, refusal: { code: 'choose-one' } });
    expect(validateStep(transferFlow, 'toCityCode', '110100', { toProvinceCode: '110000' }, ctx).ok).toBe(true);
  });

  it('refuses while another transfer is accepted or in review', () => {
    const answers = { toProvinceCode: '110000', toCityCode: '110100', contactPhone: zhang.phone };
    expect(validateAll(transferFlow, answers, ctx)).toEqual({ ok: true, answers });
    expect(transferFlow.finalRule?.(answers, ctx)).toBeNull();
    const busy = ctxOf(zhang, { pendingTransfers: [{ id: 'x', number: 'ZY20261110000001', toCityCode: '110100' }] });
    expect(transferFlow.finalRule?.(answers, busy)).toEqual({ code: 'transfer-pending' });
    expect(transferFlow.startRule?.(busy)).toEqual({ code: 'transfer-pending' });
    expect(validateAll(transferFlow, answers, busy)).toEqual({ ok: false, step: CHECK_STEP, refusal: { code: 'transfer-pending' } });
  });
});
