import { and, eq } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { placeName } from '@/lib/data/divisions';
import type { Db } from '@/lib/db/client';
import { remoteFilings } from '@/lib/db/schema';
import type { Answers } from '@/lib/services/flow';

/** On the done page of 变更备案: the filing it replaced has ended (read from that filing, not assumed). */
export async function ReplacedFiling({ db, personId, answers }: { db: Db; personId: string; answers: Answers }) {
  if (typeof answers._replaces !== 'string') return null;
  const [old] = await db
    .select()
    .from(remoteFilings)
    .where(and(eq(remoteFilings.id, answers._replaces), eq(remoteFilings.personId, personId)));
  if (!old || old.status !== 'changed') return null;
  const t = await getTranslations('flows.remote-care.change');
  return (
    <p className="notice" data-testid="replaced-filing">
      {t('done', { place: placeName(old.destProvinceCode, old.destCityCode) })}
    </p>
  );
}
