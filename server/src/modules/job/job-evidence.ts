import type { EntityManager } from '@mikro-orm/postgresql';
import type { Evidence } from '../quality/quality-gate.js';
import { badInput } from '../../shared/errors.js';
import { isUuid } from '../../shared/scope.js';

export interface EvidenceIds {
  photoIds?: string[] | null;
  signatureId?: string | null;
}

interface AttachmentFact {
  id: string;
  job_id: string;
  kind: string;
  counts: boolean;
}

/**
 * What a service report's attachment ids prove: how many photos of this job were uploaded after it
 * started, and whether its customer signed after it started. An id that is not a photo (or the
 * signature) of this job is BAD_USER_INPUT, another job's answering like a missing one. The files
 * module owns the table; it is read here by SQL so that the job module does not depend on it.
 */
export async function evidenceFor(em: EntityManager, job: { id: string; startedAt?: Date | null }, ids: EvidenceIds): Promise<Evidence> {
  const photoIds = [...new Set(ids.photoIds ?? [])];
  const wanted = ids.signatureId ? [...photoIds, ids.signatureId] : photoIds;
  if (wanted.length === 0) return { photos: 0, signature: false };
  const bad = wanted.find((id) => !isUuid(id));
  if (bad !== undefined) throw notOfThisJob(bad, bad === ids.signatureId ? 'signature' : 'photo');
  const rows: AttachmentFact[] = await em.execute(
    'select id, job_id, kind, (?::timestamptz is not null and created_at >= ?::timestamptz) as counts from attachment where id = any(?::uuid[])',
    [job.startedAt ?? null, job.startedAt ?? null, `{${wanted.join(',')}}`],
  );
  const found = new Map(rows.filter((row) => row.job_id === job.id).map((row) => [row.id, row]));
  let photos = 0;
  for (const id of photoIds) {
    const row = found.get(id);
    if (row?.kind !== 'PHOTO') throw notOfThisJob(id, 'photo');
    if (row.counts) photos++;
  }
  if (!ids.signatureId) return { photos, signature: false };
  const signature = found.get(ids.signatureId);
  if (signature?.kind !== 'SIGNATURE') throw notOfThisJob(ids.signatureId, 'signature');
  return { photos, signature: signature.counts };
}

const notOfThisJob = (id: string, what: 'photo' | 'signature') =>
  badInput(`Attachment ${id} is not a ${what} of this job`, { field: what === 'photo' ? 'photoIds' : 'signatureId' });
