import { Fragment } from 'react';
import type { LooseT } from '@/lib/i18n/dynamic';
import { labelText } from '@/lib/i18n/dynamic';
import type { Option } from '@/lib/services/flow';

type Props = { t: LooseT; name: string; options: Option[]; selected: unknown; grid?: boolean; describedBy?: string };

function metaText(t: LooseT, meta: NonNullable<Option['meta']>): string {
  const parts: string[] = [];
  if (meta.distanceMetres !== undefined) parts.push(t('flow.distanceKm', { km: (meta.distanceMetres / 1000).toFixed(1) }));
  if (meta.level && t.has(`facility.levels.${meta.level}`)) parts.push(t(`facility.levels.${meta.level}`));
  if (meta.address) parts.push(meta.address);
  return parts.join(' · ');
}

/** Big radio tiles: the whole tile is the tap target; the saved answer is already chosen. A group's heading (常去的地方) sits above its first option. */
export function OptionList({ t, name, options, selected, grid, describedBy }: Props) {
  return (
    <div className={grid ? 'options options-grid' : 'options'}>
      {options.map((o, i) => {
        const id = `${name}-${i}`;
        const group = o.group ? labelText(t, o.group) : null;
        const previous = options[i - 1];
        const heading = group && (!previous?.group || labelText(t, previous.group) !== group) ? group : null;
        const tile = (
          <label key={o.value} className="option" htmlFor={id}>
            <input
              type="radio"
              id={id}
              name={name}
              value={o.value}
              defaultChecked={String(selected) === o.value}
              aria-describedby={describedBy}
            />
            <span className="option-text">
              <span className="option-label">{labelText(t, o.label)}</span>
              {o.hint ? <span className="option-hint">{labelText(t, o.hint)}</span> : null}
              {o.meta ? <span className="option-meta">{metaText(t, o.meta)}</span> : null}
            </span>
          </label>
        );
        return heading ? (
          <Fragment key={o.value}>
            <h3 className="option-group">{heading}</h3>
            {tile}
          </Fragment>
        ) : (
          tile
        );
      })}
    </div>
  );
}
