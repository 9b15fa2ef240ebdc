import { getTranslations } from 'next-intl/server';
import { loose } from '@/lib/i18n/dynamic';
import { Link } from '@/lib/i18n/navigation';
import type { FlowContext } from '@/lib/services/flow';
import type { StartPanel } from '@/lib/services/module';

/** A service's own start-page notices, with their links, in its words under `flows.<service>.start`. */
export async function StartPanels({ service, panels, ctx }: { service: string; panels: readonly StartPanel[]; ctx: FlowContext<Record<string, unknown>> }) {
  const t = loose(await getTranslations());
  const key = (name: string) => `flows.${service}.start.${name}`;
  return (
    <>
      {panels
        .filter((p) => p.when?.(ctx) ?? true)
        .map((p) => (
          <section key={p.text} className="notice" data-panel={p.text}>
            <p>{t(key(p.text))}</p>
            {p.links?.map((l) => (
              <Link key={l.href} className="button secondary" href={l.href}>
                {t(key(l.label))}
              </Link>
            ))}
          </section>
        ))}
    </>
  );
}
