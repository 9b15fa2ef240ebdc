'use client';

import { useTranslations } from 'next-intl';
import type { ApplicationSummary } from '@/lib/api/contracts';

const RELATIONS = ['child', 'spouse', 'parent', 'sibling', 'other'] as const;

/** 由 张伟（儿子）代办: shown wherever an application filed by a relative appears. */
export function ActedByLine({ actedBy }: { actedBy: ApplicationSummary['actedBy'] }) {
  const t = useTranslations('family');
  if (!actedBy) return null;
  const relation = RELATIONS.find((r) => r === actedBy.relation) ?? 'other';
  const word = actedBy.gender ? t(`relationOf.${relation}.${actedBy.gender}`) : t(`relation.${relation}`);
  return <span className="acted-by">{t('proxyBy', { name: actedBy.name, relation: word })}</span>;
}
