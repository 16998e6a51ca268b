import sharp from 'sharp';

/** A real JPEG photo (a gradient with a shape), optionally with a GPS position in its EXIF, as a phone writes it. */
export async function photoJpeg(options: { gps?: boolean; width?: number; height?: number; hue?: number } = {}): Promise<Buffer> {
  const { width = 800, height = 600, hue = 200 } = options;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g"><stop offset="0" stop-color="hsl(${hue},60%,70%)"/><stop offset="1" stop-color="hsl(${hue + 40},60%,40%)"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 4}" fill="#d9534f"/></svg>`;
  const image = sharp(Buffer.from(svg)).jpeg({ quality: 85 });
  if (!options.gps) return image.toBuffer();
  // IFD3 is the GPS block: 48° 8' 14" N, 11° 34' 31" E.
  return image
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'Camera 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 8/1 14/1', GPSLongitudeRef: 'E', GPSLongitude: '11/1 34/1 31/1' },
    })
    .toBuffer();
}

/** A drawn-looking signature as a transparent PNG. */
export function signaturePng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><path d="M10 90 C 40 10, 70 10, 80 80 S 130 110, 150 40 T 290 70" fill="none" stroke="#123" stroke-width="4"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A small, valid one-page PDF. */
export function pdfBytes(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
