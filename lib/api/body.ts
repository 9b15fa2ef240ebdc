import { ApiError } from './api-error';

/** The most any request body may be, by kind (issue 14: stop before buffering more). */
export const BODY_LIMITS = {
  /** JSON from the app's own scripts: a flow answer or a form of a few fields. */
  json: 64 * 1024,
  /** A plain form post (no JavaScript): a few short fields. */
  form: 4 * 1024,
  /** The same few fields sent as multipart (each part carries its own headers). */
  multipartForm: 16 * 1024,
} as const;

/**
 * Reads the body as it streams and stops at `max` bytes with a 413, whatever content-length claims
 * (or if it is absent, as with chunked uploads): a 400 MB post costs at most `max` bytes of memory.
 */
export async function readCapped(req: Request, max: number, code: string): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > max) {
    await req.body?.cancel().catch(() => undefined);
    throw new ApiError(413, code);
  }
  if (!req.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw new ApiError(413, code);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function readCappedText(req: Request, max: number, code: string): Promise<string> {
  return new TextDecoder().decode(await readCapped(req, max, code));
}

/** A multipart body, capped while it streams, then parsed. */
export async function readCappedFormData(req: Request, max: number, code: string): Promise<FormData> {
  const bytes = await readCapped(req, max, code);
  try {
    return await new Response(new Uint8Array(bytes), { headers: { 'content-type': req.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw new ApiError(400, 'invalid-input');
  }
}
