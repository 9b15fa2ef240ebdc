import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { StaffShell } from '@/components/staff/staff-shell';
import { loose, labelText } from '@/lib/i18n/dynamic';
import { flowFor } from '@/lib/services/flows';
import { isServiceKey } from '@/lib/services/review';
import { stepKeys } from '@/lib/services/step-text';
import { currentStaff } from '@/lib/staff/session';

type Props = { params: Promise<{ service: string }> };

/**
 * A hint that names the caller's own facts ({from}: their 参保地, {months}, {count}) is read with a
 * bracketed placeholder the staff member fills in from the live view; a choice between wordings
 * (职工/居民) falls to its general form.
 */
function scriptParams(message: unknown, word: (name: string) => string): Record<string, string> {
  if (typeof message !== 'string') return {};
  const names = [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!);
  return Object.fromEntries(names.map((name) => [name, `〔${word(name)}〕`]));
}

/** 电话办 call script: each step's question, hint and fixed options, word for word as the resident's page shows them (same flow definition, same messages). */
export default async function ScriptPage({ params }: Props) {
  const { service } = await params;
  if (!isServiceKey(service)) notFound();
  const flow = flowFor(service);
  if (!flow) notFound();
  const member = await currentStaff();
  const translations = await getTranslations();
  const t = loose(translations);
  const raw = (key: string) => (translations as unknown as { raw: (k: string) => unknown }).raw(key);
  const ts = await getTranslations('staff');
  return (
    <StaffShell title={ts('scriptFor', { service: t(`services.${service}.name`) })} member={member}>
      <p>{ts('scriptIntro')}</p>
      <ol>
        {flow.steps.map((step) => {
          const keys = stepKeys(service, step.key);
          let options: string[] = [];
          try {
            // Options that do not depend on the person (lists of places and facilities do: the console shows them live).
            options = step.kind === 'choice' && step.view !== 'search' && step.view !== 'grid' ? (step.options?.({}, {} as never) ?? []).map((o) => labelText(t, o.label)) : [];
          } catch {
            options = [];
          }
          return (
            <li key={step.key} className="card script-step" data-step={step.key}>
              <h2>{t(keys.question)}</h2>
              {t.has(keys.hint) ? <p className="muted">{t(keys.hint, scriptParams(raw(keys.hint), (name) => (t.has(`staff.scriptParams.${name}`) ? t(`staff.scriptParams.${name}`) : name)))}</p> : null}
              {options.length > 0 ? (
                <ul>
                  {options.map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </StaffShell>
  );
}
