import { z } from 'zod';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export { MAX_UPLOADS_PER_APPLICATION } from '../data/photo-limits';

export const IMAGE_MIMES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;
export type ImageMime = (typeof IMAGE_MIMES)[number];

/** What `POST /api/uploads` answers; the step page keeps the id in the draft. */
export const uploadedPhotoSchema = z.object({
  id: z.uuid(),
  mime: z.enum(IMAGE_MIMES),
  size: z.number().int().positive().max(MAX_UPLOAD_BYTES),
});
export type UploadedPhoto = z.infer<typeof uploadedPhotoSchema>;

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'mif1', 'msf1']);
const HEVC_BRANDS = new Set(['heic', 'heix', 'hevc']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** The image type by its first bytes only; a file's name or declared type is never trusted. */
export function sniffImage(bytes: Uint8Array): { mime: ImageMime } | null {
  if (bytes.length < 12) return null;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { mime: 'image/webp' };
  if (ascii(bytes, 4, 8) === 'ftyp' && isHeif(bytes)) return { mime: 'image/heic' };
  return null;
}

function isHeif(bytes: Uint8Array): boolean {
  const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const end = Math.min(bytes.length, boxSize >= 16 ? boxSize : 16);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  if (!brands.some((b) => HEIF_BRANDS.has(b))) return false;
  // An AVIF file also carries mif1; it is HEIC only when an HEVC brand is there too.
  return !brands.some((b) => AVIF_BRANDS.has(b)) || brands.some((b) => HEVC_BRANDS.has(b));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, i) => bytes[i] === value);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}
