import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';
import type { Locale } from './routing';

export type Messages = typeof zhCN;

const all: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export function messagesFor(locale: Locale): Messages {
  return all[locale];
}
