import { loose } from '../../i18n/dynamic';
import type { Locale } from '../../i18n/routing';
import { translatorFor } from '../../i18n/translator';
import { APPROVAL_REASON_PREFIX } from './decision';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The figures of an approved claim as words go into a sentence: amount, why, which account (masked). */
export function reimbursementParams(result: Record<string, unknown>, locale: Locale): Record<string, string> {
  const t = loose(translatorFor(locale));
  const inputs = (result.inputs ?? {}) as Record<string, unknown>;
  const reason = text(inputs.amountReason);
  return {
    amount: text(inputs.amountYuan),
    reason: reason ? t(`${APPROVAL_REASON_PREFIX}.${reason}`) : '',
    bank: text(result.bank),
    account: text(result.account),
  };
}

/** 我的办件 and the confirmation: 核准报销 1234.50 元（…），转到社保卡绑定的中国工商银行账户 6217 **** **** 1234。 */
export function reimbursementOutcome(result: Record<string, unknown>, locale: Locale): string {
  if (!text((result.inputs as Record<string, unknown> | undefined)?.amountYuan)) return '';
  return translatorFor(locale)('outcomes.reimbursement', reimbursementParams(result, locale));
}

/** The 办结 SMS `flows.reimbursement.sms.approved` (always Chinese, the carrier's filed template): its parameters beyond service and number. */
export function reimbursementSmsParams(result: Record<string, unknown>): Record<string, string> {
  return reimbursementParams(result, 'zh-CN');
}
