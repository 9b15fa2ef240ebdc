import { demoToolsEnabled } from '../server/demo-mode';
import { ApiError } from './server';

/** The 模拟短信 and 模拟经办 tools exist only in demo mode (DEMO_MODE=true) with SMS kept in the outbox. */
export function assertOutboxMode(): void {
  if (!demoToolsEnabled()) throw new ApiError(404, 'outbox-only');
}
