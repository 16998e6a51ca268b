import { column, timestamp, type PlannedType } from '../../planner/planned-type.js';
import { jobScopeSql, offerScopeSql, partsRequestScopeSql } from '../access/visibility.sql.js';

/**
 * How the planner reads an event of a job's history. The cursor and the typed details are left
 * to event.resolver.ts, which computes them from the same keys an EventRecord has (`seq`, `kind`, `data`).
 */
export const EVENT_PLANS: Record<string, PlannedType> = {
  ServiceEvent: {
    table: 'service_event',
    fields: {
      seq: column('seq'),
      kind: column('kind'),
      at: timestamp('at'),
      jobId: column('job_id'),
      data: column('data'),
      cursor: { needs: ['seq'] },
      jobMove: { needs: ['kind', 'data'] },
      offerMove: { needs: ['kind', 'data'] },
      partsMove: { needs: ['kind', 'data'] },
      reason: { needs: ['kind', 'data'] },
      slaClock: { needs: ['kind', 'data'] },
      missing: { needs: ['kind', 'data'] },
      trackingCode: { needs: ['kind', 'data'] },
      rating: { needs: ['kind', 'data'] },
      job: { one: 'ServiceJob', join: (row, job) => `${job}.id = ${row}.job_id`, scope: jobScopeSql },
      offer: { one: 'JobOffer', join: (row, offer) => `${offer}.id = ${row}.offer_id`, scope: offerScopeSql },
      partsRequest: { one: 'PartsRequest', join: (row, request) => `${request}.id = ${row}.parts_request_id`, scope: partsRequestScopeSql },
      partner: { one: 'Organization', join: (row, partner) => `${partner}.id = ${row}.partner_id` },
      actor: { one: 'User', join: (row, user) => `${user}.id = ${row}.actor_id` },
    },
  },
};
