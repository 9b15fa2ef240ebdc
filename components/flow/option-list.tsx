import { Fragment } from 'react';
import type { OptionView } from '@/lib/services/step-view';

type Props = { name: string; options: OptionView[]; selected: unknown; grid?: boolean; describedBy?: string };

/** Big radio tiles: the whole tile is the tap target; the saved answer is already chosen. A group's heading (常去的地方) sits above its first option. */
export function OptionList({ name, options, selected, grid, describedBy }: Props) {
  return (
    <div className={grid ? 'options options-grid' : 'options'}>
      {options.map((o, i) => {
        const id = `${name}-${i}`;
        const heading = o.group && options[i - 1]?.group !== o.group ? o.group : null;
        const tile = (
          <label key={o.value} className="option" htmlFor={id}>
            <input type="radio" id={id} name={name} value={o.value} defaultChecked={String(selected) === o.value} aria-describedby={describedBy} />
            <span className="option-text">
              <span className="option-label">{o.label}</span>
              {o.hint ? <span className="option-hint">{o.hint}</span> : null}
              {o.meta ? <span className="option-meta">{o.meta}</span> : null}
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
