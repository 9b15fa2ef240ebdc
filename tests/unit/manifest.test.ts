import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import manifest from '@/app/manifest';
import messages from '@/lib/i18n/messages/zh-CN.json';
import { APPLE_TOUCH_ICON, ICON_BACKGROUND, ICON_FOREGROUND, MASKABLE_SAFE_RADIUS } from '@/lib/pwa/icon-spec';

const publicDir = path.resolve(__dirname, '../../public');

/** WCAG 2.x relative luminance of '#rrggbb'. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

async function pixels(file: string) {
  const { data, info } = await sharp(path.join(publicDir, file)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

describe('the web app manifest', () => {
  const m = manifest();

  it('installs as a standalone app named 医保长辈版 from the messages, at the site root', () => {
    expect(m.name).toBe(messages.meta.appName);
    expect(m.short_name).toBe('医保长辈版');
    expect(m.description).toBe(messages.meta.description);
    expect(m).toMatchObject({ display: 'standalone', start_url: '/', scope: '/', id: '/', lang: 'zh-CN' });
  });

  it('has 192 and 512 icons for any use and a 512 maskable one', () => {
    const icons = (m.icons ?? []).map((i) => `${i.sizes} ${i.purpose} ${i.type}`);
    expect(icons).toEqual(expect.arrayContaining(['192x192 any image/png', '512x512 any image/png', '512x512 maskable image/png']));
  });

  it('keeps white text on its theme and background colours at AAA contrast (≥ 7:1)', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(m.theme_color).toBe(ICON_BACKGROUND);
    expect(contrast(ICON_FOREGROUND, m.theme_color ?? '')).toBeGreaterThanOrEqual(7);
    expect(contrast(ICON_FOREGROUND, m.background_color ?? '')).toBeGreaterThanOrEqual(7);
  });
});

describe('the icons', () => {
  it.each([...(manifest().icons ?? []).map((i) => [i.src.slice(1), Number(i.sizes?.split('x')[0])] as const), [APPLE_TOUCH_ICON.slice(1), 180] as const])(
    '%s is a %i px square PNG',
    async (file, size) => {
      const meta = await sharp(path.join(publicDir, file)).metadata();
      expect(meta.format).toBe('png');
      expect([meta.width, meta.height]).toEqual([size, size]);
    },
  );

  it('the maskable icon is background at its corners and draws only inside the central 80 % circle', async () => {
    const { data, width, height, channels } = await pixels('icons/maskable-512.png');
    const bg = rgb(ICON_BACKGROUND);
    const isBackground = (x: number, y: number) => {
      const at = (y * width + x) * channels;
      return bg.every((c, k) => Math.abs((data[at + k] ?? -99) - c) <= 2);
    };
    for (const [x, y] of [
      [0, 0],
      [width - 1, 0],
      [0, height - 1],
      [width - 1, height - 1],
    ] as const)
      expect(isBackground(x, y)).toBe(true);
    const radius = MASKABLE_SAFE_RADIUS * width;
    let drawn = 0;
    const outside: string[] = [];
    for (let y = 0; y < height; y += 1)
      for (let x = 0; x < width; x += 1) {
        if (isBackground(x, y)) continue;
        drawn += 1;
        if (Math.hypot(x + 0.5 - width / 2, y + 0.5 - height / 2) > radius) outside.push(`${x},${y}`);
      }
    expect(outside.slice(0, 5)).toEqual([]);
    // The artwork is there and large: the 医保 covers a good share of the safe circle.
    expect(drawn).toBeGreaterThan(0.1 * Math.PI * radius * radius);
  });

  it('the favicon is an ICO whose images are PNGs of the sizes its directory names', async () => {
    const ico = readFileSync(path.join(publicDir, 'favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      const entry = 6 + 16 * i;
      const size = ico.readUInt8(entry);
      const image = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      const meta = await sharp(image).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
    }
  });
});
