// Draws the app's home-screen icons and favicon (issue 18): the primary blue full-bleed with a big white 医保,
// set in the system's Noto Sans CJK. Run with `npm run icons`; the PNGs and the ICO are committed under public/.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { ICON_BACKGROUND, ICON_FOREGROUND, MASKABLE_SAFE_RADIUS } from '../../lib/pwa/icon-spec';

const root = path.resolve(import.meta.dirname, '../..');

/** Two characters side by side, centred; fontSize as a share of the icon's side. */
function svg(size: number, fontShare: number): string {
  const fs = Math.round(size * fontShare);
  // Noto Sans CJK's ideographs sit about 0.38 em above the baseline's centre line.
  const baseline = Math.round(size / 2 + fs * 0.35);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" fill="${ICON_BACKGROUND}"/>
  <text x="${size / 2}" y="${baseline}" text-anchor="middle" font-family="Noto Sans CJK SC" font-weight="700" font-size="${fs}" fill="${ICON_FOREGROUND}">医保</text>
</svg>`;
}

async function png(size: number, fontShare: number): Promise<Buffer> {
  return sharp(Buffer.from(svg(size, fontShare)))
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An ICO holding PNG images: a 6-byte ICONDIR, one 16-byte ICONDIRENTRY per image, then the PNGs. */
function ico(images: readonly { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

// "any" icons: the characters fill most of the square (width ≈ 2 × font size).
const ANY_SHARE = 0.42;
// Maskable: the text's corners (± font, ± font / 2 from the centre) stay well inside the safe circle.
const MASKABLE_SHARE = (MASKABLE_SAFE_RADIUS / Math.hypot(1, 0.5)) * 0.92;

const out = (file: string, data: Buffer) => {
  writeFileSync(path.join(root, 'public', file), data);
  console.log(`public/${file}: ${data.length} bytes`);
};

out('icons/icon-192.png', await png(192, ANY_SHARE));
out('icons/icon-512.png', await png(512, ANY_SHARE));
out('icons/maskable-512.png', await png(512, MASKABLE_SHARE));
out('icons/apple-touch-icon-180.png', await png(180, ANY_SHARE));
out(
  'favicon.ico',
  ico([
    { size: 32, data: await png(32, ANY_SHARE + 0.04) },
    { size: 48, data: await png(48, ANY_SHARE + 0.04) },
  ]),
);
