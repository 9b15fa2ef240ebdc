import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { processState } from './process-state';

/**
 * This server process among the instances sharing one database: host, pid and a random part (a pid
 * is reused after a restart, and containers all run as pid 1). Recorded on what the process claims.
 */
export function instanceId(): string {
  return processState('instance-id', () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`);
}
