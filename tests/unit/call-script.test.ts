import { describe, expect, it } from 'vitest';
import { loose, type LooseT } from '@/lib/i18n/dynamic';
import type { Locale } from '@/lib/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';
import { callScript, type ScriptStep } from '@/lib/services/call-script';
import type { FlowContext, FlowPerson } from '@/lib/services/flow';
import { flowFor } from '@/lib/services/flows';
import { serviceKeys, type ServiceKey } from '@/lib/services/modules';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { sampleFacts } from '../helpers/sample-facts';

/** The 电话办 call script as the staff page shows it, for every service, with nobody on the line and with a resident. */

const TODAY = '2026-11-30';
const errors: string[] = [];
const translators: Record<Locale, LooseT> = {
  'zh-CN': loose(translatorFor('zh-CN', (e) => errors.push(`zh-CN: ${e.message}`))),
  en: loose(translatorFor('en', (e) => errors.push(`en: ${e.message}`))),
};

const wang: FlowPerson = { insuranceType: 'employee', employmentStatus: 'retired', regionCode: '370700', districtCode: null, phone: '13800000002' };
// 王建国's facts as each service's own loader reads them, with one designated facility to change.
const callerFacts = await sampleFacts(DEMO_IDS.wangJianguo, TODAY, {
  designation: { designations: [{ facilityCode: 'H37070500001', validFrom: '2025-01-01', validUntil: null }], completedChangeDates: [] },
});
const caller = (service: ServiceKey): FlowContext<Record<string, unknown>> => ({
  today: TODAY,
  person: wang,
  facts: callerFacts[service] as Record<string, unknown>,
});

function script(service: ServiceKey, locale: Locale = 'zh-CN', withCaller = false): ScriptStep[] {
  const flow = flowFor(service);
  if (!flow) throw new Error(`no flow ${service}`);
  return callScript(translators[locale], locale, flow, withCaller ? caller(service) : null, TODAY);
}

const step = (steps: ScriptStep[], key: string) => {
  const found = steps.find((s) => s.key === key);
  if (!found) throw new Error(`no step ${key}`);
  return found;
};
const allText = (steps: ScriptStep[]) =>
  steps.flatMap((s) => [s.question, ...s.branches.flatMap((b) => [b.condition, b.hint, ...b.options])]).filter((x): x is string => x !== null);

describe('the call script', () => {
  const cases = serviceKeys.flatMap((service) =>
    (['zh-CN', 'en'] as const).flatMap((locale) => [false, true].map((withCaller) => [service, locale, withCaller] as const)),
  );

  it.each(cases)('%s in %s (resident on the line: %s) leaves no {param}, no message key and no formatting error', (service, locale, withCaller) => {
    errors.length = 0;
    const steps = script(service, locale, withCaller);
    expect(steps.map((s) => s.key)).toEqual(flowFor(service)?.steps.map((s) => s.key));
    const text = allText(steps);
    expect(text.filter((s) => /[{}]/.test(s) || /(^|\s)[a-z-]+(\.[\w-]+){2,}/.test(s))).toEqual([]);
    expect(errors).toEqual([]);
    expect(steps.every((s) => s.branches.length > 0)).toBe(true);
  });

  it('reads the 异地就医 reasons of both kinds, each under the kind it belongs to', () => {
    const reason = step(script('remote-care'), 'reason');
    expect(reason.branches).toEqual([
      { condition: '如果是“在外地长期住”：', hint: null, options: ['退休后到外地安置生活', '在外地长期居住', '常驻外地工作'], live: false },
      { condition: '如果是“临时去外地看病”：', hint: null, options: ['本地医院转诊到外地', '其他临时去外地看病'], live: false },
    ]);
  });

  it('reads the 个人承诺 warning only for long-term filings, and asks for the photos only after 上传证明材料', () => {
    const steps = script('remote-care');
    const [longTerm, temporary] = step(steps, 'commitment').branches;
    expect(longTerm?.condition).toBe('如果是“在外地长期住”：');
    expect(longTerm?.hint).toContain('备案后 〔月数〕 个月内回参保地看病');
    expect(temporary).toMatchObject({ condition: '如果是“临时去外地看病”：', hint: null });
    expect(step(steps, 'proofPhotos').branches.map((b) => b.condition)).toEqual(['如果是“上传证明材料”：']);
    expect(step(steps, 'startDate').branches[0]?.options).toEqual(['今天', '明天', '后天', '昨天', '前天', '其他日期']);
  });

  it('reads the transfer hint with a placeholder for the 参保地, once for 职工 and once for 居民', () => {
    const hint = step(script('transfer'), 'toProvinceCode').branches;
    expect(hint.map((b) => b.condition)).toEqual(['如果是“职工医保”：', '如果是“城乡居民医保”：']);
    expect(hint[0]?.hint).toBe('您现在的参保地是〔他的参保地〕，会从这里转出。在山东省内换城市的，不用申请，会自动转过去。');
    expect(hint[1]?.hint).toContain('转到山东省内其他城市，请选“山东省”');
    expect(step(script('transfer', 'en'), 'toProvinceCode').branches[0]?.hint).toContain('[their insurance city]');
  });

  it('fills the facts of the resident staff act for: 参保地, the yearly limit, the phone, their own facilities', () => {
    const transfer = step(script('transfer', 'zh-CN', true), 'toProvinceCode').branches;
    expect(transfer).toEqual([
      { condition: null, hint: '您现在的参保地是潍坊市，会从这里转出。在山东省内换城市的，不用申请，会自动转过去。', options: [], live: true },
    ]);
    const replace = step(script('designation', 'zh-CN', true), 'replaceFacilityCode').branches[0];
    expect(replace?.hint).toMatch(/每年只能变 \d+ 次/);
    expect(replace?.options[0]).toMatch(/^换掉 /);
    expect(replace?.live).toBe(false);
    expect(step(script('remote-care', 'zh-CN', true), 'contactPhone').branches[0]?.options).toEqual(['用我的手机号 138****0002', '用另一个号码']);
    expect(allText(script('remote-care', 'zh-CN', true)).filter((s) => s.includes('〔'))).toEqual([]);
  });

  it('with nobody on the line, sends the agent to the live page for answers that come from the person’s records', () => {
    const replace = step(script('designation'), 'replaceFacilityCode').branches;
    expect(replace).toEqual([{ condition: null, hint: expect.stringContaining('每年只能变 〔次数〕 次') as unknown as string, options: [], live: true }]);
  });
});
