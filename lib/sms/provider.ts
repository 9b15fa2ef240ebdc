import type { SmsMessageRow } from '../db/types';
import { tencentSmsFromEnv } from './tencent';

/**
 * A carrier's answer. `final`: trying the same request again would get the same answer (a wrong
 * number, a template or sign it refuses, bad credentials), so the message stops at once instead of
 * using up its tries (lib/sms/outbox.ts willRetry).
 */
export type SendResult = { ok: true } | { ok: false; error: string; final?: boolean };

/** What a carrier is given: the words, and the template and parameters for carriers that send by template. */
export type OutgoingSms = Pick<SmsMessageRow, 'id' | 'phone' | 'sender' | 'template' | 'params' | 'body'>;

export interface SmsProvider {
  readonly name: string;
  /** `message.id` is the idempotency key: one message, one id, however many times it is tried. */
  send(message: OutgoingSms): Promise<SendResult>;
}

/** The outbox itself is the delivery: the stored row is what the 模拟短信 page shows. */
export const outboxProvider: SmsProvider = {
  name: 'outbox',
  async send() {
    return { ok: true };
  },
};

/** A carrier we have no contract for yet: keeps every message pending-with-error, visible and retried. */
export function unconfiguredProvider(name: string, why = `SMS provider "${name}" is not configured on this server`): SmsProvider {
  return {
    name,
    async send() {
      return { ok: false, error: why };
    },
  };
}

export function smsProviderName(): string {
  return process.env.SMS_PROVIDER?.trim() || 'outbox';
}

export function isOutboxMode(): boolean {
  return smsProviderName() === 'outbox';
}

export function currentSmsProvider(): SmsProvider {
  const name = smsProviderName();
  if (name === 'outbox') return outboxProvider;
  if (name === 'tencent') return tencentSmsFromEnv();
  return unconfiguredProvider(name);
}
