import { Attachment } from './attachment.entity.js';
import { byRelation, type LoaderFactory } from '../../shared/loader-kit.js';

/** A job's attachments go with the job: whoever sees the job (the parent field checked it) sees them. */
export const FILES_LOADERS = {
  attachmentsByJob: (em) => byRelation(em, Attachment, 'job', { createdAt: 'asc', id: 'asc' }),
  /** A technician's certification's certificate files (the field that asks checked who may read the certification). */
  certificatesByCertification: (em) => byRelation(em, Attachment, 'certification', { createdAt: 'asc', id: 'asc' }),
} satisfies Record<string, LoaderFactory>;
