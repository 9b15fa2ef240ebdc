import { getTranslations } from 'next-intl/server';
import { placeName } from '@/lib/data/divisions';
import type { Answers, FlowContext } from '@/lib/services/flow';
import type { ActiveFiling } from '@/lib/services/remote-care/policy';

/** While a draft replaces a filing (变更备案): which one, on every step (short) and on the check page (in full). */
export async function ReplacingNotice({ answers, ctx, full = false }: { answers: Answers; ctx: FlowContext<Record<string, unknown>>; full?: boolean }) {
  if (typeof answers._replaces !== 'string') return null;
  const filing = ((ctx.facts.activeFilings as ActiveFiling[] | undefined) ?? []).find((f) => f.id === answers._replaces);
  if (!filing) return null;
  const t = await getTranslations('flows.remote-care.change');
  const place = placeName(filing.destProvinceCode, filing.destCityCode);
  return (
    <p className="notice replacing-notice" data-testid="replacing-notice">
      {t(full ? 'banner' : 'bannerShort', { place })}
    </p>
  );
}
