import type { AuditEventRow, ProxyLinkRow } from '../db/types';
import type { ServiceKey } from '../services/review';
import { formatFullDate, formatDateTime, translatorFor } from '../i18n/translator';
import type { Locale } from '../i18n/routing';
import { shanghaiDate } from '../time/dates';
import { linkState, type LinkState } from './links';
import { relationFromSide } from './relation-words';

export type LinkView = {
  id: string;
  elderId: string;
  side: 'elder' | 'relative';
  state: LinkState;
  /** The other side: the relative (for the elder) or the elder (for the relative). */
  otherName: string;
  relation: string;
  relationWord: string;
  act: string[];
  scopeText: string;
  validUntil: string;
  untilText: string;
  initiatedBy: ProxyLinkRow['initiatedBy'];
  /** A link staff opened: who, in plain words (station and 工号, both 工号 when a second one confirmed it). */
  madeByText: string | null;
};

export function scopeText(act: readonly string[], locale: Locale): string {
  const t = translatorFor(locale);
  if (act.length === 0) return t('family.scopeViewOnly');
  const names = act.map((s) => t(`services.${s as ServiceKey}.name`));
  return t('family.scopeAct', { services: names.join(locale === 'zh-CN' ? '、' : ', ') });
}

export function linkView(
  link: ProxyLinkRow,
  side: 'elder' | 'relative',
  other: { name: string; gender: 'male' | 'female' | null },
  now: Date,
  locale: Locale,
): LinkView {
  const t = translatorFor(locale);
  // From the reader's side: the elder reads what the relative is to them (儿子, by the relative's gender
  // when insured), the relative what the elder is to them (母亲, by the elder's gender).
  const word = relationFromSide(link.relation, side, other.gender, locale);
  const until = shanghaiDate(link.validUntil);
  return {
    id: link.id,
    elderId: link.elderPersonId,
    side,
    state: linkState(link, now),
    otherName: other.name || word,
    relation: link.relation,
    relationWord: word,
    act: link.scope.act,
    scopeText: scopeText(link.scope.act, locale),
    validUntil: until,
    untilText: t('family.until', { date: formatFullDate(until, locale) }),
    initiatedBy: link.initiatedBy,
    madeByText: madeByText(link, locale),
  };
}

function madeByText(link: ProxyLinkRow, locale: Locale): string | null {
  if (link.initiatedBy !== 'staff' || !link.madeByStaffNo) return null;
  const staffNos = [link.madeByStaffNo, link.secondStaffNo].filter(Boolean).join(locale === 'zh-CN' ? '、' : ', ');
  return translatorFor(locale)('family.madeByStaff', { station: link.madeAtStation ?? 'none', staffNos });
}

const KNOWN_LOG_ACTIONS = new Set([
  'link-invited',
  'link-requested',
  'link-accepted',
  'link-confirmed',
  'link-code-confirmed',
  'link-declined',
  'link-revoked',
  'link-withdrawn',
  'link-pair-locked',
  'link-by-staff',
  'view-applications',
  'view-application',
  'view-service',
  'flow-answer',
  'submit',
  'upload',
  'confirm',
  'cancel-filing',
  'view-upload',
  'delete-upload',
]);

/** One line of the elder's log, in plain words. */
export function logLine(event: AuditEventRow, relativeName: string, locale: Locale): { at: string; text: string; denied: boolean } {
  const t = translatorFor(locale);
  const denied = event.outcome === 'denied';
  const key = denied ? 'denied' : KNOWN_LOG_ACTIONS.has(event.action) ? event.action : 'other';
  return { at: formatDateTime(event.at, locale), text: t(`family.log.${key as 'other'}`, { name: relativeName, action: event.action }), denied };
}
