import type { SmsMessageRow } from '../db/types';

export type SendResult = { ok: true } | { ok: false; error: string };

export interface SmsProvider {
  readonly name: string;
  send(message: Pick<SmsMessageRow, 'phone' | 'sender' | 'body'>): Promise<SendResult>;
}

/** The outbox itself is the delivery: the stored row is what the 模拟短信 page shows. */
export const outboxProvider: SmsProvider = {
  name: 'outbox',
  async send() {
    return { ok: true };
  },
};

/** A carrier we have no contract for yet: keeps every message pending-with-error, visible and retried. */
function unconfiguredProvider(name: string): SmsProvider {
  return {
    name,
    async send() {
      return { ok: false, error: `SMS provider "${name}" is not configured on this server` };
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
  return name === 'outbox' ? outboxProvider : unconfiguredProvider(name);
}
