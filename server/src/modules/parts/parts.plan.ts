import { jobPartiesSql } from '../job/job.plan.js';
import { column, timestamp, type PlannedType } from '../../planner/planned-type.js';
import type { RootRead } from '../../planner/root-read.js';
import { jobScopeSql, partsRequestScopeSql } from '../access/visibility.sql.js';
import type { PartsRequestStatus } from './parts.enums.js';

/** How the planner reads parts requests and their lines. */
export const PARTS_PLANS: Record<string, PlannedType> = {
  PartsRequest: {
    table: 'parts_request',
    fields: {
      id: column('id'),
      status: column('status'),
      trackingCode: column('tracking_code'),
      decisionNote: column('decision_note'),
      createdAt: timestamp('created_at'),
      job: { one: 'ServiceJob', join: (row, job) => `${job}.id = ${row}.job_id`, scope: jobScopeSql },
      // What `viewerCan` decides on (parts-actions.ts PartsActionFacts): the request's status and its job's parties.
      actionFacts: {
        sql: (row, statement) => {
          const job = statement.alias();
          return `(select json_build_object('status', ${row}.status, ${jobPartiesSql(job)}) from service_job ${job} where ${job}.id = ${row}.job_id)`;
        },
      },
      viewerCan: { needs: ['actionFacts'] },
      lines: { many: 'PartsRequestLine', join: (row, line) => `${line}.request_id = ${row}.id`, orderBy: (line) => `${line}.id` },
    },
  },
  PartsRequestLine: {
    table: 'parts_request_line',
    fields: {
      id: column('id'),
      quantity: column('quantity'),
      approvedQuantity: column('approved_quantity'),
      loaner: column('loaner'),
      loanerReturnBy: timestamp('loaner_return_by'),
      loanerReturnedAt: timestamp('loaner_returned_at'),
      loanerReturnTrackingCode: column('loaner_return_tracking_code'),
      // As loan-period.ts isLoanerOverdue.
      loanerOverdue: { sql: (row) => `(${row}.loaner_overdue_at is not null and ${row}.loaner_returned_at is null)` },
      part: { one: 'Part', join: (row, part) => `${part}.id = ${row}.part_id` },
    },
  },
};

/** `partsRequests`: as parts.service.ts lists them, newest first, at most 500. */
export const partsRequestsRead: RootRead<{ status: PartsRequestStatus | null }, { status: PartsRequestStatus | null }> = {
  name: 'partsRequests',
  form: 'list',
  type: 'PartsRequest',
  table: 'parts_request',
  values: ({ status }) => ({ status: status ?? null }),
  shape: ({ status }) => (status ? 'status' : ''),
  where: (statement, row, { status }) => [
    partsRequestScopeSql(statement.viewer, row),
    ...(status ? [`${row}.status = ${statement.param('status', 'parts_request_status', (input) => input.args.status)}`] : []),
  ],
  orderBy: (row) => `${row}.created_at desc, ${row}.id desc`,
  limit: 500,
};
