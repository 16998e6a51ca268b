import { crc32, deflateSync } from 'node:zlib';

/**
 * A valid PNG made here, for tests that need real image bytes: 8-bit RGB, or RGBA when `pixel`
 * answers four values. `pixel(x, y)` gives each pixel's channels (0–255).
 */
export function makePng(width: number, height: number, pixel: (x: number, y: number) => readonly number[]): Buffer {
  const channels = pixel(0, 0).length;
  if (channels !== 3 && channels !== 4) throw new Error('makePng: a pixel is RGB or RGBA');
  const stride = width * channels + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    // Each scanline starts with its filter type: 0, none.
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * stride + 1 + x * channels);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A photo-like RGB image: a diagonal gradient with some texture, so it neither compresses to nothing nor is noise. */
export function samplePhoto(width: number, height: number, hue: number): Buffer {
  return makePng(width, height, (x, y) => {
    const t = (x + y) / (width + height);
    const texture = ((x * 7 + y * 13) % 23) - 11;
    return [clamp(hue + 120 * t + texture), clamp(90 + 100 * (1 - t) + texture), clamp(200 - hue * 0.5 + texture)];
  });
}

/** A signature-like RGBA image: a dark wavy stroke on a transparent background. */
export function sampleSignature(width = 360, height = 120): Buffer {
  return makePng(width, height, (x, y) => {
    const stroke = height / 2 + (height / 4) * Math.sin((x / width) * Math.PI * 3);
    return Math.abs(y - stroke) < 2.5 ? [16, 32, 64, 255] : [0, 0, 0, 0];
  });
}

const clamp = (value: number) => Math.max(0, Math.min(255, Math.round(value)));
