import { getTranslations } from 'next-intl/server';
import { PostButton } from '../ui/post-button';

type Props = { service: string; step: string; ids: string[]; locale: string };

/** Photos from the camera or the gallery, sent one at a time with a plain form; each shown back. */
export async function PhotosField({ service, step, ids, locale }: Props) {
  const t = await getTranslations('flow');
  const action = `/api/flows/${service}/photos/${step}`;
  return (
    <section aria-labelledby="photos-title">
      <h3 id="photos-title">{t('photosAdded', { count: ids.length })}</h3>
      {ids.length > 0 ? (
        <div className="thumbs">
          {ids.map((id, i) => (
            <figure key={id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- the owner's own upload, served privately */}
              <img src={`/api/uploads/${id}`} alt={t('photoAlt', { n: i + 1 })} />
              <PostButton action={action} locale={locale} fields={{ remove: id }} secondary multipart>
                {t('removePhoto')}
              </PostButton>
            </figure>
          ))}
        </div>
      ) : null}
      <form action={action} method="post" encType="multipart/form-data" className="card">
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="photo" className="option-label">
          {t('choosePhoto')}
        </label>
        <p className="hint muted">{t('photoHint')}</p>
        <input className="file-input" type="file" id="photo" name="photo" accept="image/*" />
        <div className="button-row">
          <button type="submit" className="button secondary">
            {t('uploadPhoto')}
          </button>
        </div>
      </form>
    </section>
  );
}
