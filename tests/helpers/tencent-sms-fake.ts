/**
 * A local stand-in for Tencent Cloud SMS (API 3.0, SendSms 2021-01-11), for tests and for trying
 * several app instances against one carrier that counts what it is asked to send.
 *
 * It checks each request the way Tencent does: the TC3-HMAC-SHA256 signature (recomputed here from the
 * request as received, with the shared test secret, independently of lib/sms/tencent.ts), the
 * timestamp (±5 minutes), action, version, region, app id, sign, template id and parameter count, and
 * each phone number. It answers in Tencent's shape and counts deliveries per SessionContext (our
 * message id, the idempotency key). It can be told to fail, hang or rate-limit.
 *
 * In a test:   const fake = await startTencentSmsFake();   … fake.url, fake.deliveredPer('42'), fake.setMode(…), await fake.close()
 * Standalone:  node --import tsx tests/helpers/tencent-sms-fake.ts --port 4599
 *   then start each app instance with
 *     SMS_PROVIDER=tencent TENCENT_SMS_ENDPOINT=http://127.0.0.1:4599 TENCENT_SMS_SECRET_ID=AKIDyibaotestfake0000000000000000
 *     TENCENT_SMS_SECRET_KEY=yibao-test-secret-key-not-a-real-one TENCENT_SMS_SDK_APP_ID=1400000000
 *   GET  /__count  → { total, delivered: { "<SessionContext>": n, … }, duplicates: ["<SessionContext>", …], requests }
 *   POST /__mode   {"kind":"ok"} | {"kind":"error","code":"InternalError.Timeout","times":2} | {"kind":"status","code":"LimitExceeded.PhoneNumberThirtySecondLimit"}
 *                  | {"kind":"rate-limit"} | {"kind":"timeout","ms":15000} | {"kind":"http","status":502}   (times: that many requests, then ok again)
 *   POST /__reset  forgets the counts and goes back to ok.
 * The secrets are test values known to everyone; nothing here is a real credential.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { linkedTencentTemplate, TENCENT_LINKED_IDS, TENCENT_SENDERS, TENCENT_TEMPLATES } from '../../lib/sms/tencent-templates';

import { TEST_TENCENT_APP_ID, TEST_TENCENT_SECRET_ID, TEST_TENCENT_SECRET_KEY } from './tencent-test-account';

export { TEST_TENCENT_APP_ID, TEST_TENCENT_SECRET_ID, TEST_TENCENT_SECRET_KEY };

export type FakeMode =
  | { kind: 'ok' }
  /** The whole request refused with Response.Error.Code. */
  | { kind: 'error'; code: string; message?: string; times?: number }
  /** Accepted, but the phone's SendStatusSet entry carries this Code. */
  | { kind: 'status'; code: string; times?: number }
  | { kind: 'rate-limit'; times?: number }
  /** No answer for `ms` (the connection stays open). */
  | { kind: 'timeout'; ms: number; times?: number }
  | { kind: 'http'; status: number; times?: number };

export type FakeRequest = {
  sessionContext: string | undefined;
  phones: string[];
  templateId: string;
  params: string[];
  signName: string;
  sdkAppId: string;
  region: string;
  outcome: string;
};

export type TencentSmsFake = {
  url: string;
  port: number;
  requests: FakeRequest[];
  /** Deliveries accepted (Code Ok) for one SessionContext. */
  deliveredPer(sessionContext: string): number;
  counts(): { total: number; delivered: Record<string, number>; duplicates: string[]; requests: number };
  setMode(mode: FakeMode): void;
  reset(): void;
  close(): Promise<void>;
};

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const placeholders = (content: string) => new Set(content.match(/\{\d+\}/g) ?? []).size;
const templatesById = new Map(
  Object.entries(TENCENT_TEMPLATES).flatMap(([name, t]) => {
    const linkedId = TENCENT_LINKED_IDS[name as keyof typeof TENCENT_LINKED_IDS];
    return [[t!.id, t!] as const, ...(linkedId ? [[linkedId, linkedTencentTemplate(t!, linkedId)] as const] : [])];
  }),
);
const signNames = new Set(Object.values(TENCENT_SENDERS).map((s) => s.signName));

/** Tencent's check, from the request as it arrived: null when the signature is right, else the error code. */
function verifySignature(req: IncomingMessage, body: Buffer, secrets: { secretId: string; secretKey: string }, nowMs: number): string | null {
  const auth = req.headers.authorization ?? '';
  const m = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
    auth,
  );
  if (!m) return 'AuthFailure.InvalidAuthorization';
  const [, secretId, date, service, signedHeaders, signature] = m as unknown as [string, string, string, string, string, string];
  if (secretId !== secrets.secretId) return 'AuthFailure.SecretIdNotFound';
  const timestamp = Number(req.headers['x-tc-timestamp']);
  if (!Number.isInteger(timestamp)) return 'MissingParameter';
  if (Math.abs(nowMs / 1000 - timestamp) > 300) return 'AuthFailure.SignatureExpire';
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date || service !== 'sms') return 'AuthFailure.SignatureFailure';
  const names = signedHeaders.split(';');
  if (!names.includes('content-type') || !names.includes('host')) return 'AuthFailure.SignatureFailure';
  const canonicalHeaders = names
    .map(
      (name) =>
        `${name}:${String(req.headers[name] ?? '')
          .trim()
          .toLowerCase()}\n`,
    )
    .join('');
  const [path = '/', query = ''] = (req.url ?? '/').split('?');
  const canonicalRequest = [req.method, path, query, canonicalHeaders, signedHeaders, sha256Hex(body)].join('\n');
  const stringToSign = ['TC3-HMAC-SHA256', String(timestamp), `${date}/${service}/tc3_request`, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(`TC3${secrets.secretKey}`, date), service), 'tc3_request');
  const expected = Buffer.from(createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex'));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? null : 'AuthFailure.SignatureFailure';
}

export async function startTencentSmsFake(
  options: { port?: number; secretId?: string; secretKey?: string; sdkAppId?: string; now?: () => number } = {},
): Promise<TencentSmsFake> {
  const secrets = { secretId: options.secretId ?? TEST_TENCENT_SECRET_ID, secretKey: options.secretKey ?? TEST_TENCENT_SECRET_KEY };
  const sdkAppId = options.sdkAppId ?? TEST_TENCENT_APP_ID;
  const now = options.now ?? Date.now;
  let mode: FakeMode = { kind: 'ok' };
  let modeUses = 0;
  const requests: FakeRequest[] = [];
  const delivered = new Map<string, number>();
  const pending = new Set<NodeJS.Timeout>();

  const json = (res: ServerResponse, status: number, value: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };
  let requestSeq = 0;
  const requestId = () => `fake-${++requestSeq}`;
  const refuse = (res: ServerResponse, code: string, message = code) =>
    json(res, 200, { Response: { Error: { Code: code, Message: message }, RequestId: requestId() } });

  /** The mode for this request, counting down `times`. */
  const currentMode = (): FakeMode => {
    const m = mode;
    if (m.kind !== 'ok' && 'times' in m && m.times !== undefined) {
      modeUses += 1;
      if (modeUses >= m.times) {
        mode = { kind: 'ok' };
        modeUses = 0;
      }
    }
    return m;
  };

  const handleSendSms = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const authError = verifySignature(req, body, secrets, now());
    if (authError) return refuse(res, authError);
    if (req.headers['x-tc-action'] !== 'SendSms') return refuse(res, 'InvalidAction');
    if (req.headers['x-tc-version'] !== '2021-01-11') return refuse(res, 'NoSuchVersion');
    const region = String(req.headers['x-tc-region'] ?? '');
    if (!['ap-guangzhou', 'ap-beijing', 'ap-nanjing'].includes(region)) return refuse(res, 'UnsupportedRegion');
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch {
      return refuse(res, 'FailedOperation.JsonParseFail');
    }
    const phones = Array.isArray(input.PhoneNumberSet) ? input.PhoneNumberSet.map(String) : [];
    const params = Array.isArray(input.TemplateParamSet) ? input.TemplateParamSet.map(String) : [];
    const record: FakeRequest = {
      sessionContext: typeof input.SessionContext === 'string' ? input.SessionContext : undefined,
      phones,
      templateId: String(input.TemplateId ?? ''),
      params,
      signName: String(input.SignName ?? ''),
      sdkAppId: String(input.SmsSdkAppId ?? ''),
      region,
      outcome: 'Ok',
    };
    requests.push(record);
    const answer = (outcome: string, send: () => void) => {
      record.outcome = outcome;
      send();
    };
    if (phones.length === 0) return answer('MissingParameter.EmptyPhoneNumberSet', () => refuse(res, 'MissingParameter.EmptyPhoneNumberSet'));
    if (record.sdkAppId !== sdkAppId)
      return answer('UnauthorizedOperation.SmsSdkAppIdVerifyFail', () => refuse(res, 'UnauthorizedOperation.SmsSdkAppIdVerifyFail'));
    if (!signNames.has(record.signName))
      return answer('FailedOperation.SignatureIncorrectOrUnapproved', () => refuse(res, 'FailedOperation.SignatureIncorrectOrUnapproved'));
    const template = templatesById.get(record.templateId);
    if (!template) return answer('FailedOperation.TemplateIncorrectOrUnapproved', () => refuse(res, 'FailedOperation.TemplateIncorrectOrUnapproved'));
    if (params.length !== placeholders(template.content))
      return answer('FailedOperation.TemplateParamSetNotMatchApprovedTemplate', () => refuse(res, 'FailedOperation.TemplateParamSetNotMatchApprovedTemplate'));

    const m = currentMode();
    if (m.kind === 'error') return answer(m.code, () => refuse(res, m.code, m.message));
    if (m.kind === 'http') return answer(`HTTP ${m.status}`, () => json(res, m.status, { message: 'bad gateway' }));
    if (m.kind === 'timeout') {
      record.outcome = 'timeout';
      const timer = setTimeout(() => {
        pending.delete(timer);
        refuse(res, 'InternalError.Timeout');
      }, m.ms);
      pending.add(timer);
      return;
    }
    const statusCode = m.kind === 'status' ? m.code : m.kind === 'rate-limit' ? 'LimitExceeded.PhoneNumberThirtySecondLimit' : null;
    const set = phones.map((phone) => {
      const code = !/^\+861\d{10}$/.test(phone) ? 'InvalidParameterValue.IncorrectPhoneNumber' : (statusCode ?? 'Ok');
      if (code === 'Ok' && record.sessionContext !== undefined) delivered.set(record.sessionContext, (delivered.get(record.sessionContext) ?? 0) + 1);
      return {
        SerialNo: code === 'Ok' ? `fake:${requestSeq + 1}:${phone}` : '',
        PhoneNumber: phone,
        Fee: code === 'Ok' ? 1 : 0,
        SessionContext: record.sessionContext ?? '',
        Code: code,
        Message: code === 'Ok' ? 'send success' : code,
        IsoCode: 'CN',
      };
    });
    record.outcome = set.map((s) => s.Code).join(',');
    json(res, 200, { Response: { SendStatusSet: set, RequestId: requestId() } });
  };

  const counts = () => ({
    total: [...delivered.values()].reduce((a, b) => a + b, 0),
    delivered: Object.fromEntries(delivered),
    duplicates: [...delivered].filter(([, n]) => n > 1).map(([k]) => k),
    requests: requests.length,
  });
  const reset = () => {
    requests.length = 0;
    delivered.clear();
    mode = { kind: 'ok' };
    modeUses = 0;
  };
  const setMode = (next: FakeMode) => {
    mode = next;
    modeUses = 0;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.method === 'GET' && req.url === '/__count') return json(res, 200, counts());
      if (req.method === 'POST' && req.url === '/__reset') return (reset(), json(res, 200, { ok: true }));
      if (req.method === 'POST' && req.url === '/__mode') {
        try {
          setMode(JSON.parse(body.toString('utf8')) as FakeMode);
          return json(res, 200, { ok: true, mode });
        } catch {
          return json(res, 400, { error: 'mode must be JSON' });
        }
      }
      if (req.method === 'POST' && (req.url === '/' || req.url?.startsWith('/?'))) return handleSendSms(req, res, body);
      json(res, 404, { error: 'not here' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    deliveredPer: (sessionContext) => delivered.get(sessionContext) ?? 0,
    counts,
    setMode,
    reset,
    close: async () => {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const fake = await startTencentSmsFake({ port: Number(arg('port') ?? 0), secretId: arg('secret-id'), secretKey: arg('secret-key'), sdkAppId: arg('app-id') });
  console.log(`Tencent SMS fake listening on ${fake.url} (GET ${fake.url}/__count)`);
  console.log(
    `SMS_PROVIDER=tencent TENCENT_SMS_ENDPOINT=${fake.url} TENCENT_SMS_SECRET_ID=${arg('secret-id') ?? TEST_TENCENT_SECRET_ID} ` +
      `TENCENT_SMS_SECRET_KEY=${arg('secret-key') ?? TEST_TENCENT_SECRET_KEY} TENCENT_SMS_SDK_APP_ID=${arg('app-id') ?? TEST_TENCENT_APP_ID}`,
  );
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
