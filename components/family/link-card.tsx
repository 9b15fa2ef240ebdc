import { getLocale, getTranslations } from 'next-intl/server';
import { PostButton } from '@/components/ui/post-button';
import type { LinkView } from '@/lib/family/views';
import { LinkAnswerButtons } from './link-answer-buttons';
import { Link } from '@/lib/i18n/navigation';

const BADGE: Record<LinkView['state'], string> = {
  active: 'done',
  invited: 'waiting',
  requested: 'waiting',
  expired: 'stopped',
  lapsed: 'stopped',
  declined: 'stopped',
  revoked: 'stopped',
  withdrawn: 'stopped',
};

/** One 亲情账户 link as a card: who, what they may do, until when, and the one next step for this side. */
export async function LinkCard({ view, actingFor }: { view: LinkView; actingFor: string | null }) {
  const t = await getTranslations('family');
  const locale = await getLocale();
  const stateKey = view.side === 'elder' && view.state === 'requested' ? 'requestedForElder' : view.state;
  return (
    <li className="card link-card">
      <h3>{t('who', { name: view.otherName, relation: view.relationWord })}</h3>
      <span className={`badge ${BADGE[view.state]}`}>{t(`status.${stateKey}`)}</span>
      <p>{view.scopeText}</p>
      {view.state === 'active' ? <p>{view.untilText}</p> : null}
      {view.madeByText ? <p>{view.madeByText}</p> : null}
      <div className="button-row">
        <LinkAnswerButtons view={view} locale={locale} />
        {view.side === 'relative' && view.state === 'active' && actingFor !== view.elderId ? (
          <PostButton action="/api/family/acting-for" locale={locale} fields={{ elderId: view.elderId }}>
            {t('actFor', { name: view.otherName })}
          </PostButton>
        ) : null}
        <Link className="button secondary" href={`/family/links/${view.id}`}>
          {t('detail')}
        </Link>
      </div>
    </li>
  );
}
