import { isOutboxMode } from '../sms/provider';
import { ApiError } from './server';

/** The 模拟短信 and 模拟经办 tools exist only while SMS go to the outbox (demo mode). */
export function assertOutboxMode(): void {
  if (!isOutboxMode()) throw new ApiError(404, 'outbox-only');
}
