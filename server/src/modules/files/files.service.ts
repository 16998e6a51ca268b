import type { EntityManager } from '@mikro-orm/postgresql';
import { Attachment } from './attachment.entity.js';
import { AttachmentKind } from './files.enums.js';
import type { FileStorage } from './file-storage.js';
import { prepareFile } from './file-content.js';
import { findVisibleJob } from '../job/job-access.js';
import { OPEN_STATUSES } from '../job/job-transitions.js';
import { QualityStandard } from '../quality/quality-standard.entity.js';
import { Capability, assertMayOnJob, can } from '../access/policy.js';
import { AppError, ErrorCode, badInput, forbidden } from '../../shared/errors.js';
import type { Scope } from '../../shared/scope.js';

export interface JobFile {
  jobId: string;
  kind: AttachmentKind;
  bytes: Buffer;
  contentType: string;
  /** Null for a file the system made (the service report). */
  uploaderId: string | null;
  at?: Date;
  width?: number | null;
  height?: number | null;
  thumbnail?: { bytes: Buffer; contentType: string } | null;
  signerName?: string | null;
}

/**
 * Stores a file for a job: its bytes (and thumbnail) in the store and its attachment row, in one
 * transaction when the store is PostgreSQL. For code that makes files itself (the service report);
 * the caller has decided who may. Uploads go through `uploadAttachment`.
 */
export async function storeJobFile(em: EntityManager, storage: FileStorage, file: JobFile): Promise<Attachment> {
  return em.transactional(async (tx) => {
    const at = file.at ?? new Date();
    const attachment = tx.create(Attachment, {
      job: file.jobId,
      uploadedBy: file.uploaderId,
      kind: file.kind,
      contentType: file.contentType,
      byteSize: file.bytes.length,
      width: file.width ?? null,
      height: file.height ?? null,
      signerName: file.signerName ?? null,
      signedAt: file.kind === AttachmentKind.SIGNATURE ? at : null,
      storageKey: '',
      createdAt: at,
    });
    attachment.storageKey = `jobs/${file.jobId}/${attachment.id}`;
    await storage.put(attachment.storageKey, file.bytes, file.contentType, tx);
    if (file.thumbnail) {
      attachment.thumbnailKey = `${attachment.storageKey}.thumb`;
      attachment.thumbnailContentType = file.thumbnail.contentType;
      await storage.put(attachment.thumbnailKey, file.thumbnail.bytes, file.thumbnail.contentType, tx);
    }
    await tx.flush();
    return attachment;
  });
}

export interface Upload {
  jobId: string;
  kind: string;
  signerName?: string | null;
  bytes: Buffer;
}

/**
 * An upload to a job's case file, by whoever may work the job (the holding partner's admin or the
 * assigned technician), while it is open. Foreign jobs answer like missing ones.
 */
export async function uploadAttachment({ em, viewer, clock }: Scope, storage: FileStorage, upload: Upload): Promise<Attachment> {
  if (upload.kind === AttachmentKind.CERTIFICATE) return uploadCertificate({ em, viewer, clock }, storage, upload);
  const job = await findVisibleJob(em, viewer, upload.jobId);
  assertMayOnJob(viewer, Capability.JOB_WORK, job);
  if (!OPEN_STATUSES.includes(job.status)) {
    throw new AppError(ErrorCode.INVALID_TRANSITION, `The job is ${job.status.toLowerCase()}: its evidence can no longer change`);
  }
  const kind = parseKind(upload.kind);
  const signerName = upload.signerName?.trim() || null;
  if (kind === AttachmentKind.SIGNATURE && !signerName)
    throw badInput('A signature needs the name of the person who signed (signerName)', { field: 'signerName' });
  if (signerName && signerName.length > 200) throw badInput('signerName: at most 200 characters', { field: 'signerName' });
  const standard = job.qualityStandard ? await em.findOne(QualityStandard, job.qualityStandard.id) : null;
  const prepared = await prepareFile(kind, upload.bytes, standard?.keepPhotoLocation ?? false);
  return storeJobFile(em, storage, {
    jobId: job.id,
    kind,
    uploaderId: viewer.userId,
    at: clock.now(),
    signerName: kind === AttachmentKind.SIGNATURE ? signerName : null,
    ...prepared,
  });
}

/** What may be uploaded to a job: everything but the report, which the portal makes (a certificate goes to no job). */
const UPLOADABLE = [AttachmentKind.PHOTO, AttachmentKind.DOCUMENT, AttachmentKind.SIGNATURE];

function parseKind(kind: string): AttachmentKind {
  if (UPLOADABLE.includes(kind as AttachmentKind)) return kind as AttachmentKind;
  throw badInput(`kind must be one of ${UPLOADABLE.join(', ')}`, { field: 'kind' });
}

/**
 * A technician's certificate (PDF or image), uploaded by the admin of their organization (who adds
 * certifications): the organization's file, not a job's. `addTechnicianCertification` then names
 * it; until then it is the organization's alone (no field reads an unattached certificate).
 */
async function uploadCertificate({ em, viewer, clock }: Scope, storage: FileStorage, upload: Upload): Promise<Attachment> {
  if (!can(viewer, Capability.TECHNICIAN_CERTIFICATION_SET)) throw forbidden("Only a firm's admin uploads its technicians' certificates");
  if (upload.jobId) throw badInput('A certificate belongs to no job: leave jobId out', { field: 'jobId' });
  const prepared = await prepareFile(AttachmentKind.CERTIFICATE, upload.bytes, false);
  return em.transactional(async (tx) => {
    const attachment = tx.create(Attachment, {
      organization: viewer.orgId,
      uploadedBy: viewer.userId,
      kind: AttachmentKind.CERTIFICATE,
      contentType: prepared.contentType,
      byteSize: prepared.bytes.length,
      width: prepared.width,
      height: prepared.height,
      storageKey: '',
      createdAt: clock.now(),
    });
    attachment.storageKey = `organizations/${viewer.orgId}/${attachment.id}`;
    await storage.put(attachment.storageKey, prepared.bytes, prepared.contentType, tx);
    if (prepared.thumbnail) {
      attachment.thumbnailKey = `${attachment.storageKey}.thumb`;
      attachment.thumbnailContentType = prepared.thumbnail.contentType;
      await storage.put(attachment.thumbnailKey, prepared.thumbnail.bytes, prepared.thumbnail.contentType, tx);
    }
    await tx.flush();
    return attachment;
  });
}
