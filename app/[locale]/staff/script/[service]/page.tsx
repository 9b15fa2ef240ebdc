import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { StaffShell } from '@/components/staff/staff-shell';
import { staffGrant } from '@/lib/auth/access';
import { loose } from '@/lib/i18n/dynamic';
import { isLocale } from '@/lib/i18n/routing';
import { loadFlowContext } from '@/lib/jingban/flow-facts';
import { appContext } from '@/lib/server/context';
import { callScript } from '@/lib/services/call-script';
import { flowFor } from '@/lib/services/flows';
import { isServiceKey } from '@/lib/services/modules';
import { currentStaff } from '@/lib/staff/session';
import { shanghaiDate } from '@/lib/time/dates';

type Props = { params: Promise<{ service: string }> };

/** 电话办 call script: each step's question, hint and answers, word for word as the resident's page shows them; the facts of the resident staff act for, if any. */
export default async function ScriptPage({ params }: Props) {
  const { service } = await params;
  if (!isServiceKey(service)) notFound();
  const flow = flowFor(service);
  if (!flow) notFound();
  const member = await currentStaff();
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const t = loose(await getTranslations());
  const ts = await getTranslations('staff');
  const { db, now } = await appContext();
  const grant = await staffGrant(db);
  const caller = grant ? await loadFlowContext(db, grant.person, service, now) : null;
  const steps = callScript(t, locale, flow, caller, shanghaiDate(now));
  return (
    <StaffShell title={ts('scriptFor', { service: t(`services.${service}.name`) })} member={member}>
      <p>{ts('scriptIntro')}</p>
      <ol>
        {steps.map((step) => (
          <li key={step.key} className="card script-step" data-step={step.key}>
            <h2>{step.question}</h2>
            {step.branches.map((branch, i) => (
              <div key={i} className="script-branch">
                {branch.condition ? <h3>{branch.condition}</h3> : null}
                {branch.hint ? <p className="muted">{branch.hint}</p> : null}
                {branch.options.length > 0 ? (
                  <ul>
                    {branch.options.map((o) => (
                      <li key={o}>{o}</li>
                    ))}
                  </ul>
                ) : null}
                {branch.live ? <p className="muted">{ts('scriptLive')}</p> : null}
                {branch.typed ? <p className="muted">{ts('scriptTyped')}</p> : null}
              </div>
            ))}
          </li>
        ))}
      </ol>
    </StaffShell>
  );
}
