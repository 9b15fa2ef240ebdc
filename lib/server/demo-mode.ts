import { isOutboxMode } from '../sms/provider';

/**
 * Demo mode is on only on purpose (issue 14.8): `DEMO_MODE=true`, which `npm run dev` and the
 * README's first command set. It seeds the invented people and the demo staff accounts with their
 * published passwords, pins the demo clock, and opens the demo tools.
 */
export function isDemoMode(): boolean {
  return process.env.DEMO_MODE === 'true';
}

/** 模拟短信 (the outbox reader) and 模拟经办 (the shared clock, the 经办 actions): demo mode with SMS kept in the outbox. */
export function demoToolsEnabled(): boolean {
  return isDemoMode() && isOutboxMode();
}
