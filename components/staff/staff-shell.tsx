import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';
import type { StaffRow } from '@/lib/staff/sign-in';

/** The staff console: a plain desktop page (the 60 px bars are for residents), AA throughout. */
export async function StaffShell({ title, member, children }: { title: string; member: StaffRow | null; children: ReactNode }) {
  const t = await getTranslations('staff');
  return (
    <div className="staff-shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="staff-bar">
        <Link href="/staff" className="staff-home">
          {t('console')}
        </Link>
        {member ? <span>{t('signedInAs', { name: member.name, staffNo: member.staffNo, role: t(`roles.${member.role}`) })}</span> : null}
      </header>
      <main id="main" tabIndex={-1} className="staff-main">
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
