import { getTranslations } from 'next-intl/server';
import type { ReviewView } from '@/lib/staff/review-view';
import { refusalReasons } from '@/lib/staff/reviews';
import { DecisionInputs } from './decision-inputs';

/**
 * One application at the review desk, for any service: who applied, by when it is due, the answers as
 * filed with their photos large enough to read, the rules already checked, then 批准 (with what the
 * service asks the case worker to enter) or 不予通过 with a reason.
 */
export async function ReviewCard({ view, field }: { view: ReviewView; field?: string }) {
  const t = await getTranslations('staff');
  const ta = await getTranslations('applications');
  const tr = await getTranslations('rejectReasons');
  const titleId = `review-${view.id}`;
  return (
    <article className="card review-card" aria-labelledby={titleId} data-number={view.number} data-service={view.service}>
      <h2 id={titleId}>
        {view.serviceName} · {view.number}
      </h2>
      {/* 免申即享 (002 第12条): the hospital filed it; approving here is the 经办's online confirmation. */}
      <p>{view.hospitalFiled ? t('hospitalFiled') : ta(`status.${view.status as 'accepted'}`)}</p>
      <p>
        {t('columns.applicant')}：{view.applicant.name}（{view.applicant.idNumber}）
      </p>
      {view.due ? <p data-testid="review-due">{view.due}</p> : null}
      <h3>{t('review.answers')}</h3>
      <dl className="review-answers">
        {view.answers.map((a) => (
          <div key={a.key} data-answer={a.key}>
            <dt>{a.label}</dt>
            <dd>
              {a.text}
              {a.photos.length > 0 ? (
                <span className="review-photos">
                  {a.photos.map((p, i) => (
                    <a key={p.id} href={p.src} target="_blank" rel="noopener">
                      <img src={p.src} alt={t('review.photoAlt', { step: a.label, n: i + 1 })} loading="lazy" />
                    </a>
                  ))}
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      {view.checks.length > 0 ? (
        <>
          <h3>{t('review.checks')}</h3>
          <ul className="review-checks">
            {view.checks.map((c) => (
              <li key={c.text} data-holds={c.holds === null ? 'info' : String(c.holds)}>
                <strong>{c.holds === null ? t('review.info') : c.holds ? t('review.holds') : t('review.fails')}</strong> {c.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form action={`/api/staff/reviews/${view.id}`} method="post" className="review-decide">
        <input type="hidden" name="version" value={view.version} />
        <input type="hidden" name="decision" value="approve" />
        <DecisionInputs id={view.id} inputs={view.inputs} field={field} />
        <button type="submit" className="button">
          {view.hospitalFiled ? t('confirmHospital') : t('approve')}
        </button>
      </form>
      <form action={`/api/staff/reviews/${view.id}`} method="post" className="review-decide">
        <input type="hidden" name="version" value={view.version} />
        <input type="hidden" name="decision" value="refuse" />
        <div className="field">
          <label htmlFor={`reason-${view.id}`}>{t('reason')}</label>
          <select id={`reason-${view.id}`} name="reason" className="input">
            {refusalReasons.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button secondary">
          {t('refuse')}
        </button>
      </form>
    </article>
  );
}
