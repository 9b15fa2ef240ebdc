/** Message keys of a step: question, hint, the short label on the check page, and the voice line. */
export function stepKeys(service: string, step: string) {
  const base = `flows.${service}.${step}`;
  return { question: `${base}.question`, hint: `${base}.hint`, label: `${base}.label` };
}
