import { OPEN_OFFER } from './visibility.js';
import { Reach, reachOf, seesNetwork } from './policy.js';
import type { Role } from '../../shared/roles.js';
import { historyAudienceKeys } from './audience.js';
import type { Viewer } from '../../shared/viewer.js';

/**
 * The viewer as a SQL condition sees it: the role decides the condition's shape, the ids are SQL
 * expressions (parameters such as `$1::uuid`). A planned read compiles its statement once per
 * role and binds the ids per request; `boundViewer` binds them at once.
 */
export interface SqlViewer {
  role: Role;
  /** The viewer's organization, a uuid expression. */
  readonly orgId: string;
  /** The viewer's user, a uuid expression. */
  readonly userId: string;
  /** The history audience keys (shared/viewer.ts historyAudienceKeys), a text[] expression. */
  readonly historyKeys: string;
}

/**
 * The same rules as visibility.ts, as SQL conditions on a row alias: every planned read applies
 * them, at the top and for nested things alike. A test holds the two forms to the same ids for
 * every role.
 */
export function jobScopeSql(viewer: SqlViewer, job: string): string {
  if (seesNetwork(viewer)) return `${job}.manufacturer_id = ${viewer.orgId}`;
  if (reachOf(viewer) === Reach.ORGANIZATION) {
    // As in visibility.ts: one id subquery, a union of two index scans (an OR across a join scans every job).
    return `${job}.id in (select id from service_job where assigned_partner_id = ${viewer.orgId} union all select job_id from job_offer where partner_id = ${viewer.orgId} and status = '${OPEN_OFFER}')`;
  }
  return `${job}.technician_id = ${viewer.userId}`;
}

/** A partner sees only its own offers, never those made to other partners. */
export function offerScopeSql(viewer: SqlViewer, offer: string): string {
  if (seesNetwork(viewer)) return `exists (select 1 from service_job where id = ${offer}.job_id and manufacturer_id = ${viewer.orgId})`;
  if (reachOf(viewer) === Reach.ORGANIZATION) return `${offer}.partner_id = ${viewer.orgId}`;
  return `${offer}.partner_id = ${viewer.orgId} and exists (select 1 from service_job where id = ${offer}.job_id and technician_id = ${viewer.userId})`;
}

export function partsRequestScopeSql(viewer: SqlViewer, request: string): string {
  if (seesNetwork(viewer)) return `exists (select 1 from service_job where id = ${request}.job_id and manufacturer_id = ${viewer.orgId})`;
  if (reachOf(viewer) === Reach.ORGANIZATION)
    return `exists (select 1 from service_job where id = ${request}.job_id and assigned_partner_id = ${viewer.orgId})`;
  return `exists (select 1 from service_job where id = ${request}.job_id and technician_id = ${viewer.userId})`;
}

/** The events of a job the viewer sees that it may read: those stamped with one of its history keys (as loaders.ts reads them). */
export function eventScopeSql(viewer: SqlViewer, event: string): string {
  return `${event}.audience && ${viewer.historyKeys}`;
}

/** A SqlViewer whose ids are bound now, as parameters appended to `params` (for a statement run once). */
export function boundViewer(viewer: Viewer, params: unknown[]): SqlViewer {
  const bind = (value: unknown, type: string) => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  return lazySqlViewer(viewer.role, {
    orgId: () => bind(viewer.orgId, 'uuid'),
    userId: () => bind(viewer.userId, 'uuid'),
    historyKeys: () => bind(historyAudienceKeys(viewer), 'text[]'),
  });
}

/** A SqlViewer that makes each id expression when a condition first uses it (PostgreSQL refuses parameters a statement never uses). */
export function lazySqlViewer(role: Role, make: Record<'orgId' | 'userId' | 'historyKeys', () => string>): SqlViewer {
  const made: Partial<Record<keyof typeof make, string>> = {};
  const get = (key: keyof typeof make) => (made[key] ??= make[key]());
  return {
    role,
    get orgId() {
      return get('orgId');
    },
    get userId() {
      return get('userId');
    },
    get historyKeys() {
      return get('historyKeys');
    },
  };
}
