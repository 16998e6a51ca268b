import type { ServiceJob } from '../job/service-job.entity.js';
import { manufacturerKey, partnerKey, userKey } from '../../shared/viewer.js';

/**
 * Who may see an event about a job, fixed when it happens: the manufacturer's staff; the
 * partner the event is about (the offer's partner for offer events, else the job's holder);
 * the technician assigned to the job. An offer event never reaches another partner.
 */
export function jobAudience(job: ServiceJob, offerPartnerId?: string): string[] {
  const keys = [manufacturerKey(job.manufacturer.id)];
  const partnerId = offerPartnerId ?? job.assignedPartner?.id;
  if (partnerId) keys.push(partnerKey(partnerId));
  if (!offerPartnerId && job.technician) keys.push(userKey(job.technician.id));
  return keys;
}
