type Props = {
  id: string;
  heading: string;
  hint: string;
  /** The preference's field name in POST /api/preferences. */
  name: string;
  choices: { value: string; label: string }[];
  current: string;
  returnTo: string;
};

/** A device setting as big buttons in a plain form: works with or without JavaScript and repaints with the new choice. */
export function ChoiceSettingForm({ id, heading, hint, name, choices, current, returnTo }: Props) {
  return (
    <form action="/api/preferences" method="post" className="card" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <p className="muted">{hint}</p>
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="choice-grid">
        {choices.map(({ value, label }) => (
          <button key={value} type="submit" name={name} value={value} className="choice" aria-pressed={value === current}>
            {label}
          </button>
        ))}
      </div>
    </form>
  );
}
