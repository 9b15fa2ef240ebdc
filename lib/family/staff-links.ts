import type { Db } from '../db/client';
import type { PersonRow, ProxyLinkRow } from '../db/types';
import { DomainError } from '../errors/domain-error';
import { enqueueSms } from '../sms/outbox';
import { audit } from './audit';
import { FAMILY_RULES } from './config';
import { dateWords, insertLink, type InviteInput } from './links';
import { relationWord } from './relation-words';

export type StaffLinkInput = InviteInput & { method: 'consent-code' | 'in-person' };
type Maker = { id: string; staffNo: string; station: string | null };

/** Whether a link of this length, on this kind of consent, needs a second staff member's 工号. */
export function needsSecondStaff(method: StaffLinkInput['method'], months: number): boolean {
  return method === 'in-person' && months > FAMILY_RULES.inPersonSoloMaxMonths;
}

/**
 * For an elder who cannot use a phone: staff create the link after the elder's consent code or an
 * in-person ID check, recorded with the station and 工号 (and the second 工号 that confirmed a long
 * one, already checked by the caller). It is active at once; the elder gets an SMS naming the 工号
 * and can revoke it in 亲情账户 like any other; the relative is told too.
 */
export async function createLinkByStaff(db: Db, member: Maker, elder: PersonRow, input: StaffLinkInput, now: Date, second?: Maker): Promise<ProxyLinkRow> {
  if (needsSecondStaff(input.method, input.months) && !second)
    throw new DomainError('staff-second-required', { months: FAMILY_RULES.inPersonSoloMaxMonths }, 400);
  if (second?.id === member.id) throw new DomainError('staff-second-same', {}, 400);
  if (second && second.station !== member.station) throw new DomainError('staff-second-station', {}, 400);
  const staffNos = second ? `${member.staffNo}、${second.staffNo}` : member.staffNo;
  return db.transaction(async (tx) => {
    const { link, known } = await insertLink(
      tx,
      elder,
      input,
      {
        status: 'active',
        initiatedBy: 'staff',
        activatedAt: now,
        madeByStaffNo: member.staffNo,
        madeAtStation: member.station,
        secondStaffNo: second?.staffNo ?? null,
      },
      now,
    );
    const until = dateWords(link.validUntil);
    const relation = relationWord(link.relation, known?.gender ?? null, 'zh-CN');
    await enqueueSms(tx, {
      phone: elder.phone,
      template: 'familyLinkedByStaff',
      params: { relative: link.relativeName || relation, relation, until, staffNo: staffNos },
    });
    await enqueueSms(tx, { phone: input.phone, template: 'familyLinkedRelative', params: { elder: elder.name, until } });
    await audit(tx, {
      at: now,
      actor: { kind: 'staff', id: member.staffNo },
      subjectPersonId: elder.id,
      linkId: link.id,
      action: 'link-by-staff',
      detail: { staffNo: member.staffNo, station: member.station, method: input.method, months: input.months, secondStaffNo: second?.staffNo ?? null },
    });
    return link;
  });
}
