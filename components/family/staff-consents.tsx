import { getTranslations } from 'next-intl/server';
import { AskFirstChoice } from '@/components/ui/ask-first';
import { Link } from '@/lib/i18n/navigation';
import { CONSENT_RULES } from '@/lib/staff/consent';
import type { ConsentGrantView } from '@/lib/staff/consent-grant-view';

const BADGE: Record<ConsentGrantView['state'], string> = { active: 'done', ended: 'stopped', past: 'stopped' };

/**
 * 医保工作人员为您办理: the consents staff were given for this elder (an ID check at a station, or a
 * code they read out), each with who and when; one still active can be ended here, after asking first.
 */
export async function StaffConsents({ grants, ask, locale }: { grants: ConsentGrantView[]; ask: number | null; locale: string }) {
  if (grants.length === 0) return null;
  const t = await getTranslations('family');
  return (
    <section aria-labelledby="staff-consents-title" style={{ marginTop: '1.5rem' }} data-testid="staff-consents">
      <h2 id="staff-consents-title">{t('staffConsents.heading')}</h2>
      <p>{t('staffConsents.intro', { minutes: CONSENT_RULES.grantMs / 60_000 })}</p>
      <ul className="link-list">
        {grants.map((grant) => (
          <li key={grant.id} id={`staff-consent-${grant.id}`} className="card link-card">
            <h3>{grant.whoText}</h3>
            <span className={`badge ${BADGE[grant.state]}`}>{grant.stateText}</span>
            <p>{grant.howText}</p>
            {grant.untilText ? <p>{grant.untilText}</p> : null}
            {grant.state !== 'active' ? null : ask === grant.id ? (
              <div data-testid="ask-end-consent">
                <p>
                  <strong>{t('staffConsents.ask', { staffNo: grant.staffNo })}</strong>
                </p>
                <p>{t('staffConsents.askHint')}</p>
                <AskFirstChoice
                  keepHref="/family"
                  keepLabel={t('keepLink')}
                  action={`/api/family/staff-consents/${grant.id}/end`}
                  confirmLabel={t('revokeConfirm')}
                  locale={locale}
                />
              </div>
            ) : (
              <Link className="button secondary" href={`/family?ask=${grant.id}#staff-consent-${grant.id}`}>
                {t('revoke')}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
