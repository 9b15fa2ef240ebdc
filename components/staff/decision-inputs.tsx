import type { DeskInput } from '@/lib/staff/review-view';

/** What a service asks the case worker to enter to approve: large fields, checked again on the server. */
export function DecisionInputs({ id, inputs, field }: { id: string; inputs: DeskInput[]; field?: string }) {
  return (
    <>
      {inputs.map((input) => {
        const fieldId = `${input.name}-${id}`;
        const invalid = field === `inputs.${input.name}`;
        return (
          <div key={input.name} className="field">
            <label htmlFor={fieldId}>{input.label}</label>
            {input.kind === 'amount-yuan' ? (
              <>
                {input.hint ? (
                  <p className="hint" id={`${fieldId}-hint`}>
                    {input.hint}
                  </p>
                ) : null}
                <input
                  id={fieldId}
                  name={`inputs.${input.name}`}
                  className="input"
                  inputMode="decimal"
                  autoComplete="off"
                  required
                  aria-invalid={invalid || undefined}
                  aria-describedby={input.hint ? `${fieldId}-hint` : undefined}
                />
              </>
            ) : (
              <select id={fieldId} name={`inputs.${input.name}`} className="input" required aria-invalid={invalid || undefined}>
                {input.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
    </>
  );
}
