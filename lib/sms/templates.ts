import { translatorFor } from '../i18n/translator';

/** Every SMS template, in one place; the words live in messages under `sms`. */
export const smsTemplates = [
  'signInCode',
  'accepted',
  'acceptedUndated',
  'reviewing',
  'reviewingUndated',
  'stage',
  'completed',
  'rejected',
  'cancelled',
  'hospitalApplied',
  'jingbanConfirmed',
  'transferAutoStarted',
  'filingCancelled',
  'proxyByRelative',
  'proxyByStaff',
  'familyInvite',
  'familyRequest',
  'familyLinked',
  'familyLinkedRelative',
  'familyRevoked',
  'familyWithdrawn',
  'familyPairLocked',
  'staffConsent',
  'familyLinkedByStaff',
  'staffInPersonCheck',
  'filingCancelledByRelative',
  'filingCancelledByStaff',
  'filingProofAdded',
  'filingExpiring',
  'homeCareTemporaryRates',
  'homeCareLocalRates',
] as const;
/** A service's own words for its SMS, under `flows.<service>.sms` (its module names it). */
export type ServiceSmsTemplate = `flows.${string}.sms.${string}`;
export type SmsTemplate = (typeof smsTemplates)[number] | ServiceSmsTemplate;
export type SmsParams = Record<string, string | number>;

/** Shandong's unified 医保 SMS numbers (10639239 in the province, 106575376196 outside). */
export const SMS_SENDER_IN_PROVINCE = '10639239';
export const SMS_SENDER_OUT_OF_PROVINCE = '106575376196';
/** The 中国医疗保障 mark phones display beside the sender. */
export const SMS_TAG = 'CHS';

export function renderSms(template: SmsTemplate, params: SmsParams): string {
  const t = translatorFor('zh-CN');
  const key = template.startsWith('flows.') ? template : `sms.${template}`;
  const text = `${t('sms.signature')}${t(key as 'sms.completed', params)}`;
  // A message about a 办件 ends with the link that opens it (lib/sms/links.ts).
  return params.link === undefined ? text : `${text}${t('sms.link', { link: params.link })}`;
}
