import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PhotosField } from '@/components/flow/photos-field';
import { refusalText } from '@/components/flow/refusal-text';
import { AppShell } from '@/components/layout/app-shell';
import { isUuid } from '@/lib/contracts/api';
import { accessPage } from '@/lib/auth/page-guard';
import { placeName } from '@/lib/data/divisions';
import { findPersonsFiling } from '@/lib/jingban/filing-lookup';
import { loose } from '@/lib/i18n/dynamic';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/routing';
import { filingState } from '@/lib/jingban/filing-state';
import { refusalFromQuery } from '@/lib/services/refusal-query';
import { ownerOf } from '@/lib/jingban/owners';
import { appContext } from '@/lib/server/context';
import { findModule } from '@/lib/services/modules';
import { shanghaiDate } from '@/lib/time/dates';

type Props = { params: Promise<{ service: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 补交证明 (002 第8条): photos of 户籍证明 / 居住证 / 单位工作证明 for a long-term filing made by 个人承诺. */
export default async function FilingProofPage({ params, searchParams }: Props) {
  const { service, id } = await params;
  // Only the service that manages 异地备案 has filings to change, cancel or prove.
  if (findModule(service)?.manages !== 'remote-filings' || !isUuid(id)) notFound();
  const { db, now } = await appContext();
  const owner = await ownerOf(db, 'remote-filing', id);
  if (!owner) notFound();
  const { subject } = await accessPage(`/services/${service}/proof/${id}`, { kind: 'act', service, action: 'upload', quiet: true }, owner);
  const filing = await findPersonsFiling(db, subject.id, id);
  if (!filing) notFound();
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const t = await getTranslations('flows.remote-care');
  const te = loose(await getTranslations());
  const refusal = refusalFromQuery(await searchParams);
  const takesProof = filing.category === 'long-term' && filing.basis !== 'proof' && filingState(filing, shanghaiDate(now)) === 'active';
  const place = placeName(filing.destProvinceCode, filing.destCityCode);
  const ids = filing.proofUploadIds ?? [];
  return (
    <AppShell title={t('proof.title')} back={`/services/${service}`} tab="home">
      {refusal && te.has(`errors.${refusal.code}`) ? (
        <p className="notice error" role="alert">
          {refusalText(te, refusal, locale)}
        </p>
      ) : null}
      {!takesProof ? (
        <>
          <p className="notice" role="status">
            {t('proof.gone')}
          </p>
          <Link className="button secondary" href={`/services/${service}`}>
            {t('cancelPage.keep')}
          </Link>
        </>
      ) : (
        <form action={`/api/remote-filings/${filing.id}/proof`} method="post">
          <input type="hidden" name="locale" value={locale} />
          <h2 className="question-legend">{t('proofPhotos.question')}</h2>
          <p className="hint" id="proof-intro">
            {t('proof.intro', { place })}
          </p>
          <PhotosField service={service} step="proofPhotos" ids={ids} locale={locale} action={`/api/remote-filings/${filing.id}/proof/photos`} />
          <div className="button-row">
            <button type="submit" className="button">
              {t('proof.submit')}
            </button>
          </div>
        </form>
      )}
    </AppShell>
  );
}
