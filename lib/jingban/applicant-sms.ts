import type { DbOrTx, PersonRow } from '../db/types';
import { contactPhoneOf } from '../services/common-steps';
import { enqueueSms, type SmsRequest } from '../sms/outbox';

type ApplicationRef = { id: string; answers: Record<string, unknown> };

/**
 * Where an application's progress and result SMS go: the 联系电话 the person chose in the flow,
 * plus a copy to the registered phone when they differ (so the account holder always knows).
 * Without a valid chosen number, the registered phone alone.
 */
export function applicantPhones(app: Pick<ApplicationRef, 'answers'>, person: Pick<PersonRow, 'phone'>): { contact: string; copyTo: string | null } {
  const chosen = contactPhoneOf(app.answers.contactPhone, person.phone);
  if (!chosen || chosen === person.phone) return { contact: person.phone, copyTo: null };
  return { contact: chosen, copyTo: person.phone };
}

/**
 * Every SMS about one application goes through here, so the chosen number is never forgotten. Each
 * recipient's message carries its own link to the 办件 (`at`: the app's time of the event).
 */
export async function smsToApplicant(
  db: DbOrTx,
  app: ApplicationRef,
  person: Pick<PersonRow, 'phone'>,
  sms: Pick<SmsRequest, 'template' | 'params'>,
  at: Date,
): Promise<void> {
  for (const request of applicantSms(app, person, sms, at)) await enqueueSms(db, request);
}

/** The messages smsToApplicant sends: to the chosen number, and the copy to the registered phone, each with its own link. */
export function applicantSms(app: ApplicationRef, person: Pick<PersonRow, 'phone'>, sms: Pick<SmsRequest, 'template' | 'params'>, at: Date): SmsRequest[] {
  const { contact, copyTo } = applicantPhones(app, person);
  return [contact, ...(copyTo ? [copyTo] : [])].map((phone) => ({ phone, applicationId: app.id, at, ...sms }));
}
