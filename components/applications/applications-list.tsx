'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { apiFetch, ApiClientError } from '@/lib/api/client';
import type { ApplicationListOutput } from '@/lib/contracts/api';
import { ApplicationCard } from './application-card';

export const applicationsKey = ['applications'] as const;

export function ApplicationsList({ initial }: { initial: ApplicationListOutput }) {
  const t = useTranslations('applications');
  const te = useTranslations('errors');
  const query = useQuery({
    queryKey: applicationsKey,
    queryFn: ({ signal }) => apiFetch<ApplicationListOutput>('/api/applications', { signal }),
    initialData: initial,
  });
  const list = query.data.applications;
  return (
    <>
      {query.error ? (
        <p className="notice error" role="alert">
          {query.error instanceof ApiClientError && query.error.message ? query.error.message : te('network')}
        </p>
      ) : null}
      {list.length === 0 ? <p className="card">{t('empty')}</p> : null}
      <ul className="link-list" aria-busy={query.isFetching}>
        {list.map((app) => (
          <ApplicationCard key={app.id} app={app} />
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button secondary" onClick={() => void query.refetch()} disabled={query.isFetching}>
          {query.isFetching ? t('loading') : t('refresh')}
        </button>
      </div>
    </>
  );
}
