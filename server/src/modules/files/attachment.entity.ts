import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ServiceJob } from '../job/service-job.entity.js';
import { User } from '../network/user.entity.js';
import { Organization } from '../network/organization.entity.js';
import { TechnicianCertification } from '../network/technician-certification.entity.js';
import { AttachmentKind } from './files.enums.js';

/** A file of a job's case file (or an organization's certificate): its bytes live in the FileStorage under `storageKey` (and `thumbnailKey`). */
@Entity({ tableName: 'attachment' })
@Index({ properties: ['job', 'createdAt'] })
export class Attachment {
  [OptionalProps]?:
    | 'createdAt'
    | 'width'
    | 'height'
    | 'signerName'
    | 'signedAt'
    | 'thumbnailKey'
    | 'thumbnailContentType'
    | 'uploadedBy'
    | 'job'
    | 'organization'
    | 'certification';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The job whose case file it belongs to; null for an organization's own file (a certificate). */
  @ManyToOne({ entity: () => ServiceJob, nullable: true, deleteRule: 'no action' })
  job?: ServiceJob | null = null;

  /** Whose file it is when it belongs to no job: the organization that uploaded a certificate. */
  @ManyToOne({ entity: () => Organization, nullable: true, index: true, deleteRule: 'cascade' })
  organization?: Organization | null = null;

  /** A certificate: the technician's certification it proves (set when the certification is added with it). */
  @ManyToOne({ entity: () => TechnicianCertification, nullable: true, index: true, deleteRule: 'set null' })
  certification?: TechnicianCertification | null = null;

  /** Null for files the system made (a generated report). */
  @ManyToOne({ entity: () => User, nullable: true })
  uploadedBy?: User | null = null;

  @Enum({ items: () => AttachmentKind, nativeEnumName: 'attachment_kind' })
  kind!: AttachmentKind;

  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Property({ type: 'integer' })
  byteSize!: number;

  @Property({ type: 'integer', nullable: true })
  width?: number | null = null;

  @Property({ type: 'integer', nullable: true })
  height?: number | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  signerName?: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  signedAt?: Date | null = null;

  @Property({ type: 'string', length: 200 })
  storageKey!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  thumbnailKey?: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  thumbnailContentType?: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
