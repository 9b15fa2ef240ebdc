import type { ApplicationRow } from '../db/types';
import { formatMonthDay, translatorFor } from '../i18n/translator';
import { describeOutcome } from '../services/describe';
import { findModule } from '../services/modules';
import type { Decision, ServiceKey } from '../services/review';
import type { SmsParams, SmsTemplate } from '../sms/templates';

/** What an application's SMS say: known before its row is written, so a filing's SMS go in with it. */
export type SmsApplication = Pick<ApplicationRow, 'id' | 'service' | 'number' | 'expectedBy' | 'expectedEstimated' | 'answers'>;

// SMS always go out in Chinese: the carrier templates are filed in Chinese.
const t = () => translatorFor('zh-CN');

export function serviceName(service: string): string {
  return t()(`services.${service as ServiceKey}.name`);
}

export function stageLabel(stage: string | null): string {
  return stage ? t()(`stages.${stage as 'transfer-out'}`) : '';
}

/** A date computed through a year whose holidays are not published yet carries its 预计 reason. */
function expectedDateWords(date: string, estimated: boolean): string {
  const day = formatMonthDay(date, 'zh-CN');
  return estimated ? t()('sms.estimatedDate', { date: day }) : day;
}

export function applicationSmsParams(app: SmsApplication): SmsParams {
  return {
    service: serviceName(app.service),
    number: app.number,
    date: app.expectedBy ? expectedDateWords(app.expectedBy, app.expectedEstimated) : '',
  };
}

/** 已受理 / 开始审核, with the expected date when there is one, else without any promise of a date. */
export function progressSms(template: 'accepted' | 'reviewing', app: SmsApplication): { template: SmsTemplate; params: SmsParams } {
  return { template: app.expectedBy ? template : `${template}Undated`, params: applicationSmsParams(app) };
}

export function decisionSms(app: SmsApplication, decision: Decision): { template: SmsTemplate; params: SmsParams } {
  if (decision.outcome === 'rejected') {
    return {
      template: 'rejected',
      params: { ...applicationSmsParams(app), reason: t()(`rejectReasons.${decision.reason as 'other'}`) },
    };
  }
  const params = { ...applicationSmsParams(app), result: describeOutcome(app.service, decision.result, 'zh-CN') };
  const own = findModule(app.service)?.approvalSms;
  if (own) return { template: `flows.${app.service}.sms.${own.template}`, params: { ...params, ...own.params(decision.result, app.answers) } };
  return { template: 'completed', params };
}
