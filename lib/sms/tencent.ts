import { createHash, createHmac } from 'node:crypto';
import type { OutgoingSms, SendResult, SmsProvider } from './provider';
import { tokenOfSmsLink } from './links';
import { linkedTencentTemplate, TENCENT_LINKED_IDS, TENCENT_SENDERS, TENCENT_TEMPLATES, type TencentTemplate } from './tencent-templates';

/**
 * Tencent Cloud SMS, API 3.0 SendSms (version 2021-01-11), signed with TC3-HMAC-SHA256 as Tencent's
 * "签名方法 v3" page describes it. Node's crypto and fetch only: the SDK would bring a whole client
 * framework for one signed POST.
 */
export type TencentSmsConfig = {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  /** ap-guangzhou, ap-beijing or ap-nanjing (the regions SMS is served in). */
  region: string;
  /** https://sms.tencentcloudapi.com, or a local fake's address in tests. */
  endpoint: string;
  timeoutMs: number;
};

const ACTION = 'SendSms';
const VERSION = '2021-01-11';
const SERVICE = 'sms';
const CONTENT_TYPE = 'application/json; charset=utf-8';
export const TENCENT_SMS_ENDPOINT = 'https://sms.tencentcloudapi.com';

/**
 * Answers worth trying again later: the carrier's rate limits, its internal errors, a clock out of step
 * (AuthFailure.SignatureExpire), an account that runs out of money until someone tops it up. Everything
 * else Tencent names (bad credentials, a wrong number or one that opted out, a template or sign it does
 * not know or has not approved, parameters it refuses) gets the same answer every time: final.
 * A code we do not know is retried, within MAX_SMS_ATTEMPTS.
 */
export function isRetryableTencentCode(code: string): boolean {
  if (code === 'LimitExceeded.PhoneNumberCountLimit' || code === 'LimitExceeded.AppCountryOrRegionInBlacklist') return false;
  if (/^(LimitExceeded|RequestLimitExceeded|InternalError|ResourceUnavailable|ServiceUnavailable)(\.|$)/.test(code)) return true;
  if (['AuthFailure.SignatureExpire', 'FailedOperation.InsufficientBalanceInSmsPackage', 'UnauthorizedOperation.ServiceSuspendDueToArrears'].includes(code))
    return true;
  return !/^(AuthFailure|InvalidParameter|InvalidParameterValue|MissingParameter|UnknownParameter|InvalidAction|FailedOperation|UnauthorizedOperation|UnsupportedOperation|UnsupportedRegion)(\.|$)/.test(
    code,
  );
}

const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** The TC3-HMAC-SHA256 Authorization header for one JSON POST to `/`. */
export function tc3Authorization(input: { secretId: string; secretKey: string; host: string; action: string; payload: string; timestamp: number }): string {
  const date = new Date(input.timestamp * 1000).toISOString().slice(0, 10);
  const signedHeaders = 'content-type;host;x-tc-action';
  const canonicalHeaders = `content-type:${CONTENT_TYPE}\nhost:${input.host}\nx-tc-action:${input.action.toLowerCase()}\n`;
  const canonicalRequest = ['POST', '/', '', canonicalHeaders, signedHeaders, sha256Hex(input.payload)].join('\n');
  const scope = `${date}/${SERVICE}/tc3_request`;
  const stringToSign = ['TC3-HMAC-SHA256', String(input.timestamp), scope, sha256Hex(canonicalRequest)].join('\n');
  const signing = hmac(hmac(hmac(`TC3${input.secretKey}`, date), SERVICE), 'tc3_request');
  const signature = createHmac('sha256', signing).update(stringToSign, 'utf8').digest('hex');
  return `TC3-HMAC-SHA256 Credential=${input.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/** Our parameters in the template's order, written as the stored message writes them (lib/sms/templates.ts renderSms). */
export function templateParams(template: TencentTemplate, params: Record<string, string | number>): string[] | { missing: string } {
  const values: string[] = [];
  for (const name of template.params) {
    const value = params[name];
    if (value === undefined) return { missing: name };
    values.push(String(value));
  }
  return values;
}

/** E.164, as Tencent wants it: mainland mobile numbers get +86. */
const e164 = (phone: string) => (/^1\d{10}$/.test(phone) ? `+86${phone}` : phone);

type SendSmsResponse = {
  Response?: {
    Error?: { Code?: string; Message?: string };
    SendStatusSet?: { PhoneNumber?: string; Code?: string; Message?: string; SessionContext?: string }[];
    RequestId?: string;
  };
};

const retry = (error: string): SendResult => ({ ok: false, error });
const stop = (error: string): SendResult => ({ ok: false, error, final: true });
const answer = (code: string, message: string | undefined): SendResult =>
  (isRetryableTencentCode(code) ? retry : stop)(`tencent ${code}${message ? `: ${message}` : ''}`);

export function createTencentSmsProvider(
  config: TencentSmsConfig,
  options: { templates?: Partial<Record<string, TencentTemplate>>; linkedIds?: Partial<Record<string, string>>; clock?: () => number } = {},
): SmsProvider {
  const templates: Partial<Record<string, TencentTemplate>> = options.templates ?? TENCENT_TEMPLATES;
  const linkedIds: Partial<Record<string, string>> = options.linkedIds ?? TENCENT_LINKED_IDS;
  const clock = options.clock ?? Date.now;
  const url = new URL(config.endpoint);
  return {
    name: 'tencent',
    async send(message: OutgoingSms): Promise<SendResult> {
      const template = templates[message.template];
      if (!template) return stop(`no Tencent template for "${message.template}" (lib/sms/tencent-templates.ts)`);
      const sender = TENCENT_SENDERS[message.sender];
      if (!sender) return stop(`sender ${message.sender} is not one this Tencent app sends as`);
      // A message about a 办件 carries its link: the linked registration, with the token as the last parameter.
      const linkToken = typeof message.params.link === 'string' ? tokenOfSmsLink(message.params.link) : null;
      const linkedId = linkToken ? linkedIds[message.template] : undefined;
      const registered = linkedId ? linkedTencentTemplate(template, linkedId) : template;
      const values = templateParams(registered, linkToken ? { ...message.params, linkToken } : message.params);
      if (!Array.isArray(values)) return stop(`template "${message.template}" needs "${values.missing}", which the message lacks`);
      const phone = e164(message.phone);
      const payload = JSON.stringify({
        PhoneNumberSet: [phone],
        SmsSdkAppId: config.sdkAppId,
        SignName: sender.signName,
        TemplateId: registered.id,
        TemplateParamSet: values,
        // Echoed in the answer and in delivery receipts: one message, one key, however often it is tried.
        SessionContext: String(message.id),
      });
      const timestamp = Math.floor(clock() / 1000);
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            Authorization: tc3Authorization({ ...config, host: url.host, action: ACTION, payload, timestamp }),
            'Content-Type': CONTENT_TYPE,
            'X-TC-Action': ACTION,
            'X-TC-Version': VERSION,
            'X-TC-Timestamp': String(timestamp),
            'X-TC-Region': config.region,
          },
          body: payload,
          signal: AbortSignal.timeout(config.timeoutMs),
        });
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        if (name === 'TimeoutError' || name === 'AbortError') return retry(`tencent: no answer within ${config.timeoutMs} ms`);
        return retry(`tencent: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`);
      }
      let body: SendSmsResponse;
      try {
        body = (await response.json()) as SendSmsResponse;
      } catch {
        return retry(`tencent: HTTP ${response.status} without a JSON answer`);
      }
      const error = body.Response?.Error;
      if (error?.Code) return answer(error.Code, error.Message);
      if (!response.ok) return retry(`tencent: HTTP ${response.status}`);
      const status = body.Response?.SendStatusSet?.find((s) => s.PhoneNumber === phone) ?? body.Response?.SendStatusSet?.[0];
      if (!status?.Code) return retry('tencent: the answer has no status for the phone');
      if (status.Code === 'Ok') return { ok: true };
      return answer(status.Code, status.Message);
    },
  };
}

const ENV = {
  secretId: 'TENCENT_SMS_SECRET_ID',
  secretKey: 'TENCENT_SMS_SECRET_KEY',
  sdkAppId: 'TENCENT_SMS_SDK_APP_ID',
} as const;

/** SMS_PROVIDER=tencent: the adapter configured from the environment (README, Configuration). */
export function tencentSmsFromEnv(env: Record<string, string | undefined> = process.env): SmsProvider {
  const missing = Object.values(ENV).filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    // Kept visible and retried, like any carrier not yet configured: the messages go out once it is.
    const error = `SMS provider "tencent" is missing ${missing.join(', ')}`;
    return { name: 'tencent', send: async () => ({ ok: false, error }) };
  }
  const timeoutMs = Number(env.TENCENT_SMS_TIMEOUT_MS);
  return createTencentSmsProvider({
    secretId: env[ENV.secretId]!.trim(),
    secretKey: env[ENV.secretKey]!.trim(),
    sdkAppId: env[ENV.sdkAppId]!.trim(),
    region: env.TENCENT_SMS_REGION?.trim() || 'ap-guangzhou',
    endpoint: env.TENCENT_SMS_ENDPOINT?.trim() || TENCENT_SMS_ENDPOINT,
    timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : 10_000,
  });
}
