import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ListView } from '@/lib/services/flow';
import type { OptionView } from '@/lib/services/step-view';
import { LocateButton } from './locate-button';

type Props = { path: string; view: ListView; filters: OptionView[]; locate: boolean };

function href(path: string, view: ListView, change: Partial<Record<'q' | 'filter', string | undefined>>): string {
  const q = new URLSearchParams();
  const next = { q: view.q, filter: view.filter, ...change };
  if (next.q) q.set('q', next.q);
  if (next.filter) q.set('filter', next.filter);
  if (view.near) q.set('near', `${view.near.lat},${view.near.lng}`);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export const LIST_SEARCH_FORM = 'list-search';

/** The GET form the search box belongs to; rendered outside the answer form (forms cannot nest). */
export function ListSearchForm({ path, view }: { path: string; view: ListView }) {
  return (
    <form id={LIST_SEARCH_FORM} method="get" action={path} role="search">
      {view.filter ? <input type="hidden" name="filter" value={view.filter} /> : null}
      {view.near ? <input type="hidden" name="near" value={`${view.near.lat},${view.near.lng}`} /> : null}
    </form>
  );
}

/**
 * Search (Chinese or pinyin initials), level filters, nearest first. Folded away until wanted:
 * the list itself, nearest first, is what most people need, and it works by touch alone.
 */
export async function ListTools({ path, view, filters, locate }: Props) {
  const tf = await getTranslations('flow');
  return (
    <details className="list-tools" open={Boolean(view.q || view.filter)}>
      <summary>{tf('searchOrFilter')}</summary>
      <div className="stack">
        <div className="search-row">
          <label htmlFor="q" className="visually-hidden">
            {tf('searchLabel')}
          </label>
          <input
            className="input"
            type="search"
            id="q"
            name="q"
            form={LIST_SEARCH_FORM}
            defaultValue={view.q}
            placeholder={tf('searchPlaceholder')}
            enterKeyHint="search"
          />
          <button type="submit" form={LIST_SEARCH_FORM} className="button secondary">
            {tf('search')}
          </button>
        </div>
        {filters.length > 0 ? (
          <nav aria-label={tf('filterLabel')} className="chips">
            <Link className="choice" href={href(path, view, { filter: undefined })} aria-current={!view.filter ? 'true' : undefined}>
              {tf('filterAll')}
            </Link>
            {filters.map((f) => (
              <Link key={f.value} className="choice" href={href(path, view, { filter: f.value })} aria-current={view.filter === f.value ? 'true' : undefined}>
                {f.label}
              </Link>
            ))}
          </nav>
        ) : null}
        {locate ? <LocateButton label={tf('nearMe')} busyLabel={tf('locating')} deniedLabel={tf('locationDenied')} /> : null}
        {view.q ? (
          <>
            <p>{tf('searchingFor', { q: view.q })}</p>
            <Link className="button secondary" href={href(path, view, { q: undefined })}>
              {tf('clearSearch')}
            </Link>
          </>
        ) : null}
      </div>
    </details>
  );
}

export function parseListView(search: Record<string, string | string[] | undefined>): ListView {
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 40) : '';
  const filter = typeof search.filter === 'string' && /^[a-z0-9-]{1,20}$/.test(search.filter) ? search.filter : undefined;
  const m = typeof search.near === 'string' ? /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(search.near) : null;
  const near = m ? { lat: Number(m[1]), lng: Number(m[2]) } : undefined;
  return { ...(q ? { q } : {}), ...(filter ? { filter } : {}), ...(near && Math.abs(near.lat) <= 90 && Math.abs(near.lng) <= 180 ? { near } : {}) };
}
