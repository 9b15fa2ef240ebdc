import type { Messages } from './messages';

/**
 * The namespaces each client component reads with useTranslations. Only the pages that render one send
 * its namespaces to the browser (components/i18n/client-messages.tsx); every other page sends none, since
 * the words travel twice otherwise (in the HTML and again in the page's RSC payload).
 */
export const CLIENT_NAMESPACES = {
  signIn: ['common', 'errors', 'signIn'],
  applications: ['common', 'errors', 'applications', 'services', 'stages'],
} as const satisfies Record<string, readonly (keyof Messages)[]>;

export type ClientMessagesFor = keyof typeof CLIENT_NAMESPACES;

export function pickClientMessages(messages: Messages, forWhat: ClientMessagesFor): Partial<Messages> {
  const picked: Partial<Record<keyof Messages, unknown>> = {};
  for (const ns of CLIENT_NAMESPACES[forWhat]) picked[ns] = messages[ns];
  return picked as Partial<Messages>;
}
