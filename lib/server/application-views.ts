import { relationWord } from '../family/relation-words';
import type { ApplicationSummary, ApplicationDetail } from '../contracts/api';
import type { ApplicationEventRow, ApplicationRow } from '../db/types';
import { translatorFor } from '../i18n/translator';
import type { Locale } from '../i18n/routing';
import { applicationPlace, applicationPlaceLabel, applicationSubject, describeOutcome } from '../services/describe';
import { findModule } from '../services/modules';
import type { ServiceKey } from '../services/review';
import type { ApplicationStatus } from '../jingban/status';
import { placeName } from '../data/divisions';
import type { IsoDate } from '../time/dates';
import { filingEndedOn, filingState, type FilingFacts } from '../jingban/filing-state';

type Row = ApplicationRow & { filing?: FilingFacts | null };

function filingEnded(row: Row, today: IsoDate): ApplicationSummary['filingEnded'] {
  if (!row.filing) return null;
  const state = filingState(row.filing, today);
  const on = filingEndedOn(row.filing, today);
  if (state === 'active' || !on) return null;
  return { state, on, place: placeName(row.answers.destProvinceCode, row.answers.destCityCode) };
}

function placeText(row: Row, place: string | null, locale: Locale): string | null {
  const label = applicationPlaceLabel(row.service);
  return place && label ? translatorFor(locale)(`applications.${label as 'placeTransfer'}`, { place }) : null;
}

export function toSummary(row: Row, locale: Locale, today: IsoDate): ApplicationSummary {
  const place = applicationPlace(row.service, row.answers ?? {});
  return {
    id: row.id,
    number: row.number,
    service: row.service as ServiceKey,
    status: row.status as ApplicationStatus,
    stage: row.stage,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    expectedBy: row.expectedBy,
    expectedEstimated: row.expectedEstimated,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    actorKind: row.actorKind,
    channel: row.channel,
    place,
    placeText: placeText(row, place, locale),
    actedBy: row.actedBy
      ? translatorFor(locale)('family.proxyBy', { name: row.actedBy.name, relation: relationWord(row.actedBy.relation, row.actedBy.gender, locale) })
      : null,
    subject: applicationSubject(row, locale),
    filingEnded: filingEnded(row, today),
  };
}

export function toDetail(row: Row, events: ApplicationEventRow[], locale: Locale, today: IsoDate, answers: ApplicationDetail['answers']): ApplicationDetail {
  const outcome = row.outcome ?? {};
  const t = translatorFor(locale);
  return {
    ...toSummary(row, locale, today),
    answers,
    resultText: row.status === 'completed' ? describeOutcome(row.service, outcome, locale) || null : null,
    rejectReason: row.status === 'rejected' && typeof outcome.reason === 'string' ? t(`rejectReasons.${outcome.reason as 'other'}`) : null,
    systemStartedNote: row.actorKind === 'system' ? (findModule(row.service)?.systemStartedNote ?? null) : null,
    events: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      kind: e.kind,
      toStatus: e.toStatus,
      stage: e.stage,
      actorKind: e.actorKind,
      channel: e.channel,
    })),
  };
}
