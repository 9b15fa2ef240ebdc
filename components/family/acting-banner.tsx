import { getLocale, getTranslations } from 'next-intl/server';
import { currentSession } from '@/lib/auth/current';
import { sessionAccount } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { findPerson } from '@/lib/jingban/people';
import { activeLinkFor } from '@/lib/family/links';
import { now } from '@/lib/jingban/clock';
import { staffGrant } from '@/lib/auth/access';
import { relationFromSide } from '@/lib/family/relation-words';
import { isLocale } from '@/lib/i18n/routing';

/** On every page while a relative acts for an elder: whose business this is, and the way back. */
export async function ActingBanner() {
  const session = await currentSession();
  if (!session) return <StaffActingBanner />;
  if (!session.actingFor) return null;
  const db = await getDb();
  const link = await activeLinkFor(db, session.actingFor, sessionAccount(session).phone, await now(db));
  if (!link) return null;
  const elder = await findPerson(db, link.elderPersonId);
  if (!elder) return null;
  const t = await getTranslations('family.acting');
  const locale = await getLocale();
  // Read by the relative: the elder is their 母亲 / 父亲 …, not the 子女 the link records of them.
  const relation = relationFromSide(link.relation, 'relative', elder.gender, isLocale(locale) ? locale : 'zh-CN');
  return (
    <div className="acting-banner" role="status">
      <span>{t('bannerWithRelation', { name: elder.name, relation })}</span>
      <form action="/api/family/acting-for" method="post">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="elderId" value="" />
        <button type="submit" className="button secondary">
          {t('stop')}
        </button>
      </form>
    </div>
  );
}

/** 坐席代办: staff filling in for a resident see whose pages these are, their 工号, and the way out. */
async function StaffActingBanner() {
  const grant = await staffGrant(await getDb());
  if (!grant) return null;
  const t = await getTranslations('family.acting');
  const ts = await getTranslations('staff');
  const locale = await getLocale();
  return (
    <div className="acting-banner" role="status">
      <span>{t('staffBanner', { name: grant.person.name, staffNo: grant.member.staffNo })}</span>
      <form action="/api/staff/acting-for" method="post">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button secondary">
          {ts('stopActing')}
        </button>
      </form>
    </div>
  );
}
