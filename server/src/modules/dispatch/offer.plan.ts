import { column, timestamp, type PlannedType } from '../../planner/planned-type.js';
import type { PageValues, RootRead } from '../../planner/root-read.js';
import { jobScopeSql, offerScopeSql } from '../access/visibility.sql.js';
import { decodeKeyset, pageSize } from '../../shared/keyset.js';
import type { OfferStatus } from './offer.enums.js';

/** How the planner reads an offer. */
export const OFFER_PLANS: Record<string, PlannedType> = {
  JobOffer: {
    table: 'job_offer',
    fields: {
      id: column('id'),
      status: column('status'),
      expiresAt: timestamp('expires_at'),
      automatic: column('automatic'),
      declineReason: column('decline_reason'),
      declineCode: { one: 'ReasonCode', join: (row, code) => `${code}.id = ${row}.decline_code_id` },
      createdAt: timestamp('created_at'),
      respondedAt: timestamp('responded_at'),
      job: { one: 'ServiceJob', join: (row, job) => `${job}.id = ${row}.job_id`, scope: jobScopeSql },
      partner: { one: 'Organization', join: (row, partner) => `${partner}.id = ${row}.partner_id` },
    },
  },
};

interface OffersValues extends PageValues {
  status: OfferStatus[] | null;
}

/** `offers`: as offer-queries.ts lists them (the inbox is a partner's pending ones). */
export const offersRead: RootRead<{ status?: OfferStatus[] | null; first?: number | null; after?: string | null }, OffersValues> = {
  name: 'offers',
  form: 'connection',
  type: 'JobOffer',
  table: 'job_offer',
  values: ({ status, first, after }) => ({ limit: pageSize(first), after: after ? decodeKeyset(after) : null, status: status?.length ? status : null }),
  shape: ({ status }) => (status ? 'status' : ''),
  where: (statement, row, { status }) => [
    offerScopeSql(statement.viewer, row),
    ...(status ? [`${row}.status = any(${statement.param('status', 'offer_status[]', (input) => input.args.status)})`] : []),
  ],
};
