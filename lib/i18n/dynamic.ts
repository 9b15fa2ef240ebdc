/** Words for the screen: a message key (with its parameters) or text from data (place and facility names). */
export type MessageOrText = { key: string; params?: Record<string, string | number> } | { text: string };

/** A translator that accepts keys built at run time (flow steps and options name their own keys). */
export type LooseT = {
  (key: string, params?: Record<string, string | number>): string;
  has: (key: string) => boolean;
  /** The message as written, placeholders and all. */
  raw: (key: string) => unknown;
};

export function loose(t: unknown): LooseT {
  return t as LooseT;
}

export function labelText(t: LooseT, label: MessageOrText): string {
  return 'text' in label ? label.text : t(label.key, label.params);
}
