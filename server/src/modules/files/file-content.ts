import type { Sharp } from 'sharp';
import { fileTypeFromBuffer } from 'file-type';
import { AttachmentKind } from './files.enums.js';
import { badInput } from '../../shared/errors.js';

/** The image types sharp decodes here (its prebuilt libvips reads AVIF but not HEIC, whose codec is patent-encumbered). */
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif']);
const DOCUMENT_TYPES = new Set(['application/pdf']);
/** Longest side of a stored photo, and of a thumbnail. */
const MAX_SIDE = 2560;
const THUMB_SIDE = 320;
/** Refuse decompression bombs: a 15 MB file may not unpack into more than this many pixels. */
const MAX_INPUT_PIXELS = 50_000_000;

export interface PreparedFile {
  bytes: Buffer;
  contentType: string;
  width: number | null;
  height: number | null;
  thumbnail: { bytes: Buffer; contentType: string } | null;
}

/** BAD_USER_INPUT that the upload route answers with 415: the content is not a type this kind accepts. */
export const unsupportedType = (message: string, detected: string | null) => badInput(message, { reason: 'UNSUPPORTED_MEDIA_TYPE', detected });

/**
 * Checks what the bytes are (by content, never by name or declared type) and makes the file we
 * keep: images re-encoded (which also drops anything hidden in them), turned upright, capped in
 * size, stripped of metadata (EXIF GPS included) unless the standard keeps the location, with a
 * thumbnail; PDFs kept as they are.
 */
export async function prepareFile(kind: AttachmentKind, raw: Buffer, keepLocation: boolean): Promise<PreparedFile> {
  const detected = (await fileTypeFromBuffer(raw))?.mime ?? null;
  if (kind === AttachmentKind.DOCUMENT || (kind === AttachmentKind.CERTIFICATE && detected && DOCUMENT_TYPES.has(detected))) {
    if (!detected || !DOCUMENT_TYPES.has(detected)) throw unsupportedType(`A document must be a PDF; this file is ${describe(detected)}`, detected);
    return { bytes: raw, contentType: detected, width: null, height: null, thumbnail: null };
  }
  if (!detected || !IMAGE_TYPES.has(detected)) {
    const hint =
      detected === 'image/heic' || detected === 'image/heif' ? ' (HEIC cannot be read here: choose JPEG, or "Most compatible" in the camera settings)' : '';
    const what =
      kind === AttachmentKind.CERTIFICATE
        ? 'A certificate must be a PDF or a JPEG, PNG, WebP or AVIF image'
        : `A ${kind.toLowerCase()} must be a JPEG, PNG, WebP or AVIF image`;
    throw unsupportedType(`${what}; this file is ${describe(detected)}${hint}`, detected);
  }
  return kind === AttachmentKind.SIGNATURE ? prepareImage(raw, 'png', false) : prepareImage(raw, 'jpeg', keepLocation);
}

/**
 * sharp (libvips, its threads and its native memory) is loaded by the first image, not at start:
 * an instance that never takes an upload never holds it.
 */
export const loadSharp = async () => (await import('sharp')).default;

async function prepareImage(raw: Buffer, format: 'jpeg' | 'png', keepLocation: boolean): Promise<PreparedFile> {
  const sharp = await loadSharp();
  const input = (): Sharp => sharp(raw, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS }).autoOrient();
  try {
    let image = input().resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    // sharp writes no metadata unless told to: keeping EXIF keeps the location (and the camera's other tags).
    if (keepLocation) image = image.keepExif();
    const full = await (format === 'png' ? image.png({ compressionLevel: 9 }) : image.jpeg({ quality: 85, mozjpeg: true })).toBuffer({
      resolveWithObject: true,
    });
    const thumbnail = await input().resize({ width: THUMB_SIDE, height: THUMB_SIDE, fit: 'inside', withoutEnlargement: true }).webp({ quality: 70 }).toBuffer();
    return {
      bytes: full.data,
      contentType: `image/${format}`,
      width: full.info.width,
      height: full.info.height,
      thumbnail: { bytes: thumbnail, contentType: 'image/webp' },
    };
  } catch (error) {
    // A truncated or corrupt image, or one past the pixel limit: the client's file, not our fault.
    throw badInput(`The image cannot be read: ${error instanceof Error ? error.message : 'unknown error'}`, { reason: 'UNREADABLE_IMAGE' });
  }
}

const describe = (mime: string | null): string => (mime ? mime : 'of an unknown type');
