import sharp from 'sharp';
import { DomainError } from '../errors/domain-error';
import { MAX_UPLOAD_BYTES, type ImageMime } from './image-check';

/**
 * The long edge a stored photo is brought down to. The photos are documents (诊断证明, 出院小结, 居住证)
 * that a 经办 reviewer must read: 2048 px over an A4 page's long side is about 175 pixels per inch,
 * some 25 px for a line of 五号字, readable at a glance and sharp when zoomed. A cheap phone's
 * 12–50 MP original adds only sensor noise, and five to twenty times the bytes in the database.
 */
export const STORED_LONG_EDGE_PX = 2048;

/**
 * Photos with more pixels are refused before decoding (a 5 MB file can claim a gigapixel canvas).
 * 50 MP is the full-resolution mode of today's 50 MP phone cameras; their usual binned 12 MP shots
 * are far below it. errors.upload-too-many-pixels names it in words (5000 万像素 / 50 megapixels):
 * change both together.
 */
export const MAX_INPUT_PIXELS = 50_000_000;

/** Text and stamps stay crisp at 85; noticeably smaller files than 90+, no visible blocks. */
export const STORED_JPEG_QUALITY = 85;

/** The decoder's own name for each format the first bytes may name: the two must agree. */
const DECODER_FORMAT: Record<ImageMime, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp', 'image/heic': 'heif' };

// Decoded photos are people's documents: keep none of them in libvips' operation cache.
sharp.cache(false);

/**
 * Decodes the photo and encodes its pixels afresh as a JPEG: turned upright by its EXIF orientation,
 * brought down to STORED_LONG_EDGE_PX, transparency on white, and no metadata (GPS, camera, time)
 * and nothing that rode along after the image data. Whatever does not decode is refused.
 */
export async function reencodePhoto(bytes: Uint8Array, sniffed: ImageMime): Promise<Buffer> {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const options = { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS } as const;
  // The header alone, so a canvas over the limit is told apart from bytes that are no picture.
  const header = await sharp(input, { ...options, limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!header || header.format !== DECODER_FORMAT[sniffed]) throw notDecodable(sniffed);
  if (header.width * header.height > MAX_INPUT_PIXELS) throw new DomainError('upload-too-many-pixels', {}, 413);
  const output = await sharp(input, options)
    .autoOrient()
    .resize({ width: STORED_LONG_EDGE_PX, height: STORED_LONG_EDGE_PX, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: STORED_JPEG_QUALITY })
    .toBuffer()
    .catch(() => null);
  if (!output) throw notDecodable(sniffed);
  // Not reached by a photo (noise at the long edge is about 3 MB); the stored size keeps the upload limit.
  if (output.length > MAX_UPLOAD_BYTES) throw new DomainError('upload-too-large', {}, 413);
  return output;
}

/** HEIC from an iPhone: this server's decoder has no HEVC (a patent licence), so the person is told how to send one it can read. */
function notDecodable(sniffed: ImageMime): DomainError {
  return new DomainError(sniffed === 'image/heic' ? 'upload-heic' : 'upload-not-image', {}, 415);
}
