import type { Db } from '../db/client';
import { findAssist, type AssistRow } from './sessions';

const POLL_MS = 500;
const HEARTBEAT_MS = 15_000;
/** EventSource reconnects by itself; a bounded stream keeps no request open for ever. */
const MAX_STREAM_MS = 5 * 60_000;

type Emit = (row: AssistRow, send: (event: string, data: unknown) => void) => void;

/**
 * Server-sent events from the database row, polled: any server instance can serve either side,
 * because the row (not this process) is where the page, the hint and the end are written.
 */
export function assistEventStream(db: Db, id: string, signal: AbortSignal, emit: Emit): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: string, data: unknown) => controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      const started = Date.now();
      let beat = Date.now();
      try {
        while (!signal.aborted && Date.now() - started < MAX_STREAM_MS) {
          const row = await findAssist(db, id);
          if (!row || row.endedAt) {
            send('ended', {});
            break;
          }
          emit(row, send);
          if (Date.now() - beat > HEARTBEAT_MS) {
            controller.enqueue(encoder.encode(': keep-alive\n\n'));
            beat = Date.now();
          }
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' } });
}

/** Sends `event` when `version` moved since the last call. */
export function onChange<T>(pick: (row: AssistRow) => { version: number; data: T }, event: string): Emit {
  let last = -1;
  return (row, send) => {
    const { version, data } = pick(row);
    if (version !== last) {
      last = version;
      send(event, data);
    }
  };
}
