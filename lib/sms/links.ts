import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/types';
import { smsMessages } from '../db/schema';

/**
 * The short link an SMS about a 办件 carries: `<PUBLIC_ORIGIN>/m/<token>` (issue 18).
 *
 * The token is random and says nothing about anyone; it belongs to one stored message, so it is tied to
 * that message's 办件 and recipient and opens nothing else. It is not a key by itself: whoever opens it
 * must be signed in as the insured person or as a relative the person authorised (then it opens as 代办),
 * so a forwarded or guessed link shows a stranger only a page saying it is not theirs.
 *
 * Nine characters from an alphabet without look-alikes (0/O, 1/l/I) give about 52 bits, plenty for a
 * token that grants nothing alone and lives a month; with /m/ and a short host such as `ybzb.sd.cn`
 * the link is 22 characters, under a third of a 70-character segment.
 */
const ALPHABET = '23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
export const SMS_LINK_TOKEN_LENGTH = 9;
const TOKEN_PATTERN = new RegExp(`^[${ALPHABET}]{${SMS_LINK_TOKEN_LENGTH}}$`);
export const SMS_LINK_PATH = '/m/';

export function newSmsLinkToken(): string {
  let token = '';
  for (let i = 0; i < SMS_LINK_TOKEN_LENGTH; i++) token += ALPHABET[randomInt(ALPHABET.length)];
  return token;
}

export function isSmsLinkToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** How long a link opens its 办件: SMS_LINK_DAYS (default 30; no policy source sets it). */
export function smsLinkDays(): number {
  const configured = Number(process.env.SMS_LINK_DAYS);
  return Number.isInteger(configured) && configured > 0 ? configured : 30;
}

export function smsLinkExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + smsLinkDays() * 24 * 3_600_000);
}

/**
 * The origin written into messages: PUBLIC_ORIGIN (the address people reach the app at), written
 * without `https://` — phones turn a bare address into a link, and every character counts in an SMS.
 */
export function smsLinkBase(): string {
  const origin = (process.env.PUBLIC_ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '');
  return origin.replace(/^https:\/\//, '');
}

export function smsLinkUrl(token: string): string {
  return `${smsLinkBase()}${SMS_LINK_PATH}${token}`;
}

/** The token at the end of a link we wrote (the Tencent templates carry only the token as a parameter). */
export function tokenOfSmsLink(link: string): string | null {
  const at = link.lastIndexOf(SMS_LINK_PATH);
  const token = at >= 0 ? link.slice(at + SMS_LINK_PATH.length) : '';
  return isSmsLinkToken(token) ? token : null;
}

export type SmsLinkLookup =
  { kind: 'unknown' } | { kind: 'expired'; applicationId: string } | { kind: 'open'; applicationId: string; recipientPhone: string; messageId: number };

/** What a token opens at `now` (the app's clock, like the 办件 it is about). */
export async function findSmsLink(db: DbOrTx, token: string, now: Date): Promise<SmsLinkLookup> {
  if (!isSmsLinkToken(token)) return { kind: 'unknown' };
  const [row] = await db
    .select({ id: smsMessages.id, phone: smsMessages.phone, applicationId: smsMessages.applicationId, expiresAt: smsMessages.linkExpiresAt })
    .from(smsMessages)
    .where(eq(smsMessages.linkToken, token));
  if (!row?.applicationId || !row.expiresAt) return { kind: 'unknown' };
  if (row.expiresAt.getTime() <= now.getTime()) return { kind: 'expired', applicationId: row.applicationId };
  return { kind: 'open', applicationId: row.applicationId, recipientPhone: row.phone, messageId: row.id };
}
