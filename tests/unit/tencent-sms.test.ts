import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import zh from '@/lib/i18n/messages/zh-CN.json';
import type { OutgoingSms } from '@/lib/sms/provider';
import { createTencentSmsProvider, isRetryableTencentCode, templateParams, tencentSmsFromEnv, type TencentSmsConfig } from '@/lib/sms/tencent';
import { linkedTencentTemplate, TENCENT_LINKED_IDS, TENCENT_SIGN_NAME, TENCENT_TEMPLATES } from '@/lib/sms/tencent-templates';
import { smsLinkUrl } from '@/lib/sms/links';
import { renderSms, SMS_SENDER_IN_PROVINCE, smsTemplates, type SmsTemplate } from '@/lib/sms/templates';
import {
  startTencentSmsFake,
  TEST_TENCENT_APP_ID,
  TEST_TENCENT_SECRET_ID,
  TEST_TENCENT_SECRET_KEY,
  type TencentSmsFake,
} from '@/tests/helpers/tencent-sms-fake';

const serviceTemplates = Object.entries(zh.flows).flatMap(([service, flow]) =>
  Object.keys((flow as { sms?: Record<string, string> }).sms ?? {}).map((key) => `flows.${service}.sms.${key}` as SmsTemplate),
);
const allTemplates: SmsTemplate[] = [...smsTemplates, ...serviceTemplates];

describe('our templates as registered with Tencent', () => {
  it('every template we send has an entry, with its own id', () => {
    for (const template of allTemplates) expect(TENCENT_TEMPLATES[template], template).toBeDefined();
    const ids = Object.values(TENCENT_TEMPLATES).map((t) => t!.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(serviceTemplates.length).toBeGreaterThan(0);
  });

  it('the sign plus the filled template is, word for word, the message we store and show', () => {
    for (const template of allTemplates) {
      const entry = TENCENT_TEMPLATES[template]!;
      const params = Object.fromEntries(entry.params.map((name) => [name, `«${name}»`]));
      const values = templateParams(entry, params) as string[];
      const filled = entry.content.replace(/\{(\d+)\}/g, (_, n: string) => values[Number(n) - 1] ?? '?');
      expect(`【${TENCENT_SIGN_NAME}】${filled}`, template).toBe(renderSms(template, params));
    }
  });

  it('every template about a 办件 has a linked registration ending in the link, word for word the stored message', () => {
    const plainIds = new Set(Object.values(TENCENT_TEMPLATES).map((t) => t!.id));
    const linkedIds = Object.values(TENCENT_LINKED_IDS);
    expect(new Set(linkedIds).size).toBe(linkedIds.length);
    for (const id of linkedIds) expect(plainIds.has(id!), id).toBe(false);
    for (const template of ['accepted', 'completed', 'rejected', 'cancelled', 'proxyByRelative', 'filingExpiring', 'flows.reimbursement.sms.approved'] as const)
      expect(TENCENT_LINKED_IDS[template], template).toBeDefined();
    // Sign-in codes and 亲情账户 notices are about no 办件, so they carry no link.
    for (const template of ['signInCode', 'familyInvite', 'staffConsent'] as const) expect(TENCENT_LINKED_IDS[template], template).toBeUndefined();
    for (const [template, linkedId] of Object.entries(TENCENT_LINKED_IDS) as [SmsTemplate, string][]) {
      const entry = linkedTencentTemplate(TENCENT_TEMPLATES[template]!, linkedId);
      const link = smsLinkUrl('k7Ab3xQ9z');
      const params = { ...Object.fromEntries(entry.params.map((name) => [name, `«${name}»`])), link, linkToken: 'k7Ab3xQ9z' };
      const values = templateParams(entry, params) as string[];
      expect(values.at(-1)).toBe('k7Ab3xQ9z');
      const filled = entry.content.replace(/\{(\d+)\}/g, (_, n: string) => values[Number(n) - 1] ?? '?');
      const { linkToken: _token, ...stored } = params;
      expect(`【${TENCENT_SIGN_NAME}】${filled}`, template).toBe(renderSms(template, stored));
    }
  });

  it('numbers are written as the stored message writes them', () => {
    const entry = TENCENT_TEMPLATES.homeCareLocalRates!;
    const params = { date: '11月3日', amount: 12345 };
    const values = templateParams(entry, params) as string[];
    expect(renderSms('homeCareLocalRates', params)).toContain(values[1]);
    expect(values).toEqual(['11月3日', '12345']);
  });
});

describe('Tencent error codes', () => {
  it.each([
    ['LimitExceeded.PhoneNumberThirtySecondLimit', true],
    ['LimitExceeded.PhoneNumberDailyLimit', true],
    ['LimitExceeded.DeliveryFrequencyLimit', true],
    ['RequestLimitExceeded', true],
    ['InternalError.Timeout', true],
    ['InternalError.OtherError', true],
    ['InternalError', true],
    ['AuthFailure.SignatureExpire', true],
    ['FailedOperation.InsufficientBalanceInSmsPackage', true],
    ['SomethingNew.NobodyKnows', true],
    ['AuthFailure.SignatureFailure', false],
    ['AuthFailure.SecretIdNotFound', false],
    ['InvalidParameterValue.IncorrectPhoneNumber', false],
    ['FailedOperation.PhoneNumberInBlacklist', false],
    ['FailedOperation.TemplateIncorrectOrUnapproved', false],
    ['FailedOperation.SignatureIncorrectOrUnapproved', false],
    ['FailedOperation.TemplateParamSetNotMatchApprovedTemplate', false],
    ['UnauthorizedOperation.SmsSdkAppIdVerifyFail', false],
    ['LimitExceeded.PhoneNumberCountLimit', false],
  ])('%s → retryable %s', (code, retryable) => {
    expect(isRetryableTencentCode(code)).toBe(retryable);
  });
});

describe('the SendSms adapter against the local fake', () => {
  let fake: TencentSmsFake;
  let config: TencentSmsConfig;
  beforeAll(async () => {
    fake = await startTencentSmsFake();
    config = {
      secretId: TEST_TENCENT_SECRET_ID,
      secretKey: TEST_TENCENT_SECRET_KEY,
      sdkAppId: TEST_TENCENT_APP_ID,
      region: 'ap-guangzhou',
      endpoint: fake.url,
      timeoutMs: 2_000,
    };
  });
  afterEach(() => fake.reset());
  afterAll(async () => fake.close());

  const message = (id: number, over: Partial<OutgoingSms> = {}): OutgoingSms => {
    const params = { service: '异地就医备案', number: 'YD20261110000001' };
    return { id, phone: '13800000001', sender: SMS_SENDER_IN_PROVINCE, template: 'cancelled', params, body: renderSms('cancelled', params), ...over };
  };

  it('a correctly signed request is accepted: the message id travels as SessionContext, the parameters in template order', async () => {
    const provider = createTencentSmsProvider(config);
    const params = { code: '482913', minutes: 30 };
    expect(await provider.send(message(4101, { template: 'signInCode', params, body: renderSms('signInCode', params) }))).toEqual({ ok: true });
    expect(fake.deliveredPer('4101')).toBe(1);
    expect(fake.requests).toEqual([
      {
        sessionContext: '4101',
        phones: ['+8613800000001'],
        templateId: TENCENT_TEMPLATES.signInCode!.id,
        params: ['482913', '30'],
        signName: '中国医疗保障',
        sdkAppId: TEST_TENCENT_APP_ID,
        region: 'ap-guangzhou',
        outcome: 'Ok',
      },
    ]);
  });

  it('a message with a link goes as the linked registration, the token as its last parameter', async () => {
    const provider = createTencentSmsProvider(config);
    const params = { service: '异地就医备案', number: 'YD20261110000001', link: smsLinkUrl('k7Ab3xQ9z') };
    expect(await provider.send(message(4110, { params, body: renderSms('cancelled', params) }))).toEqual({ ok: true });
    expect(fake.requests[0]).toMatchObject({
      templateId: TENCENT_LINKED_IDS.cancelled,
      params: ['异地就医备案', 'YD20261110000001', 'k7Ab3xQ9z'],
      outcome: 'Ok',
    });
    // A template registered without a linked twin still reaches the person, without the link.
    const bare = createTencentSmsProvider(config, { linkedIds: {} });
    expect(await bare.send(message(4111, { params, body: renderSms('cancelled', params) }))).toEqual({ ok: true });
    expect(fake.requests[1]).toMatchObject({ templateId: TENCENT_TEMPLATES.cancelled!.id, params: ['异地就医备案', 'YD20261110000001'] });
  });

  it('a request signed with the wrong secret is refused, and that is final', async () => {
    const provider = createTencentSmsProvider({ ...config, secretKey: 'not-the-secret' });
    const result = await provider.send(message(4102));
    expect(result).toMatchObject({ ok: false, final: true });
    expect(!result.ok && result.error).toContain('AuthFailure.SignatureFailure');
    expect(fake.deliveredPer('4102')).toBe(0);
  });

  it('a clock ten minutes out is refused as expired, which is worth retrying', async () => {
    const provider = createTencentSmsProvider(config, { clock: () => Date.now() - 10 * 60_000 });
    const result = await provider.send(message(4103));
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.final).toBeFalsy();
    expect(!result.ok && result.error).toContain('AuthFailure.SignatureExpire');
  });

  it('rate limits and internal errors are retryable; the next try goes through, once', async () => {
    const provider = createTencentSmsProvider(config);
    fake.setMode({ kind: 'rate-limit', times: 1 });
    const limited = await provider.send(message(4104));
    expect(limited).toMatchObject({ ok: false });
    expect(!limited.ok && limited.final).toBeFalsy();
    expect(!limited.ok && limited.error).toContain('LimitExceeded.PhoneNumberThirtySecondLimit');
    fake.setMode({ kind: 'error', code: 'InternalError.Timeout', times: 1 });
    const internal = await provider.send(message(4104));
    expect(!internal.ok && !internal.final && internal.error).toContain('InternalError.Timeout');
    fake.setMode({ kind: 'http', status: 502, times: 1 });
    const gateway = await provider.send(message(4104));
    expect(gateway).toMatchObject({ ok: false });
    expect(!gateway.ok && gateway.final).toBeFalsy();
    expect(await provider.send(message(4104))).toEqual({ ok: true });
    expect(fake.deliveredPer('4104')).toBe(1);
    expect(fake.requests.map((r) => r.sessionContext)).toEqual(['4104', '4104', '4104', '4104']);
  });

  it('a wrong number, an unapproved template or a refused parameter set is final', async () => {
    const provider = createTencentSmsProvider(config);
    const badPhone = await provider.send(message(4105, { phone: '1380000' }));
    expect(badPhone).toMatchObject({ ok: false, final: true });
    expect(!badPhone.ok && badPhone.error).toContain('InvalidParameterValue.IncorrectPhoneNumber');
    fake.setMode({ kind: 'error', code: 'FailedOperation.TemplateIncorrectOrUnapproved' });
    expect(await provider.send(message(4106))).toMatchObject({ ok: false, final: true });
    fake.reset();
    const wrongCount = createTencentSmsProvider(config, { templates: { cancelled: { ...TENCENT_TEMPLATES.cancelled!, params: ['service'] } } });
    const refused = await wrongCount.send(message(4107));
    expect(refused).toMatchObject({ ok: false, final: true });
    expect(!refused.ok && refused.error).toContain('FailedOperation.TemplateParamSetNotMatchApprovedTemplate');
    expect(fake.counts().total).toBe(0);
  });

  it('a template Tencent does not have, or a parameter the message lacks, is final before any request', async () => {
    const provider = createTencentSmsProvider(config);
    expect(await provider.send(message(4108, { template: 'flows.nowhere.sms.nothing' }))).toMatchObject({ ok: false, final: true });
    expect(await provider.send(message(4109, { params: { service: '异地就医备案' } }))).toMatchObject({ ok: false, final: true });
    expect(fake.requests).toEqual([]);
  });

  it('no answer within the timeout is retryable', async () => {
    const provider = createTencentSmsProvider({ ...config, timeoutMs: 150 });
    fake.setMode({ kind: 'timeout', ms: 2_000, times: 1 });
    const started = Date.now();
    const result = await provider.send(message(4110));
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.final).toBeFalsy();
    expect(!result.ok && result.error).toContain('no answer within 150 ms');
    expect(fake.deliveredPer('4110')).toBe(0);
  });

  it('a carrier that cannot be reached is retryable', async () => {
    const closed = await startTencentSmsFake();
    await closed.close();
    const result = await createTencentSmsProvider({ ...config, endpoint: closed.url }).send(message(4111));
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.final).toBeFalsy();
  });

  it('SMS_PROVIDER=tencent without its keys keeps messages failing visibly and retried, naming what is missing', async () => {
    const result = await tencentSmsFromEnv({ TENCENT_SMS_SECRET_ID: 'x' }).send(message(4112));
    expect(result).toEqual({ ok: false, error: 'SMS provider "tencent" is missing TENCENT_SMS_SECRET_KEY, TENCENT_SMS_SDK_APP_ID' });
  });

  it('from the environment it signs with the configured keys and endpoint', async () => {
    const provider = tencentSmsFromEnv({
      TENCENT_SMS_SECRET_ID: TEST_TENCENT_SECRET_ID,
      TENCENT_SMS_SECRET_KEY: TEST_TENCENT_SECRET_KEY,
      TENCENT_SMS_SDK_APP_ID: TEST_TENCENT_APP_ID,
      TENCENT_SMS_ENDPOINT: fake.url,
      TENCENT_SMS_REGION: 'ap-nanjing',
    });
    expect(await provider.send(message(4113))).toEqual({ ok: true });
    expect(fake.requests[0]).toMatchObject({ sessionContext: '4113', region: 'ap-nanjing' });
  });
});
