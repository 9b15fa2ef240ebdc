import type { Messages } from './messages';

/** Only these namespaces reach the browser; the rest stay on the server to keep pages light. */
const clientNamespaces = ['common', 'errors', 'signIn', 'applications', 'home', 'services', 'stages', 'settings'] as const;

export function pickClientMessages(messages: Messages): Partial<Messages> {
  const picked: Partial<Record<keyof Messages, unknown>> = {};
  for (const ns of clientNamespaces) picked[ns] = messages[ns];
  return picked as Partial<Messages>;
}
