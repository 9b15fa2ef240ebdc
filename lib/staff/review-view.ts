import type { Db } from '../db/client';
import type { ApplicationRow, PersonRow } from '../db/types';
import { maskIdNumber } from '../identity/id-card';
import { loose } from '../i18n/dynamic';
import type { Locale } from '../i18n/routing';
import { formatFullDate, translatorFor } from '../i18n/translator';
import { applicantFacts } from '../jingban/applications';
import { loadFlowContext } from '../jingban/flow-facts';
import { answerRows } from '../services/answer-text';
import type { DecisionInput } from '../services/decision-inputs';
import { findModule } from '../services/modules';

export type DeskPhoto = { id: string; src: string };
export type DeskInput =
  | { kind: 'amount-yuan'; name: string; label: string; hint: string | null }
  | { kind: 'choice'; name: string; label: string; options: { value: string; label: string }[] };

/** What the review desk shows of one application so a case worker can decide it, for any service. */
export type ReviewView = {
  id: string;
  number: string;
  version: number;
  service: string;
  serviceName: string;
  status: string;
  hospitalFiled: boolean;
  applicant: { name: string; idNumber: string };
  /** The answers as filed, in the flow's own words; photo steps carry their photos instead of a count. */
  answers: { key: string; label: string; text: string; photos: DeskPhoto[] }[];
  /** The rules already checked and whether each holds (null: how it is handled, not a pass or fail). */
  checks: { text: string; holds: boolean | null }[];
  due: string | null;
  inputs: DeskInput[];
};

/** The address the desk shows a photo of the application at (a case worker only, and only its own photos). */
export function deskPhotoSrc(applicationId: string, uploadId: string): string {
  return `/api/staff/reviews/${applicationId}/photos/${uploadId}`;
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function inputView(t: ReturnType<typeof loose>, input: DecisionInput): DeskInput {
  if (input.kind === 'amount-yuan') return { kind: input.kind, name: input.name, label: t(input.label), hint: input.hint ? t(input.hint) : null };
  return { kind: input.kind, name: input.name, label: t(input.label), options: input.options.map((o) => ({ value: o.value, label: t(o.label) })) };
}

export async function reviewView(db: Db, app: ApplicationRow, person: PersonRow, now: Date, locale: Locale): Promise<ReviewView> {
  const t = loose(translatorFor(locale));
  const module = findModule(app.service);
  const ctx = await loadFlowContext(db, person, app.service, now);
  const rows = module ? answerRows(t, module.flow, app.answers, ctx, locale) : [];
  const applicant = applicantFacts(person);
  const checks = module?.deskChecks?.({ answers: app.answers, applicant, submittedAt: app.submittedAt ?? now, channel: app.channel, locale }) ?? [];
  const due = app.expectedBy
    ? t(app.expectedEstimated ? 'applications.expectedEstimate' : 'applications.expected', { date: formatFullDate(app.expectedBy, locale) })
    : null;
  return {
    id: app.id,
    number: app.number,
    version: app.version,
    service: app.service,
    serviceName: t.has(`services.${app.service}.name`) ? t(`services.${app.service}.name`) : app.service,
    status: app.status,
    hospitalFiled: app.status === 'pending-confirmation',
    applicant: { name: person.name, idNumber: maskIdNumber(person.idNumber) },
    answers: rows.map((r) => ({
      key: r.step.key,
      label: r.label,
      text: r.answer,
      photos: r.step.kind === 'photos' ? ids(app.answers[r.step.key]).map((id) => ({ id, src: deskPhotoSrc(app.id, id) })) : [],
    })),
    checks: checks.map((c) => ({ text: t(c.text.key, c.text.params), holds: c.holds })),
    due,
    inputs: (module?.decisionInputs ?? []).map((input) => inputView(t, input)),
  };
}

/** The photo ids an application's photo steps hold: the only photos its review may show. */
export function applicationPhotoIds(app: Pick<ApplicationRow, 'service' | 'answers'>): string[] {
  const steps = findModule(app.service)?.flow.steps.filter((s) => s.kind === 'photos') ?? [];
  return steps.flatMap((s) => ids(app.answers[s.key]));
}
