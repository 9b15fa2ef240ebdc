import 'server-only';
import type { Db } from '../db/client';
import type { ApplicationEventRow, PersonRow } from '../db/types';
import { loose } from '../i18n/dynamic';
import type { Locale } from '../i18n/routing';
import { translatorFor } from '../i18n/translator';
import { loadFlowContext } from '../jingban/flow-facts';
import type { ListedApplication } from '../jingban/queries';
import { toDetail } from './application-views';
import { answerRows } from '../services/answer-text';
import { flowFor } from '../services/flows';
import { changePossibleFrom, type ActiveFiling } from '../services/remote-care/policy';
import { isServiceKey } from '../services/modules';

/** The filing an application made, while it is in force: 变更 / 取消 now, or the date from which they are possible. */
export type FilingManage = { filingId: string; lockedUntil: string | null };

/** 办件详情: the application with its answers as filed (the flow's own words) and what can still be done with it. */
export async function applicationDetail(
  db: Db,
  subject: PersonRow,
  found: { application: ListedApplication; events: ApplicationEventRow[] },
  now: Date,
  locale: Locale,
) {
  const app = found.application;
  if (!isServiceKey(app.service)) throw new Error(`unknown service ${app.service}`);
  const ctx = await loadFlowContext(db, subject, app.service, now);
  const flow = flowFor(app.service);
  const t = loose(translatorFor(locale));
  const answers = flow ? answerRows(t, flow, app.answers, ctx, locale).map((r) => ({ label: r.label, text: r.answer })) : [];
  const detail = toDetail(app, found.events, locale, ctx.today, answers);
  const active = app.filing ? ((ctx.facts.activeFilings as ActiveFiling[] | undefined) ?? []).find((f) => f.id === app.filing?.id) : undefined;
  const manage: FilingManage | null = active ? { filingId: active.id, lockedUntil: changePossibleFrom(active, ctx.today, ctx.person.regionCode) } : null;
  return { detail, manage, filing: active ?? null, today: ctx.today, person: ctx.person };
}
