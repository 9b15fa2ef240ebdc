import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { phoneSchema } from '@/lib/contracts/api';
import { demoPersons } from '@/lib/data/demo-people';
import { getDb } from '@/lib/db/client';
import { maskPhone } from '@/lib/identity/id-card';
import { Link } from '@/lib/i18n/navigation';
import { smsInbox } from '@/lib/jingban/demo';
import { formatDateTime } from '@/lib/i18n/translator';
import { demoToolsEnabled } from '@/lib/server/demo-mode';
import { willRetry } from '@/lib/sms/outbox';
import { getLocale } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/routing';

type Props = { searchParams: Promise<{ phone?: string }> };

/** 模拟短信: a phone-like inbox per number, only in outbox (demo) mode. */
export default async function DevSmsPage({ searchParams }: Props) {
  if (!demoToolsEnabled()) notFound();
  const t = await getTranslations('devSms');
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const { phone: requested } = await searchParams;
  const parsed = phoneSchema.safeParse(requested ?? demoPersons[0]?.phone ?? '');
  const phone = parsed.success ? parsed.data : null;
  const messages = phone ? await smsInbox(await getDb(), phone) : [];
  return (
    <AppShell title={t('title')} back="/settings" tab="me">
      <p>{t('intro')}</p>
      <h2>{t('pickPhone')}</h2>
      <div className="choice-grid" style={{ marginBottom: '1rem' }}>
        {demoPersons.map((p) => (
          <Link key={p.phone} className="choice" href={`/dev/sms?phone=${p.phone}`} aria-current={p.phone === phone ? 'true' : undefined}>
            {p.name} {maskPhone(p.phone)}
          </Link>
        ))}
      </div>
      <section className="phone-frame" aria-live="polite" aria-label={phone ?? ''}>
        {messages.length === 0 ? <p>{t('empty')}</p> : null}
        {messages.map((m) => (
          <article key={m.id} className="sms" data-template={m.template}>
            <p className="sms-meta">
              <span>{t('sender', { sender: m.sender })}</span>
              <span className="chs">{t('tag')}</span>
              <span>{formatDateTime(new Date(m.createdAt), locale)}</span>
              <span>
                {m.status !== 'failed'
                  ? t(`status.${m.status}`)
                  : willRetry(m)
                    ? t('status.failed', { attempts: m.attempts })
                    : t('status.gaveUp', { attempts: m.attempts })}
              </span>
            </p>
            <p style={{ margin: 0 }}>{m.link && m.body.endsWith(m.link.text) ? <SmsBodyWithLink body={m.body} link={m.link} /> : m.body}</p>
          </article>
        ))}
      </section>
    </AppShell>
  );
}

/** The message as the phone shows it: its link tappable, opening here (whatever PUBLIC_ORIGIN the text names). */
function SmsBodyWithLink({ body, link }: { body: string; link: { text: string; token: string } }) {
  return (
    <>
      {body.slice(0, body.length - link.text.length)}
      <Link className="sms-link" href={`/m/${link.token}`}>
        {link.text}
      </Link>
    </>
  );
}
