import { getTranslations } from 'next-intl/server';
import { MAX_UPLOADS_PER_APPLICATION } from '@/lib/uploads/image-check';
import { PhotoPicker } from './photo-picker';

/** `action`: where photos go when they belong to something other than a draft's step (补交证明 for a filing). */
type Props = { service: string; step: string; ids: string[]; locale: string; action?: string };

/** Photos from the camera or the gallery, each uploaded as soon as it is chosen and shown back. */
export async function PhotosField({ service, step, ids, locale, action }: Props) {
  const t = await getTranslations('flow');
  const te = await getTranslations('errors');
  const raw = (key: Parameters<typeof t.raw>[0]) => String(t.raw(key));
  const counts = Array.from({ length: MAX_UPLOADS_PER_APPLICATION + 2 }, (_, n) => n);
  const labels = {
    added: counts.map((count) => t('photosAdded', { count })),
    alt: counts.map((n) => t('photoAlt', { n })),
    remove: t('removePhoto'),
    choose: t('choosePhoto'),
    hint: t('photoHint'),
    hintAuto: t('photoHintAuto'),
    upload: t('uploadPhoto'),
    camera: t('takePhoto'),
    album: t('pickFromAlbum'),
    uploading: raw('uploading'),
    uploaded: t('photoUploaded'),
    network: te('network'),
  };
  return <PhotoPicker action={action ?? `/api/flows/${service}/photos/${step}`} locale={locale} ids={ids} labels={labels} />;
}
