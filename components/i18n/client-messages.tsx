import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { pickClientMessages, type ClientMessagesFor } from '@/lib/i18n/client-messages';

/** Around the client components that read words in the browser: just the namespaces they use. */
export async function ClientMessages({ forWhat, children }: { forWhat: ClientMessagesFor; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} messages={pickClientMessages(messages, forWhat)}>
      {children}
    </NextIntlClientProvider>
  );
}
