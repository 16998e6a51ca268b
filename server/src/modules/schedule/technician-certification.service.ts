import type { EntityManager } from '@mikro-orm/postgresql';
import { TechnicianCertification } from '../network/technician-certification.entity.js';
import { Attachment } from '../files/attachment.entity.js';
import { AttachmentKind } from '../files/files.enums.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { ProductLine } from '../catalog/product-line.entity.js';
import { Capability, can } from '../access/policy.js';
import { changeState } from '../events/change.js';
import type { JobType } from '../job/job.enums.js';
import { badInput, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import { ownTechnician, technicianChanged } from './schedule.service.js';
import type { TechnicianCertificationObject } from './technician-certification.types.js';

export interface TechnicianCertificationData {
  technicianId: string;
  productLineId: string;
  jobTypes: JobType[];
  expiresAt: Date;
  /** A CERTIFICATE the organization uploaded and has not attached to another certification yet. */
  certificateId?: string | null;
}

/** The certifications of the organization's technicians (a technician: their own), soonest expiry first. */
export async function technicianCertifications({ em, viewer, clock }: Scope, technicianId?: string | null): Promise<TechnicianCertificationObject[]> {
  // Only whoever assigns technicians reads the others'; a technician reads their own (another's: none).
  const mayReadOthers = can(viewer, Capability.TECHNICIAN_ASSIGN);
  if (!mayReadOthers && technicianId && technicianId !== viewer.userId) return [];
  const own = mayReadOthers ? technicianId : viewer.userId;
  if (own && !isUuid(own)) return [];
  const rows = await em.find(
    TechnicianCertification,
    { organization: viewer.orgId, ...(own && { technician: own }) },
    { populate: ['productLine'], orderBy: { expiresAt: 'asc', id: 'asc' } },
  );
  const certificates = await certificatesOf(em, rows);
  return rows.map((row) => certificationOf(row, clock.now(), certificates.get(row.id) ?? null));
}

/** Each certification's certificate file (the newest, should there be several). */
async function certificatesOf(em: EntityManager, rows: readonly TechnicianCertification[]): Promise<Map<string, Attachment>> {
  if (rows.length === 0) return new Map();
  const files = await em.find(Attachment, { certification: { $in: rows.map((row) => row.id) } }, { orderBy: { createdAt: 'asc' } });
  return new Map(files.map((file) => [file.certification!.id, file]));
}

/** The product lines its technicians may be certified on: those of every manufacturer whose network the organization is in or applies to. */
export async function certifiableProductLines({ em, viewer }: Scope): Promise<ProductLine[]> {
  const manufacturers = (await em.find(NetworkMembership, { partner: viewer.orgId })).map((membership) => membership.manufacturer.id);
  if (manufacturers.length === 0) return [];
  return em.find(ProductLine, { manufacturer: { $in: manufacturers } }, { orderBy: { name: 'asc', id: 'asc' } });
}

/** Adds a certification to a technician of the viewer's organization, on a line of a manufacturer whose network it belongs to. */
export async function addTechnicianCertification({ em, viewer, clock }: Scope, input: TechnicianCertificationData): Promise<TechnicianCertificationObject> {
  if (input.expiresAt <= clock.now()) throw badInput('A certification must expire in the future', { field: 'expiresAt' });
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const technician = await ownTechnician(tx, viewer, input.technicianId);
    const line = isUuid(input.productLineId) ? await tx.findOne(ProductLine, input.productLineId) : null;
    const member = line ? await tx.count(NetworkMembership, { manufacturer: line.manufacturer.id, partner: viewer.orgId }) : 0;
    if (!line || member === 0) throw notFound('Product line');
    const certificate = input.certificateId ? await unusedCertificate(tx, viewer.orgId, input.certificateId) : null;
    const certification = tx.create(TechnicianCertification, {
      technician,
      organization: viewer.orgId,
      productLine: line,
      jobTypes: [...new Set(input.jobTypes)],
      expiresAt: input.expiresAt,
    });
    if (certificate) certificate.certification = certification;
    const after = { line: line.name, jobTypes: certification.jobTypes, expiresAt: input.expiresAt.toISOString() };
    await technicianChanged(tx, change, technician, { entity: 'TechnicianCertification', id: certification.id, change: 'added', after });
    return certificationOf(certification, change.at, certificate);
  });
}

/** The organization's own uploaded certificate, not yet proving another certification; NOT_FOUND otherwise. */
async function unusedCertificate(tx: EntityManager, orgId: string, id: string): Promise<Attachment> {
  const file = isUuid(id) ? await tx.findOne(Attachment, { id, organization: orgId, kind: AttachmentKind.CERTIFICATE, certification: null }) : null;
  if (!file) throw notFound('Certificate');
  return file;
}

/** Removes a certification of a technician of the viewer's organization; answers it as it was. */
export async function removeTechnicianCertification({ em, viewer, clock }: Scope, id: string): Promise<TechnicianCertificationObject> {
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const certification = isUuid(id) ? await tx.findOne(TechnicianCertification, { id, organization: viewer.orgId }, { populate: ['productLine'] }) : null;
    if (!certification) throw notFound('Certification');
    const technician = await ownTechnician(tx, viewer, certification.technician.id);
    tx.remove(certification);
    await technicianChanged(tx, change, technician, { entity: 'TechnicianCertification', id, change: 'removed' });
    return certificationOf(certification, change.at, null);
  });
}

export const certificationOf = (row: TechnicianCertification, now: Date, certificate: Attachment | null): TechnicianCertificationObject => ({
  id: row.id,
  technicianId: row.technician.id,
  productLineId: row.productLine.id,
  productLineName: row.productLine.name,
  jobTypes: row.jobTypes,
  expiresAt: row.expiresAt,
  valid: row.expiresAt > now,
  certificate,
});
