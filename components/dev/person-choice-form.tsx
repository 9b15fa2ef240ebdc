'use client';

import { useState } from 'react';

export type Choice = { value: string; label: string };
/** One person the form may act for, with the choices that fit them (their catalogue, their city's hospitals …). */
export type PersonChoices = { id: string; label: string; choices: Record<string, Choice[]> };
export type ChoiceField = { name: string; label: string } & ({ kind: 'select' } | { kind: 'date'; max: string; defaultValue: string });

type Props = { id: string; action: string; returnTo: string; personLabel: string; people: PersonChoices[]; fields: ChoiceField[]; submit: string };

/** 模拟经办: choose a person, then from what fits that person; a plain form post (works without JavaScript for the first person). */
export function PersonChoiceForm({ id, action, returnTo, personLabel, people, fields, submit }: Props) {
  const [personId, setPersonId] = useState(people[0]?.id ?? '');
  const person = people.find((p) => p.id === personId);
  return (
    <form action={action} method="post" className="stack">
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="field">
        <label htmlFor={`${id}-person`}>{personLabel}</label>
        <select id={`${id}-person`} name="personId" className="input" value={personId} onChange={(e) => setPersonId(e.target.value)}>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      {fields.map((f) => (
        <div className="field" key={f.name}>
          <label htmlFor={`${id}-${f.name}`}>{f.label}</label>
          {f.kind === 'date' ? (
            <input id={`${id}-${f.name}`} name={f.name} type="date" className="input" max={f.max} defaultValue={f.defaultValue} required />
          ) : (
            // Keyed by person, so a new person starts from their own first choice.
            <select key={`${personId}-${f.name}`} id={`${id}-${f.name}`} name={f.name} className="input">
              {(person?.choices[f.name] ?? []).map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </div>
      ))}
      <button type="submit" className="button">
        {submit}
      </button>
    </form>
  );
}
