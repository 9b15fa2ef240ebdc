import type { ActedBy } from '../db/schema';
import type { ApplicationRow, PersonRow } from '../db/types';
import { relationWord } from '../family/relation-words';
import { formatMonthDay, translatorFor } from '../i18n/translator';
import { describeOutcome } from '../services/describe';
import type { Decision, ServiceKey } from '../services/review';
import type { SmsParams, SmsTemplate } from '../sms/templates';

// SMS always go out in Chinese: the carrier templates are filed in Chinese.
const t = () => translatorFor('zh-CN');

export function serviceName(service: string): string {
  return t()(`services.${service as ServiceKey}.name`);
}

export function stageLabel(stage: string | null): string {
  return stage ? t()(`stages.${stage as 'transfer-out'}`) : '';
}

export function applicationSmsParams(app: ApplicationRow): SmsParams {
  return {
    service: serviceName(app.service),
    number: app.number,
    date: app.expectedBy ? formatMonthDay(app.expectedBy, 'zh-CN') : '',
  };
}

export function decisionSms(app: ApplicationRow, decision: Decision): { template: SmsTemplate; params: SmsParams } {
  if (decision.outcome === 'rejected') {
    return {
      template: 'rejected',
      params: { ...applicationSmsParams(app), reason: t()(`rejectReasons.${decision.reason as 'other'}`) },
    };
  }
  return {
    template: 'completed',
    params: { ...applicationSmsParams(app), result: describeOutcome(app.service as ServiceKey, decision.result, 'zh-CN') },
  };
}

/** To the elder, when a relative filed for them. */
export function proxyFilingSms(app: ApplicationRow, elder: PersonRow, by: ActedBy) {
  return {
    phone: elder.phone,
    applicationId: app.id,
    template: 'proxySubmitted' as const,
    params: { ...applicationSmsParams(app), relative: by.name, relation: relationWord(by.relation, by.gender, 'zh-CN') },
  };
}
