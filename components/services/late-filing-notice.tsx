import { getTranslations } from 'next-intl/server';
import { loose } from '@/lib/i18n/dynamic';
import { Link } from '@/lib/i18n/navigation';
import type { Answers, FlowContext } from '@/lib/services/flow';
import { findModule } from '@/lib/services/modules';

/**
 * A notice the service shows after the answers when they call for it (异地就医备案's 002 第6条: a filing
 * that starts before today is 补办; filed before the discharge bill it is settled directly, paid out of
 * pocket already it is claimed under the 参保地 rules).
 */
export async function LateFilingNotice({ service, answers, ctx }: { service: string; answers: Answers; ctx: FlowContext<Record<string, unknown>> }) {
  const notice = findModule(service)?.answersNotice;
  if (!notice?.when(answers, ctx)) return null;
  const t = loose(await getTranslations());
  return (
    <section className="notice" data-testid="late-filing">
      <p>{t(`flows.${service}.${notice.text}`)}</p>
      {notice.link ? (
        <Link className="button secondary" href={notice.link.href}>
          {t(`flows.${service}.${notice.link.label}`)}
        </Link>
      ) : null}
    </section>
  );
}
