import { getTranslations } from 'next-intl/server';
import { placeName } from '@/lib/data/divisions';
import type { Db } from '@/lib/db/client';
import { findPersonsFiling } from '@/lib/jingban/filing-lookup';
import type { Answers } from '@/lib/services/flow';

/** On the done page of 变更备案: the filing it replaced has ended (read from that filing, not assumed). */
export async function ReplacedFiling({ db, personId, answers }: { db: Db; personId: string; answers: Answers }) {
  if (typeof answers._replaces !== 'string') return null;
  const old = await findPersonsFiling(db, personId, answers._replaces);
  if (!old || old.status !== 'changed') return null;
  const t = await getTranslations('flows.remote-care.change');
  return (
    <p className="notice" data-testid="replaced-filing">
      {t('done', { place: placeName(old.destProvinceCode, old.destCityCode) })}
    </p>
  );
}
