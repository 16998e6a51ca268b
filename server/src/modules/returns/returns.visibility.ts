import type { FilterQuery } from '@mikro-orm/core';
import { Reach, reachOf } from '../access/policy.js';
import type { Viewer } from '../../shared/viewer.js';
import type { ReturnAuthorization } from './return-authorization.entity.js';

/**
 * Return authorizations: the network's for its staff, a partner's own for its admins; none for a
 * technician (returns are between the firm and the manufacturer, like claims).
 */
export function returnScope(viewer: Viewer): FilterQuery<ReturnAuthorization> {
  switch (reachOf(viewer)) {
    case Reach.NETWORK:
      return { manufacturer: viewer.orgId };
    case Reach.ORGANIZATION:
      return { partner: viewer.orgId };
    case Reach.ASSIGNED:
      return { id: null } as unknown as FilterQuery<ReturnAuthorization>;
  }
}
