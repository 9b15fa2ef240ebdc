import { describe, expect, it } from 'vitest';
import { benefitsByRegion, centralisedReviewWorkingDays, monthlyReview, regionBenefits } from '@/lib/data/benefits';
import { diseaseByCode, diseaseCatalogue, diseases, searchDiseases, type InsuranceType } from '@/lib/data/diseases';
import { facilities, facilityByCode } from '@/lib/data/facilities';
import { distanceMetres } from '@/lib/data/geo';
import { districtByCode, isRegionCode, regionByCode, regions, type RegionCode } from '@/lib/data/regions';
import { nearestStations, stations } from '@/lib/data/stations';

const regionCodes: readonly RegionCode[] = ['370100', '370200', '370700', '371600'];
const catalogues: readonly InsuranceType[] = ['employee', 'resident'];

function region(code: RegionCode) {
  const r = regionByCode(code);
  if (!r) throw new Error(`missing region ${code}`);
  return r;
}

describe('regions', () => {
  it('covers exactly the four 统筹区 with GB/T 2260 district codes under each city', () => {
    expect(regions.map((r) => r.code).sort()).toEqual([...regionCodes].sort());
    for (const r of regions) {
      expect(r.districts.length).toBeGreaterThanOrEqual(4);
      for (const d of r.districts) {
        expect(d.code).toMatch(/^\d{6}$/);
        expect(d.code.slice(0, 4)).toBe(r.code.slice(0, 4));
        expect(d.regionCode).toBe(r.code);
        expect(districtByCode(d.code)).toBe(d);
        expect(distanceMetres(r.centre, d.centre)).toBeLessThan(80_000);
      }
    }
    expect(districtByCode('370102')?.name).toBe('历下区');
    expect(isRegionCode('370100')).toBe(true);
    expect(isRegionCode('370300')).toBe(false);
    expect(regionByCode('000000')).toBeUndefined();
  });
});

describe.each([
  ['facilities', facilities],
  ['stations', stations],
] as const)('%s', (_label, items) => {
  it('has unique codes and sits inside its own region and district', () => {
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
    for (const item of items) {
      const r = region(item.regionCode);
      const d = districtByCode(item.districtCode);
      expect(d, `${item.code} district`).toBeDefined();
      expect(d?.regionCode, `${item.code} district region`).toBe(item.regionCode);
      expect(distanceMetres(r.centre, item), `${item.name} from ${r.name}`).toBeLessThan(80_000);
      if (d) expect(distanceMetres(d.centre, item), `${item.name} from ${d.name}`).toBeLessThan(30_000);
      expect(item.phone).toMatch(/^0(531|532|536|543)-\d{8}$/);
    }
  });
});

describe('facilities', () => {
  it('has enough facilities, spread over every city and level', () => {
    expect(facilities.length).toBeGreaterThanOrEqual(30);
    for (const code of regionCodes) {
      expect(facilities.filter((f) => f.regionCode === code).length).toBeGreaterThanOrEqual(6);
    }
    expect(facilities.filter((f) => f.level === 'village').length).toBeGreaterThanOrEqual(6);
    expect(facilities.filter((f) => f.level === 'level1').length).toBeGreaterThanOrEqual(4);
    expect(facilities.filter((f) => f.level === 'level3').length).toBeGreaterThanOrEqual(4);
  });

  it('matches the area code to the city and finds by code', () => {
    const areaCode: Record<RegionCode, string> = { '370100': '0531', '370200': '0532', '370700': '0536', '371600': '0543' };
    for (const f of facilities) {
      expect(f.phone.startsWith(areaCode[f.regionCode])).toBe(true);
      expect(f.code).toBe(`H${f.districtCode}${f.code.slice(7)}`);
      expect(facilityByCode(f.code)).toBe(f);
    }
    expect(facilityByCode('H00000000000')).toBeUndefined();
  });

  it('designates every level-2/3 hospital for 门诊慢特病', () => {
    for (const f of facilities.filter((x) => x.level === 'level2' || x.level === 'level3')) {
      expect(f.chronicCare, f.name).toBe(true);
    }
  });
});

describe('disease catalogues', () => {
  const centralised = ['高血压', '糖尿病', '冠心病', '脑血管病后遗症'];
  const immediate = ['恶性肿瘤', '肾透析', '器官移植抗排异'];

  it.each(catalogues)('%s catalogue has ≥ 20 diseases with unique codes and names', (type) => {
    const list = diseaseCatalogue(type);
    expect(list.length).toBeGreaterThanOrEqual(20);
    expect(new Set(list.map((d) => d.code)).size).toBe(list.length);
    expect(new Set(list.map((d) => d.name)).size).toBe(list.length);
    for (const d of list) {
      expect(d.catalogue).toBe(type);
      expect(diseaseByCode(type, d.code)).toBe(d);
    }
    for (const name of ['高血压', '糖尿病', '恶性肿瘤']) {
      expect(
        list.some((d) => d.name === name),
        name,
      ).toBe(true);
    }
  });

  it('employee: four diseases need 集中认定, every other is reviewed the same day', () => {
    const list = diseaseCatalogue('employee');
    for (const name of centralised) {
      expect(list.find((d) => d.name === name)?.reviewMode, name).toBe('centralised');
    }
    for (const d of list.filter((x) => !centralised.includes(x.name))) {
      expect(d.reviewMode, d.name).toBe('same-day');
    }
  });

  it('resident: cancer, dialysis and transplant are immediate, every other is monthly', () => {
    const list = diseaseCatalogue('resident');
    for (const name of immediate) {
      expect(list.find((d) => d.name === name)?.reviewMode, name).toBe('immediate');
    }
    for (const d of list.filter((x) => !immediate.includes(x.name))) {
      expect(d.reviewMode, d.name).toBe('monthly');
    }
  });

  it('marks exactly the high-cost diseases as highCost', () => {
    for (const d of diseases) {
      expect(d.highCost, `${d.catalogue} ${d.name}`).toBe(immediate.includes(d.name));
    }
  });

  it('diseaseByCode is scoped to its catalogue', () => {
    expect(diseaseByCode('employee', 'M03900')?.reviewMode).toBe('centralised');
    expect(diseaseByCode('resident', 'M03900')?.reviewMode).toBe('monthly');
    expect(diseaseByCode('resident', 'NOPE')).toBeUndefined();
  });
});

describe('searchDiseases', () => {
  it.each(catalogues)('%s: pinyin initials, full pinyin and Chinese all find the disease first', (type) => {
    expect(searchDiseases(type, 'gxy')[0]?.name).toBe('高血压');
    expect(searchDiseases(type, 'GXY')[0]?.name).toBe('高血压');
    expect(searchDiseases(type, 'tnb')[0]?.name).toBe('糖尿病');
    expect(searchDiseases(type, 'tangniao')[0]?.name).toBe('糖尿病');
    expect(searchDiseases(type, ' TangNiaoBing ')[0]?.name).toBe('糖尿病');
    expect(searchDiseases(type, 'gaoxy')[0]?.name).toBe('高血压');
    expect(searchDiseases(type, '高血')[0]?.name).toBe('高血压');
    expect(searchDiseases(type, '糖尿病')[0]?.name).toBe('糖尿病');
  });

  it('orders exact, then prefix, then substring matches', () => {
    const names = searchDiseases('employee', '肝').map((d) => d.name);
    expect(names[0]).toBe('肝硬化');
    expect(names).toContain('慢性乙型肝炎');
    const byPinyin = searchDiseases('employee', 'mx').map((d) => d.name);
    expect(byPinyin.length).toBeGreaterThan(1);
    expect(byPinyin.every((n) => n.startsWith('慢性'))).toBe(true);
    expect(searchDiseases('employee', 'xueya').map((d) => d.name)).toContain('高血压');
  });

  it('reads polyphonic characters the medical way', () => {
    expect(searchDiseases('employee', 'zzjwl')[0]?.name).toBe('重症肌无力');
    expect(searchDiseases('employee', 'zhongzheng')[0]?.name).toBe('重症肌无力');
  });

  it('copes with odd input: nonsense, punctuation, very long strings', () => {
    expect(() => searchDiseases('employee', 'ea')).not.toThrow();
    expect(searchDiseases('employee', 'ea').every((d) => d.catalogue === 'employee')).toBe(true);
    expect(searchDiseases('resident', 'qqqqqq')).toEqual([]);
    expect(() => searchDiseases('resident', '（）()*+?[')).not.toThrow();
    expect(() => searchDiseases('resident', 'a'.repeat(10_000))).not.toThrow();
  });

  it('returns the whole catalogue for an empty or blank query', () => {
    expect(searchDiseases('employee', '')).toEqual(diseaseCatalogue('employee'));
    expect(searchDiseases('resident', '   ')).toEqual(diseaseCatalogue('resident'));
  });
});

describe('stations and distance', () => {
  it('has ≥ 20 stations, ≥ 5 per city', () => {
    expect(stations.length).toBeGreaterThanOrEqual(20);
    for (const code of regionCodes) {
      expect(stations.filter((s) => s.regionCode === code).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('measures 济南 to 青岛 at roughly 300–330 km', () => {
    const km = distanceMetres(region('370100').centre, region('370200').centre) / 1000;
    expect(km).toBeGreaterThan(300);
    expect(km).toBeLessThan(330);
    expect(distanceMetres(region('370100').centre, region('370100').centre)).toBe(0);
  });

  it('returns the nearest stations first, with distances', () => {
    const here = { lat: 36.658, lng: 116.983 };
    const near = nearestStations(here, 3);
    expect(near).toHaveLength(3);
    expect(near[0]?.name).toBe('山东省立医院医保服务站');
    expect(near[0]?.distanceMetres).toBeLessThan(100);
    for (let i = 1; i < near.length; i++) {
      expect(near[i]!.distanceMetres).toBeGreaterThanOrEqual(near[i - 1]!.distanceMetres);
    }
    expect(near.every((s) => s.regionCode === '370100')).toBe(true);
    expect(nearestStations(here, 0)).toEqual([]);
    expect(nearestStations(here, 1000)).toHaveLength(stations.length);
  });
});

describe('benefits', () => {
  it.each(regionCodes)('%s has a full configuration', (code) => {
    const b = regionBenefits(code);
    expect(b).toBe(benefitsByRegion[code]);
    expect(b.chronic.employee.rate).toBeGreaterThan(0);
    expect(b.chronic.employee.rate + b.chronic.employee.retiredExtra).toBeLessThanOrEqual(1);
    expect(b.chronic.resident.perDiseaseAnnualLimitYuan).toBeGreaterThan(0);
    expect(b.chronic.maxPrescriptionMonths).toBeLessThanOrEqual(3);
    expect(b.designation.maxFacilities).toBeGreaterThanOrEqual(1);
    expect(b.designation.changesPerYear).toBeGreaterThanOrEqual(1);
    expect(['immediate', 'next-month']).toContain(b.designation.effective);
    expect(b.remoteFiling.temporaryValidityMonths).toBeGreaterThanOrEqual(6);
    expect(b.transfer).toEqual({ intraProvinceWorkingDays: 9, interProvinceWorkingDays: 15 });
  });

  it('carries the Binzhou figures from the domain brief', () => {
    const b = regionBenefits('371600');
    expect(b.chronic.employee).toMatchObject({ rate: 0.85, retiredExtra: 0.05, sharesInpatientLimit: true });
    expect(b.chronic.resident).toEqual({ rate: 0.65, perDiseaseAnnualLimitYuan: 3000 });
    expect(regionBenefits('370100').designation.effective).toBe('next-month');
    expect(b.designation.effective).toBe('immediate');
  });

  it('exports the review cadence constants', () => {
    expect(monthlyReview.batch).toBe('last-working-day');
    expect(centralisedReviewWorkingDays).toBe(20);
  });
});
