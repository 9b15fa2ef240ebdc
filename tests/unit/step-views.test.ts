import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import zhCN from '@/lib/i18n/messages/zh-CN.json';
import { loose, type LooseT } from '@/lib/i18n/dynamic';
import type { Locale } from '@/lib/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';
import { applicableSteps } from '@/lib/services/engine';
import type { Answers, FlowContext, FlowDefinition, FlowPerson } from '@/lib/services/flow';
import { flowFor } from '@/lib/services/flows';
import { serviceKeys, type ServiceKey } from '@/lib/services/modules';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { sampleFacts } from '../helpers/sample-facts';
import { stepView, type MessageRef, type StepView } from '@/lib/services/step-view';

/**
 * Walks every step of every flow, down every branch a representative answer opens, for employees
 * and residents, and renders each step's view with the real messages in both languages: no key may
 * be missing and no `{param}` may be left unfilled in anything the page, 语音版 or the check page shows.
 */

const TODAY = '2026-11-30';
const PHOTO = '00000000-0000-4000-8000-000000000001';

const people: Record<string, FlowPerson> = {
  retiredEmployee: { insuranceType: 'employee', employmentStatus: 'retired', regionCode: '370700', districtCode: null, phone: '13800000002' },
  activeEmployee: { insuranceType: 'employee', employmentStatus: 'active', regionCode: '370100', districtCode: '370102', phone: '13900000001' },
  resident: { insuranceType: 'resident', employmentStatus: null, regionCode: '371600', districtCode: null, phone: '13800000003' },
};

// Each service's facts as its own loader reads them for a demo person with no records, plus designated facilities to change.
const facts = await sampleFacts(DEMO_IDS.wangJianguo, TODAY, {
  designation: {
    designations: [
      { facilityCode: 'H37010200001', validFrom: '2025-01-01', validUntil: null },
      { facilityCode: 'H37160200001', validFrom: '2025-01-01', validUntil: null },
    ],
    completedChangeDates: [],
  },
});

/** Answers known before the first question: 免申即享 (the hospital filed) skips the photos. */
const starts: Partial<Record<ServiceKey, Answers[]>> = { chronic: [{}, { _hospitalInitiated: true }] };

type Flow = FlowDefinition<Record<string, unknown>>;
type Ctx = FlowContext<Record<string, unknown>>;
type Seen = { service: ServiceKey; person: string; answers: Answers; views: Record<Locale, StepView> };

const errors: string[] = [];
const translators: Record<Locale, LooseT> = {
  'zh-CN': loose(translatorFor('zh-CN', (e) => errors.push(`zh-CN: ${e.message}`))),
  en: loose(translatorFor('en', (e) => errors.push(`en: ${e.message}`))),
};

/** A few answers that open every branch: all of a short list, else the first two and the last. */
function representatives(view: StepView): unknown[] {
  switch (view.kind) {
    case 'date':
      return [view.quickDates[0]?.date ?? view.dateRange.min ?? TODAY];
    case 'photos':
      return [[PHOTO]];
    case 'text':
      return ['三亚市的一家社区医院'];
    case 'phone':
    case 'choice': {
      const values = view.options.map((o) => o.value);
      return values.length <= 6 ? values : [values[0], values[1], values.at(-1)];
    }
  }
}

function walk(service: ServiceKey, flow: Flow, person: string, ctx: Ctx, answers: Answers, seen: Seen[]): void {
  const step = applicableSteps(flow, answers, ctx).find((s) => answers[s.key] === undefined);
  if (!step) return;
  const views = {
    'zh-CN': stepView(translators['zh-CN'], { flow, step, answers, ctx, locale: 'zh-CN' }),
    en: stepView(translators.en, { flow, step, answers, ctx, locale: 'en' }),
  };
  seen.push({ service, person, answers, views });
  for (const value of representatives(views['zh-CN'])) walk(service, flow, person, ctx, { ...answers, [step.key]: value }, seen);
}

const seen: Seen[] = serviceKeys.flatMap((service) => {
  const flow = flowFor(service);
  if (!flow) return [];
  return Object.entries(people).flatMap(([name, person]) =>
    (starts[service] ?? [{}]).flatMap((start) => {
      const out: Seen[] = [];
      walk(service, flow, name, { today: TODAY, person, facts: { ...facts[service] } }, start, out);
      return out;
    }),
  );
});

/** Every message a view names: the step's own, its options' labels, hints and groups, the one-tap days. */
function refs(view: StepView): MessageRef[] {
  const labels = [...view.options, ...view.filters].flatMap((o) => [o.source.label, o.source.hint, o.source.group]);
  return [
    view.question,
    view.label,
    ...(view.hint ? [view.hint] : []),
    ...(view.other ? [view.other] : []),
    ...view.quickDates.map((q) => ({ key: `flow.${q.word}` })),
    ...labels.filter((l): l is MessageRef => l !== undefined && 'key' in l),
  ];
}

/** Everything the view shows or says. */
function texts(view: StepView): string[] {
  return [
    view.question.text,
    view.label.text,
    view.hint?.text,
    view.other?.text,
    ...[...view.options, ...view.filters].flatMap((o) => [o.label, o.hint, o.group, o.meta]),
    ...view.quickDates.flatMap((q) => [q.label, q.monthDay]),
    ...view.voice.answers.map((a) => a.label),
    ...view.voice.candidates.flatMap((c) => c.labels),
  ].filter((s): s is string => s !== undefined);
}

const messageAt = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
const where = (s: Seen) => `${s.service}.${s.views['zh-CN'].key} (${s.person}, ${JSON.stringify(s.answers)})`;

describe('every step of every flow, down every branch', () => {
  it('reaches every step, both kinds of filing, both directions of transfer, employees and residents', () => {
    const reached = new Set(seen.map((s) => `${s.service}.${s.views['zh-CN'].key}`));
    const all = serviceKeys.flatMap((service) => (flowFor(service)?.steps ?? []).map((step) => `${service}.${step.key}`));
    expect(all.filter((k) => !reached.has(k))).toEqual([]);
    const reasons = seen.filter((s) => s.service === 'remote-care' && s.views['zh-CN'].key === 'reason');
    expect(new Set(reasons.map((s) => s.answers.category))).toEqual(new Set(['long-term', 'temporary']));
    const cities = seen.filter((s) => s.service === 'transfer' && s.views['zh-CN'].key === 'toCityCode');
    expect(cities.some((s) => s.answers.toProvinceCode === '370000') && cities.some((s) => s.answers.toProvinceCode !== '370000')).toBe(true);
    expect(new Set(seen.filter((s) => s.service === 'transfer').map((s) => people[s.person]?.insuranceType))).toEqual(new Set(['employee', 'resident']));
  });

  it('names only messages that exist in zh-CN and en', () => {
    const missing = seen.flatMap((s) =>
      (['zh-CN', 'en'] as const).flatMap((locale) =>
        refs(s.views[locale]).flatMap((ref) =>
          (['zh-CN', 'en'] as const)
            .filter((in_) => typeof messageAt(in_ === 'en' ? en : zhCN, ref.key) !== 'string')
            .map((in_) => `${ref.key} missing in ${in_}, at ${where(s)}`),
        ),
      ),
    );
    expect([...new Set(missing)]).toEqual([]);
    expect([...new Set(errors)]).toEqual([]);
  });

  it('leaves no {param} unfilled and no message key as text, in either language', () => {
    const bad = seen.flatMap((s) =>
      (['zh-CN', 'en'] as const).flatMap((locale) =>
        texts(s.views[locale])
          .filter((text) => /[{}]/.test(text) || /^[a-zA-Z-]+(\.[\w-]+)+$/.test(text))
          .map((text) => `${locale} “${text}” at ${where(s)}`),
      ),
    );
    expect([...new Set(bad)]).toEqual([]);
  });

  it('shows a hint in both languages or in neither, and offers the same answers in both', () => {
    const differ = seen.filter((s) => {
      const [zh, english] = [s.views['zh-CN'], s.views.en];
      return (zh.hint === null) !== (english.hint === null) || zh.options.map((o) => o.value).join() !== english.options.map((o) => o.value).join();
    });
    expect(differ.map(where)).toEqual([]);
  });

  it('hears the same one-tap days it shows', () => {
    for (const s of seen.filter((x) => x.views['zh-CN'].kind === 'date')) {
      const view = s.views['zh-CN'];
      expect(view.voice.candidates).toEqual(view.quickDates.map((q) => ({ value: q.date, labels: [q.label] })));
      expect(view.quickDates.every((q) => (!view.dateRange.min || q.date >= view.dateRange.min) && (!view.dateRange.max || q.date <= view.dateRange.max))).toBe(
        true,
      );
    }
  });
});
