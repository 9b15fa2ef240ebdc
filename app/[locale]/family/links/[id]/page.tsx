import { isUuid } from '@/lib/contracts/api';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { refusalText } from '@/components/flow/refusal-text';
import { LinkAnswerButtons } from '@/components/family/link-answer-buttons';
import { AppShell } from '@/components/layout/app-shell';
import { PostButton } from '@/components/ui/post-button';
import { TextField } from '@/components/ui/text-field';
import { requireSessionPage } from '@/lib/auth/page-guard';
import { sessionAccount } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { elderLog } from '@/lib/family/audit';
import { FAMILY_RULES } from '@/lib/family/config';
import { accountNameForPhone, linkForAccount } from '@/lib/family/links';
import { linkView, logLine } from '@/lib/family/views';
import { maskPhone } from '@/lib/identity/id-card';
import { loose } from '@/lib/i18n/dynamic';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/routing';
import { now } from '@/lib/jingban/clock';
import { DomainError } from '@/lib/errors/domain-error';
import { refusalFromQuery } from '@/lib/services/refusal-query';
import { AskFirstChoice } from '@/components/ui/ask-first';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = new Set(['invited', 'requested', 'accept', 'confirm', 'decline', 'revoke', 'withdraw', 'code']);

/** One link: for the elder, what the relative may do and everything they did, with 取消授权; for the relative, the code box or 不再代办. */
export default async function LinkPage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const session = await requireSessionPage(`/family/links/${id}`);
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const t = await getTranslations('family');
  const all = loose(await getTranslations());
  const db = await getDb();
  const at = await now(db);
  let found;
  try {
    found = await linkForAccount(db, sessionAccount(session), id);
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
  const { link, side, elder } = found;
  const relativeGender = side === 'elder' ? ((await accountNameForPhone(db, link.relativePhone))?.gender ?? null) : null;
  const view = linkView(
    link,
    side,
    side === 'elder' ? { name: link.relativeName, gender: relativeGender } : { name: elder.name, gender: elder.gender },
    at,
    locale,
  );
  const log = side === 'elder' ? (await elderLog(db, elder.id, link.id)).map((e) => logLine(e, view.otherName, locale)) : [];
  const search = await searchParams;
  const done = typeof search.done === 'string' && DONE.has(search.done) ? search.done : null;
  const refusal = refusalFromQuery(search);
  const ask = search.ask === 'revoke' || search.ask === 'withdraw' ? search.ask : null;
  const base = `/api/family/links/${id}`;
  const open = view.state === 'active' || view.state === 'invited' || view.state === 'requested';
  const stateKey = side === 'elder' && view.state === 'requested' ? 'requestedForElder' : view.state;
  return (
    <AppShell title={t('detailTitle')} back="/family" tab="family">
      {done === 'invited' ? (
        <p className="notice success" role="status">
          {t('add.sent', { phone: maskPhone(link.relativePhone) })}
        </p>
      ) : null}
      {refusal ? (
        <p className="notice error" role="alert">
          {refusalText(all, refusal, locale)}
        </p>
      ) : null}
      <section className="card" aria-labelledby="link-title">
        <h2 id="link-title">{t('who', { name: view.otherName, relation: view.relationWord })}</h2>
        <dl className="key-values">
          <dt>{t('phone')}</dt>
          <dd>{side === 'elder' ? maskPhone(link.relativePhone) : maskPhone(elder.phone)}</dd>
        </dl>
        <p>
          <strong>{t(`status.${stateKey}`)}</strong>
        </p>
        <p>{view.scopeText}</p>
        {open ? <p>{view.untilText}</p> : null}
        {view.madeByText ? <p>{view.madeByText}</p> : null}
      </section>

      {(side === 'elder' && view.state === 'requested') || (side === 'relative' && view.state === 'invited') ? (
        <div className="notice">
          <p>{t(side === 'elder' ? 'requestedHint' : 'invitedHint', { name: view.otherName, scope: view.scopeText })}</p>
          <div className="button-row">
            <LinkAnswerButtons view={view} locale={locale} />
          </div>
        </div>
      ) : null}

      {side === 'relative' && view.state === 'requested' ? (
        <form action={`${base}/code`} method="post" noValidate className="card">
          <p>{t('waitingElder', { name: view.otherName })}</p>
          <input type="hidden" name="locale" value={locale} />
          <TextField
            id="code"
            label={t('codeLabel')}
            hint={t('codeHint', { minutes: FAMILY_RULES.codeValidMs / 60_000 })}
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
          />
          <button type="submit" className="button">
            {t('submitCode')}
          </button>
        </form>
      ) : null}

      {side === 'relative' && view.state === 'active' && session.actingFor !== elder.id ? (
        <PostButton action="/api/family/acting-for" locale={locale} fields={{ elderId: elder.id }}>
          {t('actFor', { name: elder.name })}
        </PostButton>
      ) : null}

      {side === 'elder' && open ? (
        // 撤销 asks first (design: anything irreversible says what it ends): the link, then 确定 apart from 不取消了.
        ask === 'revoke' ? (
          <section className="card" aria-labelledby="revoke-title" style={{ marginTop: '1rem' }} data-testid="ask-revoke">
            <h2 id="revoke-title">{t('revokeAsk', { name: view.otherName, relation: view.relationWord })}</h2>
            <p>{t('revokeHint')}</p>
            <AskFirstChoice
              keepHref={`/family/links/${id}`}
              keepLabel={t('keepLink')}
              action={`${base}/revoke`}
              confirmLabel={t('revokeConfirm')}
              locale={locale}
            />
          </section>
        ) : (
          <section className="card" aria-labelledby="revoke-title" style={{ marginTop: '1rem' }}>
            <h2 id="revoke-title">{t('revoke')}</h2>
            <p>{t('revokeHint')}</p>
            <Link className="button secondary" href={`/family/links/${id}?ask=revoke`}>
              {t('revoke')}
            </Link>
          </section>
        )
      ) : null}

      {side === 'relative' && (view.state === 'active' || view.state === 'requested') ? (
        ask === 'withdraw' ? (
          <section className="card" aria-labelledby="withdraw-title" style={{ marginTop: '1rem' }} data-testid="ask-withdraw">
            <h2 id="withdraw-title">{t('withdrawAsk', { name: view.otherName, relation: view.relationWord })}</h2>
            <p>{t('withdrawAskBody', { name: view.otherName })}</p>
            <AskFirstChoice
              keepHref={`/family/links/${id}`}
              keepLabel={t('withdrawKeep')}
              action={`${base}/withdraw`}
              confirmLabel={t('withdrawConfirm')}
              locale={locale}
            />
          </section>
        ) : (
          <div style={{ marginTop: '1rem' }}>
            <Link className="button secondary" href={`/family/links/${id}?ask=withdraw`}>
              {t('withdraw')}
            </Link>
          </div>
        )
      ) : null}

      {side === 'elder' ? (
        <section aria-labelledby="log-title" style={{ marginTop: '1.5rem' }}>
          <h2 id="log-title">{t('logHeading')}</h2>
          {log.length === 0 ? <p className="muted">{t('logEmpty')}</p> : null}
          <ul className="log-list">
            {log.map((line, i) => (
              <li key={i} className={line.denied ? 'denied' : undefined}>
                <span className="muted">{line.at}</span>
                <br />
                {line.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </AppShell>
  );
}
