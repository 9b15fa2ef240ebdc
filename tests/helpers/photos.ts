import sharp from 'sharp';

/** Real pictures made here with sharp, for the upload tests: what a phone would hand over. */

export async function solidPhoto(format: 'jpeg' | 'png' | 'webp', width = 32, height = 24, colour = '#3366cc'): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: colour } })
      .toFormat(format)
      .toBuffer(),
  );
}

/**
 * A 40 × 20 JPEG, left half red and right half blue, as a sideways phone camera writes it: EXIF
 * orientation 6 (turn 90° clockwise to view), the camera's make, and where it was taken (GPS).
 */
export async function sidewaysCameraJpeg(): Promise<Uint8Array<ArrayBuffer>> {
  const red = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#ff0000' } })
    .png()
    .toBuffer();
  return new Uint8Array(
    await sharp({ create: { width: 40, height: 20, channels: 3, background: '#0000ff' } })
      .composite([{ input: red, left: 0, top: 0 }])
      .withExif({
        IFD0: { Make: 'CheapPhone', Model: 'A1' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 40/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '117/1 0/1 0/1' },
      })
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 95 })
      .toBuffer(),
  );
}

/** A noisy photo (so it does not compress to nothing) whose cut-off halves are truncated files. */
export async function noisyPhoto(format: 'jpeg' | 'png', width = 320, height = 240): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .toFormat(format)
      .toBuffer(),
  );
}

/** The red, green and blue of one pixel of a stored photo. */
export async function pixelAt(bytes: Uint8Array, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at] ?? -1, data[at + 1] ?? -1, data[at + 2] ?? -1];
}
