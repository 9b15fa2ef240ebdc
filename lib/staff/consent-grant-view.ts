import { formatDateTime, formatTime, translatorFor } from '../i18n/translator';
import type { Locale } from '../i18n/routing';
import type { ConsentGrant } from './consent-grants';

export type ConsentGrantView = {
  id: number;
  staffNo: string;
  method: ConsentGrant['method'];
  state: ConsentGrant['state'];
  /** 历下区甸柳庄社区医保服务站（工号 ZD2001） */
  whoText: string;
  /** When and how: 11月30日 10:00 在服务站核对了您的身份证 */
  howText: string;
  stateText: string;
  /** While active: until when (到今天 10:30 为止). */
  untilText: string | null;
};

/** One staff consent as the resident reads it in 亲情账户. */
export function consentGrantView(grant: ConsentGrant, locale: Locale): ConsentGrantView {
  const t = translatorFor(locale);
  const time = formatDateTime(grant.at, locale);
  const untilTime = formatTime(grant.until, locale);
  return {
    id: grant.id,
    staffNo: grant.staffNo,
    method: grant.method,
    state: grant.state,
    whoText: t('family.staffConsents.who', { station: grant.station ?? 'none', staffNo: grant.staffNo }),
    howText: t(grant.method === 'in-person' ? 'family.staffConsents.inPerson' : 'family.staffConsents.code', { time }),
    stateText: t(`family.staffConsents.state.${grant.state}`),
    untilText: grant.state === 'active' ? t('family.staffConsents.until', { time: untilTime }) : null,
  };
}
