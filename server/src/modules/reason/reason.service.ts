import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { seesNetwork } from '../access/policy.js';
import { badInput, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import type { Viewer } from '../../shared/viewer.js';
import { ReasonCode } from './reason-code.entity.js';
import type { ReasonKind } from './reason.enums.js';

/**
 * A manufacturer's reason codes of one kind, in its order. The manufacturer's staff read their own
 * list; a partner reads the list of a manufacturer it serves (to decline that manufacturer's offers).
 */
export async function listReasonCodes(
  { em, viewer }: Scope,
  filter: { kind: ReasonKind; manufacturerId?: string | null; offerId?: string | null; includeRetired?: boolean | null },
): Promise<ReasonCode[]> {
  const named = filter.manufacturerId ?? (filter.offerId ? await offerManufacturer(em, viewer, filter.offerId) : null);
  const manufacturerId = await readableManufacturer(em, viewer, named);
  const where: FilterQuery<ReasonCode> = { manufacturer: manufacturerId, kind: filter.kind, ...(filter.includeRetired ? {} : { active: true }) };
  return em.find(ReasonCode, where, { orderBy: { position: 'asc', code: 'asc' } });
}

async function readableManufacturer(em: EntityManager, viewer: Viewer, manufacturerId: string | null): Promise<string> {
  if (seesNetwork(viewer)) {
    if (manufacturerId !== null && manufacturerId !== viewer.orgId) throw notFound('Manufacturer');
    return viewer.orgId;
  }
  if (manufacturerId === null) throw badInput('Name the manufacturer whose list you read', { field: 'manufacturerId' });
  const member = isUuid(manufacturerId) ? await em.count(NetworkMembership, { manufacturer: manufacturerId, partner: viewer.orgId }) : 0;
  if (member === 0) throw notFound('Manufacturer');
  return manufacturerId;
}

/**
 * The manufacturer of an offer the viewer may answer or see. Plain SQL: the offer's module
 * (dispatch) depends on this one, not the other way round.
 */
async function offerManufacturer(em: EntityManager, viewer: Viewer, offerId: string): Promise<string> {
  if (!isUuid(offerId)) throw notFound('Offer');
  const [row] = await em.execute<{ manufacturer_id: string }[]>(
    `select j.manufacturer_id from job_offer o join service_job j on j.id = o.job_id
      where o.id = ? and (o.partner_id = ? or j.manufacturer_id = ?)`,
    [offerId, viewer.orgId, viewer.orgId],
  );
  if (!row) throw notFound('Offer');
  return row.manufacturer_id;
}

/**
 * The active code a decline or finding names, from the manufacturer's own list; BAD_USER_INPUT
 * (on `field`) for a code the list does not hold, or holds retired.
 */
export async function reasonCodeFor(em: EntityManager, manufacturerId: string, kind: ReasonKind, code: string, field: string): Promise<ReasonCode> {
  const found = await em.findOne(ReasonCode, { manufacturer: manufacturerId, kind, code });
  if (!found?.active) throw badInput(`Unknown ${kind.toLowerCase()} reason code "${code}"`, { field });
  return found;
}
