import { Part } from './part.entity.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { seesNetwork } from '../access/policy.js';
import { isUuid, type Scope } from '../../shared/scope.js';

/** The catalogues of the manufacturers whose network the viewer is in, optionally narrowed to one model's parts. */
export async function searchParts({ em, viewer }: Scope, search?: string | null, modelId?: string | null): Promise<Part[]> {
  const manufacturers = seesNetwork(viewer)
    ? [viewer.orgId]
    : (await em.find(NetworkMembership, { partner: viewer.orgId })).map((membership) => membership.manufacturer.id);
  if (manufacturers.length === 0 || (modelId && !isUuid(modelId))) return [];
  const text = search?.trim();
  const like = text ? `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  return em.find(
    Part,
    {
      manufacturer: { $in: manufacturers },
      ...(like ? { $or: [{ sku: { $ilike: like } }, { name: { $ilike: like } }] } : {}),
      ...(modelId ? { models: { $some: { id: modelId } } } : {}),
    },
    { orderBy: { sku: 'asc' }, limit: 200 },
  );
}
