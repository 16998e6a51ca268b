import type { EntityManager } from '@mikro-orm/postgresql';
import type { FileStorage } from '../modules/files/file-storage.js';
import { loadSharp, prepareFile, type PreparedFile } from '../modules/files/file-content.js';
import { Attachment } from '../modules/files/attachment.entity.js';
import { AttachmentKind } from '../modules/files/files.enums.js';

/** One stored seed image: its bytes under `key` (and its thumbnail's), written once. */
interface StoredImage {
  key: string;
  thumbnailKey: string | null;
  contentType: string;
  thumbnailContentType: string | null;
  byteSize: number;
  width: number | null;
  height: number | null;
}

/**
 * Real images for the demo's completed jobs, made and stored once per seed: every demo job's
 * attachments point at these few files (the seed's own keys under `seed/`), so the history costs
 * rows, not copies. Nothing deletes a photo's bytes today; whatever comes to delete them (a
 * retention sweep) must keep a key other attachments still point at.
 */
export interface SeedEvidence {
  photos: StoredImage[];
  signature: StoredImage;
}

const PHOTO_SCENES = [
  { sky: '#8fb8de', body: '#c0c6cc', accent: '#d9534f', label: 'before' },
  { sky: '#9cc9a6', body: '#b8bec4', accent: '#3c8d5a', label: 'after' },
  { sky: '#d8c49a', body: '#a9b0b7', accent: '#2f6fb0', label: 'part' },
];

/** A few distinct 480×360 "photos" of a machine and a drawn signature, through the same preparation an upload gets. */
export async function makeSeedEvidence(em: EntityManager, storage: FileStorage): Promise<SeedEvidence> {
  const sharp = await loadSharp();
  const photos = await Promise.all(
    PHOTO_SCENES.map(async (scene, index) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360">
        <rect width="480" height="360" fill="${scene.sky}"/><rect y="260" width="480" height="100" fill="#6b6b6b"/>
        <rect x="${120 + index * 20}" y="90" width="220" height="190" rx="12" fill="${scene.body}" stroke="#333" stroke-width="4"/>
        <circle cx="${230 + index * 20}" cy="180" r="${40 + index * 8}" fill="${scene.accent}" stroke="#222" stroke-width="3"/>
        <text x="20" y="40" font-family="sans-serif" font-size="28" fill="#111">${scene.label}</text></svg>`;
      return prepareFile(AttachmentKind.PHOTO, await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer(), false);
    }),
  );
  const signatureSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="150">
    <path d="M20 110 C 60 20, 90 20, 100 100 S 150 140, 170 60 S 220 40, 230 100 Q 260 130 290 70 T 380 90" fill="none" stroke="#1a237e" stroke-width="4" stroke-linecap="round"/></svg>`;
  const signature = await prepareFile(AttachmentKind.SIGNATURE, await sharp(Buffer.from(signatureSvg)).png().toBuffer(), false);
  return {
    photos: await Promise.all(photos.map((photo, index) => store(em, storage, `seed/photo-${index}`, photo))),
    signature: await store(em, storage, 'seed/signature', signature),
  };
}

async function store(em: EntityManager, storage: FileStorage, key: string, file: PreparedFile): Promise<StoredImage> {
  await storage.put(key, file.bytes, file.contentType, em);
  if (file.thumbnail) await storage.put(`${key}.thumb`, file.thumbnail.bytes, file.thumbnail.contentType, em);
  return {
    key,
    thumbnailKey: file.thumbnail ? `${key}.thumb` : null,
    contentType: file.contentType,
    thumbnailContentType: file.thumbnail?.contentType ?? null,
    byteSize: file.bytes.length,
    width: file.width ?? null,
    height: file.height ?? null,
  };
}

/**
 * Two photos and the customer's signature, taken by the technician at `at` (after the job started):
 * attachment rows persisted in `em` (the caller flushes), pointing at the seed's stored images.
 */
export function attachSeedEvidence(
  em: EntityManager,
  evidence: SeedEvidence,
  job: { id: string; number: string },
  uploaderId: string,
  at: Date,
): { photoIds: string[]; signatureId: string } {
  const first = Number.parseInt(job.number.replace(/\D/g, '').slice(-2) || '0', 10) % evidence.photos.length;
  const row = (kind: AttachmentKind, image: StoredImage, signerName: string | null) =>
    em.create(Attachment, {
      job: job.id,
      uploadedBy: uploaderId,
      kind,
      contentType: image.contentType,
      byteSize: image.byteSize,
      width: image.width,
      height: image.height,
      signerName,
      signedAt: signerName ? at : null,
      storageKey: image.key,
      thumbnailKey: image.thumbnailKey,
      thumbnailContentType: image.thumbnailContentType,
      createdAt: at,
    }).id;
  const photoIds = [evidence.photos[first], evidence.photos[(first + 1) % evidence.photos.length]].map((photo) => row(AttachmentKind.PHOTO, photo, null));
  return { photoIds, signatureId: row(AttachmentKind.SIGNATURE, evidence.signature, 'A. Customer') };
}
