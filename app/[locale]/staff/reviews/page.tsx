import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { StaffShell } from '@/components/staff/staff-shell';
import { plainFormRefusal } from '@/components/ui/plain-form-refusal';
import { getDb } from '@/lib/db/client';
import { maskIdNumber } from '@/lib/identity/id-card';
import { formatDateTime, formatFullDate } from '@/lib/i18n/translator';
import { isLocale } from '@/lib/i18n/routing';
import { refusalReasons, reviewQueue } from '@/lib/staff/reviews';
import { currentStaff } from '@/lib/staff/session';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 经办 review desk: what waits for a decision, 批准 or 不予通过 with a reason → SMS to the resident. */
export default async function ReviewsPage({ searchParams }: Props) {
  const member = await currentStaff();
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  if (!member || member.role !== 'caseworker') return redirect({ href: '/staff', locale });
  const t = await getTranslations('staff');
  const ts = await getTranslations('services');
  const ta = await getTranslations('applications');
  const tr = await getTranslations('rejectReasons');
  const { message } = await plainFormRefusal(searchParams, ['decision']);
  const done = (await searchParams).done;
  const rows = await reviewQueue(await getDb());
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
      {rows.length === 0 ? <p>{t('queueEmpty')}</p> : null}
      <table className="staff-table">
        <caption className="visually-hidden">{t('reviewsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.application')}</th>
            <th scope="col">{t('columns.applicant')}</th>
            <th scope="col">{t('columns.due')}</th>
            <th scope="col">{t('columns.decide')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ application: a, person: p }) => (
            <tr key={a.id} data-number={a.number}>
              <td>
                {ts(`${a.service as 'chronic'}.name`)}
                <br />
                {/* 免申即享 (002 第12条): the hospital filed it; approving here is the 经办's online confirmation. */}
                {a.number} · {a.status === 'pending-confirmation' ? t('hospitalFiled') : ta(`status.${a.status as 'accepted'}`)}
              </td>
              <td>
                {p.name}
                <br />
                {maskIdNumber(p.idNumber)}
              </td>
              <td>
                {a.nextActionAt ? formatDateTime(a.nextActionAt, locale) : '—'}
                {a.expectedBy ? (
                  <>
                    <br />
                    {ta(a.expectedEstimated ? 'expectedEstimate' : 'expected', { date: formatFullDate(a.expectedBy, locale) })}
                  </>
                ) : null}
              </td>
              <td>
                <form action={`/api/staff/reviews/${a.id}`} method="post">
                  <input type="hidden" name="version" value={a.version} />
                  <input type="hidden" name="decision" value="approve" />
                  <button type="submit" className="button">
                    {a.status === 'pending-confirmation' ? t('confirmHospital') : t('approve')}
                  </button>
                </form>
                <form action={`/api/staff/reviews/${a.id}`} method="post" style={{ marginTop: '0.5rem' }}>
                  <input type="hidden" name="version" value={a.version} />
                  <input type="hidden" name="decision" value="refuse" />
                  <label htmlFor={`reason-${a.id}`}>{t('reason')}</label>
                  <select id={`reason-${a.id}`} name="reason" className="input">
                    {refusalReasons.map((r) => (
                      <option key={r} value={r}>
                        {tr(r)}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="button secondary">
                    {t('refuse')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </StaffShell>
  );
}
