'use client';

import { useRef } from 'react';

type Props = {
  days: { date: string; label: string; hint: string }[];
  /** The saved answer, if any. */
  selected: string | null;
  min: string | null;
  max: string | null;
  otherLabel: string;
  pickLabel: string;
};

/**
 * The one-tap days and 其他日期 with its calendar. Picking a day in the calendar chooses it (the
 * server reads a picked day with no choice the same way, for pages without JavaScript), and
 * tapping a one-tap day empties the calendar so the page never shows two answers.
 */
export function DateChoice({ days, selected, min, max, otherLabel, pickLabel }: Props) {
  const other = selected !== null && !days.some((d) => d.date === selected) ? selected : null;
  const otherRadio = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const choosePicked = () => {
    if (otherRadio.current && picker.current?.value) otherRadio.current.checked = true;
  };
  const emptyPicker = () => {
    if (picker.current) picker.current.value = '';
  };
  return (
    <>
      <div className="options">
        {days.map(({ date, label, hint }, i) => (
          <label key={date} className="option" htmlFor={`value-${i}`}>
            <input type="radio" id={`value-${i}`} name="value" value={date} defaultChecked={selected === date} onChange={emptyPicker} />
            <span className="option-text">
              <span className="option-label">{label}</span>
              <span className="option-hint">{hint}</span>
            </span>
          </label>
        ))}
        <label className="option" htmlFor="value-other">
          <input ref={otherRadio} type="radio" id="value-other" name="value" value="other" defaultChecked={other !== null} />
          <span className="option-text">
            <span className="option-label">{otherLabel}</span>
          </span>
        </label>
      </div>
      <div className="field other-input">
        <label htmlFor="other">{pickLabel}</label>
        <input
          ref={picker}
          className="input"
          type="date"
          id="other"
          name="other"
          min={min ?? undefined}
          max={max ?? undefined}
          defaultValue={other ?? undefined}
          onInput={choosePicked}
          onChange={choosePicked}
        />
      </div>
    </>
  );
}
