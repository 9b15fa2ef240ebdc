import type { PersonRow } from '../db/types';
import { relationWord } from '../family/relation-words';
import { translatorFor } from '../i18n/translator';
import type { SmsRequest } from '../sms/outbox';
import { applicationSmsParams, type SmsApplication } from './notify';
import type { Actor } from './status';

/** What someone did for the elder, as the SMS says it (为您提交了…, 为您撤销了…). */
// A cancelled filing says who cancelled it in its own SMS (remote-filings.ts).
export type ProxyAct = 'submitted' | 'changedFiling' | 'cancelled';

/**
 * Nobody acts for an elder unseen (domain.md, "A proxy action must also tell the elder"): every act a
 * relative (亲情账户) or a staff member (acting for them by phone or at a station) does on their
 * behalf sends the elder an SMS naming who did it. The elder's own acts, and 经办 review decisions,
 * send nothing here. Always to the registered phone: it is the elder who must hear of it.
 */
export function proxyNotice(elder: Pick<PersonRow, 'phone'>, actor: Actor, act: ProxyAct, app?: SmsApplication): SmsRequest | null {
  const words = () => translatorFor('zh-CN')(`sms.proxyActs.${act}`, app ? applicationSmsParams(app) : {});
  const base = { phone: elder.phone, ...(app ? { applicationId: app.id } : {}) };
  if (actor.kind === 'family' && actor.actedBy) {
    const by = actor.actedBy;
    return { ...base, template: 'proxyByRelative', params: { relative: by.name, relation: relationWord(by.relation, by.gender, 'zh-CN'), act: words() } };
  }
  if (actor.kind === 'staff') return { ...base, template: 'proxyByStaff', params: { staffNo: actor.id, act: words() } };
  return null;
}
