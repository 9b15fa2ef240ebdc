import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh-CN.json';
import type { ApplicantFacts } from '@/lib/services/review';
import type { Answers } from '@/lib/services/flow';
import { serviceKeys, serviceModules } from '@/lib/services/modules';
import { loose } from '@/lib/i18n/dynamic';
import { translatorFor } from '@/lib/i18n/translator';
import { diseaseCatalogue } from '@/lib/data/diseases';
import { facilities } from '@/lib/data/facilities';

// Every message a module names must exist in both locales and fill every {param}: a new service
// folder that forgets one fails here, before any page shows a raw key.

type Tree = { readonly [key: string]: unknown };
const has = (tree: Tree, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree) !== undefined;

const applicants: ApplicantFacts[] = [
  { insuranceType: 'employee', employmentStatus: 'retired', regionCode: '370100' },
  { insuranceType: 'resident', employmentStatus: null, regionCode: '371600' },
];
const hospital = facilities.find((f) => f.regionCode === '370100' && f.chronicCare);
// Representative answers of every service; each module reads its own fields and ignores the rest.
const answerSets: Answers[] = [
  { diseaseCode: diseaseCatalogue('employee')[0]?.code, hospitalCode: hospital?.code, evidence: ['a'] },
  { diseaseCode: 'none', hospitalCode: 'none', evidence: [] },
  { diseaseCode: diseaseCatalogue('resident')[0]?.code, _hospitalInitiated: true },
  { category: 'long-term', commitment: 'promise', startDate: '2026-11-01', destProvinceCode: '460000', destCityCode: '460200' },
  { category: 'long-term', commitment: 'proof', proofPhotos: ['a'], startDate: '2026-11-09', destProvinceCode: '370000', destCityCode: '370200' },
  { category: 'temporary', startDate: '2026-11-10', destProvinceCode: '110000', destCityCode: '110100' },
  { toProvinceCode: '370000', toCityCode: '370200', _autoStarted: true },
  { toProvinceCode: '110000', toCityCode: '110100', newFacilityCode: hospital?.code, replaceFacilityCode: 'add' },
];

function referencedKeys(module: (typeof serviceModules)[number]): { key: string; params?: Record<string, string | number> }[] {
  const k = module.key;
  const refs: { key: string; params?: Record<string, string | number> }[] = [
    { key: `services.${k}.name` },
    { key: `services.${k}.short` },
    ...['intro', 'needs', 'time'].map((name) => ({ key: `flows.${k}.start.${name}` })),
  ];
  if (module.place) refs.push({ key: `applications.${module.place.label}`, params: { place: '北京市' } });
  if (module.systemStartedNote) refs.push({ key: `applications.${module.systemStartedNote}` });
  if (module.answersNotice) refs.push({ key: `flows.${k}.${module.answersNotice.text}` });
  for (const panel of module.startPanels ?? [])
    refs.push({ key: `flows.${k}.start.${panel.text}` }, ...(panel.links ?? []).map((l) => ({ key: `flows.${k}.start.${l.label}` })));
  for (const input of module.decisionInputs ?? []) {
    refs.push({ key: input.label });
    if (input.kind === 'amount-yuan' && input.hint) refs.push({ key: input.hint });
    if (input.kind === 'choice') refs.push(...input.options.map((o) => ({ key: o.label })));
  }
  if (module.approvalSms) refs.push({ key: `flows.${k}.sms.${module.approvalSms.template}` });
  for (const applicant of applicants) {
    for (const answers of answerSets) {
      for (const channel of ['online', 'system']) {
        for (const check of module.deskChecks?.({ answers, applicant, submittedAt: new Date('2026-11-10T02:00:00Z'), channel, locale: 'zh-CN' }) ?? [])
          refs.push(check.text);
      }
    }
  }
  return refs;
}

describe('service modules', () => {
  it('are one list with unique keys, 办件编号 prefixes and an icon each', () => {
    expect(serviceKeys).toEqual(serviceModules.map((m) => m.key));
    expect(new Set(serviceKeys).size).toBe(serviceKeys.length);
    expect(new Set(serviceModules.map((m) => m.numberPrefix)).size).toBe(serviceModules.length);
    for (const m of serviceModules) {
      expect(m.numberPrefix).toMatch(/^[A-Z]{2}$/);
      expect(m.icon.length).toBeGreaterThan(0);
      expect(m.flow.service).toBe(m.key);
    }
  });

  for (const module of serviceModules) {
    it(`${module.key}: every message it references exists in both locales, with every {param} filled`, () => {
      const refs = referencedKeys(module);
      expect(refs.filter((r) => !has(zh, r.key)).map((r) => r.key)).toEqual([]);
      expect(refs.filter((r) => !has(en, r.key)).map((r) => r.key)).toEqual([]);
      for (const locale of ['zh-CN', 'en'] as const) {
        const t = loose(translatorFor(locale));
        // Texts of the desk's checks are shown as the module fills them; a left {param} is a bug.
        const broken = refs
          .filter((r) => r.params !== undefined || r.key.includes('.desk.'))
          .map((r) => ({ key: r.key, text: t(r.key, r.params) }))
          .filter(({ key, text }) => /\{\w+\}/.test(text) || text.includes(key));
        expect(broken).toEqual([]);
      }
    });
  }
});
