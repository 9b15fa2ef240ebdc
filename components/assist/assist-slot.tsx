import { getTranslations } from 'next-intl/server';
import { residentAssist } from '@/lib/assist/resident';
import { ASSIST_RULES } from '@/lib/assist/sessions';
import { getDb } from '@/lib/db/client';
import { now } from '@/lib/jingban/clock';
import { AssistBar } from './assist-bar';

/** Server side of 请客服帮我: whether this device is sharing now, and the words. */
export async function AssistSlot() {
  const t = await getTranslations('assist');
  const db = await getDb();
  const row = await residentAssist(db, () => now(db));
  const raw = (key: Parameters<typeof t.raw>[0]) => String(t.raw(key));
  return (
    <AssistBar
      active={row ? { claimed: Boolean(row.claimedBy) } : null}
      minutes={ASSIST_RULES.codeValidMs / 60_000}
      labels={{
        ask: t('ask'),
        short: t('short'),
        codeTitle: t('codeTitle'),
        codeHint: raw('codeHint'),
        codeSpoken: raw('codeSpoken'),
        waiting: t('waiting'),
        watching: t('watching'),
        hintTitle: t('hintTitle'),
        stop: t('stop'),
        stopped: t('stopped'),
        failed: t('failed'),
      }}
    />
  );
}
