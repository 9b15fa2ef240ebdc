import { getTranslations } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { StaffShell } from '@/components/staff/staff-shell';
import { ReviewCard } from '@/components/staff/review-card';
import { plainFormRefusal } from '@/components/ui/plain-form-refusal';
import { appContext } from '@/lib/server/context';
import { reviewQueue } from '@/lib/staff/reviews';
import { reviewView } from '@/lib/staff/review-view';
import { currentStaff } from '@/lib/staff/session';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 经办 review desk: each application with what its service says a case worker needs to decide it; 批准 or 不予通过 → SMS. */
export default async function ReviewsPage({ searchParams }: Props) {
  const member = await currentStaff();
  const t = await getTranslations('staff');
  const search = await searchParams;
  const { db, now } = await appContext();
  const rows = member?.role === 'caseworker' ? await reviewQueue(db) : [];
  const { locale, message, field } = await plainFormRefusal(Promise.resolve(search), ['decision', ...inputFields(search)]);
  if (!member || member.role !== 'caseworker') return redirect({ href: '/staff', locale });
  const views = await Promise.all(rows.map(({ application, person }) => reviewView(db, application, person, now, locale)));
  const done = search.done;
  return (
    <StaffShell title={t('reviewsTitle')} member={member}>
      {typeof done === 'string' ? (
        <p className="notice success" role="status">
          {t('decided', { number: done })}
        </p>
      ) : null}
      {message ? (
        <p className="notice error" role="alert">
          {message}
        </p>
      ) : null}
      {views.length === 0 ? <p>{t('queueEmpty')}</p> : null}
      {views.map((view) => (
        <ReviewCard key={view.id} view={view} field={field} />
      ))}
    </StaffShell>
  );
}

/** A refused decision input (`inputs.amount`) is the field the refusal marks. */
function inputFields(search: Record<string, string | string[] | undefined>): string[] {
  return typeof search.field === 'string' && search.field.startsWith('inputs.') ? [search.field] : [];
}
