import { column, timestamp, type PlannedType } from '../../planner/planned-type.js';
import type { RootRead } from '../../planner/root-read.js';
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
      missingCodes: { needs: ['kind', 'data'] },
      reasonCode: { needs: ['kind', 'data'] },
      trackingCode: { needs: ['kind', 'data'] },
      rating: { needs: ['kind', 'data'] },
      // CLAIM_*: the claim named in the data, loaded by its resolver (modules/claim) within the viewer's visibility.
      claim: { needs: ['data'] },
      invitationId: { needs: ['kind', 'data'] },
      // RETURN_*: the return named in the data, through its scoped loader (modules/returns).
      returnAuthorization: { needs: ['data'] },
      job: { one: 'ServiceJob', join: (row, job) => `${job}.id = ${row}.job_id`, scope: jobScopeSql },
      offer: { one: 'JobOffer', join: (row, offer) => `${offer}.id = ${row}.offer_id`, scope: offerScopeSql },
      partsRequest: { one: 'PartsRequest', join: (row, request) => `${request}.id = ${row}.parts_request_id`, scope: partsRequestScopeSql },
      partner: { one: 'Organization', join: (row, partner) => `${partner}.id = ${row}.partner_id` },
      actor: { one: 'User', join: (row, user) => `${user}.id = ${row}.actor_id` },
    },
  },
};

/**
 * A live event as its subscriber's document selects it, from the log by its sequence number: the
 * event, and the job, offer and parts request it points to with this viewer's visibility, in one
 * statement per audience (graphql/shared-subscription.ts runs it once per visibility class). The
 * hub delivers an event only to its audience (audience.ts), so the event row needs no scope of its
 * own; what it points to keeps its own.
 */
export const liveEventRead: RootRead<{ seq: number }, { seq: string }> = {
  name: 'serviceEvents',
  form: 'one',
  type: 'ServiceEvent',
  table: 'service_event',
  values: ({ seq }) => ({ seq: String(seq) }),
  shape: () => '',
  where: (statement, row) => [`${row}.seq = ${statement.param('seq', 'bigint', (input) => input.args.seq)}`],
};
