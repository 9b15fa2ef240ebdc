import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { StationLink } from '@/components/stations/station-link';
import { HotlineButton } from '@/components/ui/hotline-button';
import { sendsToStation } from '@/lib/stations/refusals';
import { loose } from '@/lib/i18n/dynamic';
import { Link } from '@/lib/i18n/navigation';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const REASONS = new Set(['proxy-ended', 'proxy-no-scope', 'family-choose-elder', 'forbidden', 'not-insured']);

/** Where a refused page or form lands: why, in plain words, and the way on. */
export default async function DeniedPage({ searchParams }: Props) {
  const t = await getTranslations('family');
  const all = loose(await getTranslations());
  const { reason } = await searchParams;
  const code = typeof reason === 'string' && REASONS.has(reason) ? reason : 'forbidden';
  return (
    <AppShell title={t('denied.title')} back="/family" tab="family">
      <p className="notice error" role="alert">
        {all(`errors.${code}`)}
      </p>
      <Link className="button" href="/family">
        {t('denied.back')}
      </Link>
      <div className="button-row">
        <HotlineButton />
        {sendsToStation(code) ? <StationLink /> : null}
      </div>
    </AppShell>
  );
}
