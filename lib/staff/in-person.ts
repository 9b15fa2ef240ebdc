import type { Db } from '../db/client';
import type { PersonRow } from '../db/types';
import { audit } from '../family/audit';
import { maskIdNumber, validateIdNumber } from '../identity/id-card';
import { formatDateTime } from '../i18n/translator';
import { DomainError } from '../errors/domain-error';
import { budgetPoints, refund, retryWords, smsToPhone, spend, spendAll } from '../security/rate-limit';
import { enqueueSms } from '../sms/outbox';
import { shanghaiDate } from '../time/dates';
import { CONSENT_RULES } from './consent';
import type { StaffRow } from './sign-in';

/**
 * At a service station the elder may have no phone to read a code from: the staff member types the
 * 身份证号 from the card in front of them, and only a number equal to the person's own grants consent
 * (30 minutes, like a code). Wrong numbers are counted per staff member and person (and per staff
 * member overall) before the comparison, so parallel guesses get no extra tries; a right one gives its
 * points back. The audit keeps the method, 工号, station and the number masked, never in full.
 *
 * The elder is told by SMS at once, with the station, 工号 and time, and how to end it. That notice
 * counts against the phone's SMS budget but is sent even when the budget is spent: anyone can spend
 * a phone's budget by asking for sign-in codes, and a notice that can be silenced that way would let
 * a misused station account act unseen. Whether it went over the budget is kept in the audit.
 */
export async function recordInPersonCheck(db: Db, member: StaffRow, person: PersonRow, typedIdNumber: string, now: Date): Promise<void> {
  // The check is recorded with a station: an account without one cannot make it.
  if (member.role !== 'station' || !member.station) throw new DomainError('staff-role', {}, 403);
  const station = member.station;
  const typed = validateIdNumber(typedIdNumber, { today: shanghaiDate(now) });
  // A number that cannot be anyone's is a typo, not a guess: said as such, and not counted.
  if (!typed.ok) throw new DomainError(`id-${typed.reason}`, {}, 400);
  const pairKey = `${member.id}:${person.id}`;
  const perPair = await spend(db, 'inPersonIdFailuresPerPair', pairKey);
  const perStaff = await spend(db, 'inPersonIdFailuresPerStaff', member.id);
  if (!perPair.ok || !perStaff.ok) {
    throw new DomainError('staff-id-locked', retryWords(Math.max(perPair.ok ? 0 : perPair.retryInSeconds, perStaff.ok ? 0 : perStaff.retryInSeconds)), 429);
  }
  if (typed.value !== person.idNumber.toUpperCase()) {
    await audit(db, {
      at: now,
      actor: { kind: 'staff', id: member.id },
      subjectPersonId: person.id,
      action: 'in-person-id-mismatch',
      outcome: 'denied',
      detail: { staffNo: member.staffNo, station, idNumber: maskIdNumber(typed.value) },
    });
    const triesLeft = budgetPoints('inPersonIdFailuresPerPair') - perPair.consumed;
    const staffSpent = perStaff.consumed >= budgetPoints('inPersonIdFailuresPerStaff');
    if (triesLeft <= 0 || staffSpent) {
      throw new DomainError(
        'staff-id-locked',
        retryWords(Math.max(triesLeft <= 0 ? perPair.resetInSeconds : 0, staffSpent ? perStaff.resetInSeconds : 0)),
        429,
      );
    }
    throw new DomainError('staff-id-mismatch', { triesLeft }, 400);
  }
  await refund(db, 'inPersonIdFailuresPerPair', pairKey);
  await refund(db, 'inPersonIdFailuresPerStaff', member.id);
  const withinBudget = (await spendAll(db, smsToPhone(person.phone))).ok;
  await db.transaction(async (tx) => {
    await audit(tx, {
      at: now,
      actor: { kind: 'staff', id: member.id },
      subjectPersonId: person.id,
      action: 'consent-verified',
      detail: { staffNo: member.staffNo, station, method: 'in-person', idNumber: maskIdNumber(person.idNumber), smsBudget: withinBudget ? 'within' : 'over' },
    });
    await enqueueSms(tx, {
      phone: person.phone,
      template: 'staffInPersonCheck',
      params: { station, staffNo: member.staffNo, time: formatDateTime(now, 'zh-CN'), minutes: CONSENT_RULES.grantMs / 60_000 },
    });
  });
}
