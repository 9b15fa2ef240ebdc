import { isUuid } from '@/lib/contracts/api';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { StaffAssistView } from '@/components/assist/staff-assist-view';
import { StaffShell } from '@/components/staff/staff-shell';
import { findAssist } from '@/lib/assist/sessions';
import { getDb } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { currentStaff } from '@/lib/staff/session';

type Props = { params: Promise<{ id: string }> };

/** What the resident sees, live, with a box for hints; no way to submit for them here. */
export default async function AssistViewPage({ params }: Props) {
  const { id } = await params;
  const member = await currentStaff();
  if (!member) return redirect({ href: '/staff', locale: await getLocale() });
  if (!isUuid(id)) notFound();
  const row = await findAssist(await getDb(), id);
  if (!row || row.claimedBy !== member.id) notFound();
  const t = await getTranslations('staff');
  const presets = (['next', 'back', 'first', 'submit'] as const).map((key) => t(`assistPresets.${key}`));
  return (
    <StaffShell title={t('assistViewTitle')} member={member}>
      <p className="notice">{t('assistNoSubmit')}</p>
      <StaffAssistView
        id={id}
        initial={row.endedAt ? null : row.page}
        ended={Boolean(row.endedAt)}
        presets={presets}
        labels={{
          waiting: t('assistWaiting'),
          ended: t('assistEnded'),
          answers: t('assistAnswers'),
          options: t('assistOptions'),
          chosen: t('assistChosen'),
          hintLabel: t('assistHintLabel'),
          send: t('assistSend'),
          sent: t('assistSent'),
        }}
      />
    </StaffShell>
  );
}
