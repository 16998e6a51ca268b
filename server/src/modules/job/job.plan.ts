import { column, isoTimestamp, timestamp, type PlannedType } from '../../planner/planned-type.js';
import type { PageValues, RootRead } from '../../planner/root-read.js';
import type { SqlContext } from '../../planner/statement.js';
import { eventScopeSql, jobScopeSql, offerScopeSql, partsRequestScopeSql } from '../access/visibility.sql.js';
import { chargeColumnsSql } from '../billing/charges.js';
import { JobStatus, JobType } from './job.enums.js';
import { OPEN_STATUSES } from './job-transitions.js';
import type { JobFilterData } from './job-queries.js';
import { decodeKeyset, pageSize } from '../../shared/keyset.js';
import { Capability, can } from '../access/policy.js';
import { OfferStatus } from '../dispatch/offer.enums.js';
import { isUuid } from '../../shared/scope.js';
import { SlaTime, siteTimeZoneSql, storedCalendarSql } from '../calendar/sla-time.js';

/** A job's charges row (billing/charges.ts), for the `charges` resolver: only once completed, and with a partner holding it. */
function chargeRowSql(job: string, statement: SqlContext): string {
  const [partner, standard, request, line, part, sums] = [1, 2, 3, 4, 5, 6].map(() => statement.alias());
  const columns = chargeColumnsSql(job, partner, standard, [request, line, part, sums]).map(([name, sql]) => `'${name}', ${sql}`);
  return `(select json_build_object(${columns.join(', ')})
    from organization ${partner} left join quality_standard ${standard} on ${standard}.id = ${job}.quality_standard_id
    where ${partner}.id = ${job}.assigned_partner_id and ${job}.completed_at is not null)`;
}

/** The job's parties as `partiesOf` (job-actions.ts) reads them: the pairs of a json_build_object on a job row. */
export const jobPartiesSql = (job: string): string =>
  `'manufacturerId', ${job}.manufacturer_id, 'assignedPartnerId', ${job}.assigned_partner_id, 'technicianId', ${job}.technician_id`;

/** What `viewerCan` decides on (job-actions.ts JobActionFacts); whether the viewer is an offeree is asked only of roles that answer offers. */
function actionFactsSql(job: string, statement: SqlContext): string {
  const offer = statement.alias();
  const offeree = can(statement.viewer, Capability.OFFER_ANSWER)
    ? `exists (select 1 from job_offer ${offer} where ${offer}.job_id = ${job}.id and ${offer}.partner_id = ${statement.viewer.orgId} and ${offer}.status = '${OfferStatus.PENDING}' and ${offer}.expires_at > ${statement.now})`
    : 'false';
  return `json_build_object('status', ${job}.status, ${jobPartiesSql(job)}, 'offeree', ${offeree})`;
}

/**
 * What the SLA clocks' countdowns are computed from (org-calendar/job-clock.resolver.ts): the
 * job's clock columns and, on a BUSINESS job only, its manufacturer's and holder's calendars.
 */
function clockFactsSql(job: string, statement: SqlContext): string {
  const business = (sql: string) => `case when ${job}.sla_time = '${SlaTime.BUSINESS}' then ${sql} end`;
  return `json_build_object('status', ${job}.status, 'slaTime', ${job}.sla_time, 'responseDueAt', ${job}.response_due_at,
    'resolutionDueAt', ${job}.resolution_due_at, 'resolutionPausedAt', ${job}.resolution_paused_at,
    'manufacturerCalendar', ${business(storedCalendarSql(`${job}.manufacturer_id`, statement.alias()))},
    'holderCalendar', ${business(storedCalendarSql(`${job}.assigned_partner_id`, statement.alias()))})`;
}

/** How the planner reads a job: every field of job.types.ts and job.resolver.ts, with the same visibility at every level. */
export const JOB_PLANS: Record<string, PlannedType> = {
  ServiceJob: {
    table: 'service_job',
    fields: {
      id: column('id'),
      number: column('number'),
      type: column('type'),
      status: column('status'),
      coverage: column('coverage'),
      priority: column('priority'),
      description: column('description'),
      responseDueAt: timestamp('response_due_at'),
      resolutionDueAt: timestamp('resolution_due_at'),
      appointmentAt: timestamp('appointment_at'),
      appointmentMinutes: column('appointment_minutes'),
      appointmentEndsAt: { sql: (row) => isoTimestamp(`(${row}.appointment_at + make_interval(mins => ${row}.appointment_minutes))`) },
      siteTimeZone: { sql: (job) => siteTimeZoneSql(job) },
      responseBreachedAt: timestamp('response_breached_at'),
      resolutionBreachedAt: timestamp('resolution_breached_at'),
      resolutionPausedAt: timestamp('resolution_paused_at'),
      resolutionPausedMinutes: column('resolution_paused_minutes'),
      slaTime: column('sla_time'),
      acceptedAt: timestamp('accepted_at'),
      startedAt: timestamp('started_at'),
      completedAt: timestamp('completed_at'),
      closedAt: timestamp('closed_at'),
      resolution: column('resolution'),
      failureCode: column('failure_code'),
      checklistAnswers: column('checklist_answers'),
      photoUrls: column('photo_urls'),
      laborMinutes: column('labor_minutes'),
      reopenCount: column('reopen_count'),
      maintenanceDueAt: timestamp('maintenance_due_at'),
      cancelReason: column('cancel_reason'),
      version: column('version'),
      createdAt: timestamp('created_at'),
      // Manufacturer staff only, once CLOSED (the statement is made per role).
      surveyToken: {
        sql: (row, statement) =>
          can(statement.viewer, Capability.SURVEY_LINK_READ) ? `case when ${row}.status = '${JobStatus.CLOSED}' then ${row}.customer_token end` : 'null::text',
      },
      customerLinkToken: { sql: (row, statement) => (can(statement.viewer, Capability.SURVEY_LINK_READ) ? `${row}.customer_token` : 'null::text') },
      source: column('source'),
      equipment: { one: 'EquipmentUnit', join: (row, unit) => `${unit}.id = ${row}.equipment_id` },
      assignedPartner: { one: 'Organization', join: (row, partner) => `${partner}.id = ${row}.assigned_partner_id` },
      technician: { one: 'User', join: (row, user) => `${user}.id = ${row}.technician_id` },
      qualityStandard: { one: 'QualityStandard', join: (row, standard) => `${standard}.id = ${row}.quality_standard_id` },
      componentLine: { one: 'ProductLine', join: (row, line) => `${line}.id = ${row}.component_line_id` },
      parent: { one: 'ServiceJob', join: (row, parent) => `${parent}.id = ${row}.parent_id`, scope: jobScopeSql },
      children: {
        many: 'ServiceJob',
        join: (row, child) => `${child}.parent_id = ${row}.id`,
        orderBy: (child) => `${child}.created_at, ${child}.id`,
        scope: jobScopeSql,
      },
      offers: {
        many: 'JobOffer',
        join: (row, offer) => `${offer}.job_id = ${row}.id`,
        orderBy: (offer) => `${offer}.created_at, ${offer}.id`,
        scope: offerScopeSql,
      },
      // A job's parts requests go with the job: whoever sees the job sees them (as loaders.ts reads them).
      partsRequests: {
        many: 'PartsRequest',
        join: (row, request) => `${request}.job_id = ${row}.id`,
        orderBy: (request) => `${request}.created_at, ${request}.id`,
      },
      // Attachments go with the job: whoever sees the job sees them (files.loaders.ts reads them so).
      attachments: {
        many: 'Attachment',
        join: (row, attachment) => `${attachment}.job_id = ${row}.id`,
        orderBy: (attachment) => `${attachment}.created_at, ${attachment}.id`,
      },
      events: { many: 'ServiceEvent', join: (row, event) => `${event}.job_id = ${row}.id`, orderBy: (event) => `${event}.seq`, scope: eventScopeSql },
      // The latest quote of paid work (quote/quote-views.ts latestQuotes reads the same); like the job's parts
      // requests, the holder's and the network's alone: a partner with an open offer on the job never sees its prices.
      quote: {
        one: 'Quote',
        join: (row, quote) => `${quote}.id = (select lq.id from quote lq where lq.job_id = ${row}.id order by lq.sent_at desc, lq.number desc limit 1)`,
        scope: partsRequestScopeSql,
      },
      chargeRow: { sql: chargeRowSql },
      actionFacts: { sql: actionFactsSql },
      viewerCan: { needs: ['actionFacts'] },
      clockFacts: { sql: clockFactsSql },
      responseClock: { needs: ['clockFacts'] },
      resolutionClock: { needs: ['clockFacts'] },
      charges: { needs: ['chargeRow'] },
    },
  },
};

interface JobsValues extends PageValues {
  filter: JobFilterData;
}

const LIKE_SPECIALS = /[%_\\]/g;

/** `jobs`: as job-queries.ts lists them, newest first, every filter. */
export const jobsRead: RootRead<{ filter?: JobFilterData | null; first?: number | null; after?: string | null }, JobsValues> = {
  name: 'jobs',
  form: 'connection',
  type: 'ServiceJob',
  table: 'service_job',
  values: ({ filter, first, after }) => {
    const search = filter?.search?.trim();
    return {
      limit: pageSize(first),
      after: after ? decodeKeyset(after) : null,
      filter: {
        status: filter?.status?.length ? filter.status : null,
        type: filter?.type?.length ? filter.type : null,
        priority: filter?.priority?.length ? filter.priority : null,
        region: filter?.region?.length ? filter.region : null,
        partnerId: filter?.partnerId || null,
        maintenanceOverdue: filter?.maintenanceOverdue || null,
        search: search ? `%${search.replace(LIKE_SPECIALS, (c) => `\\${c}`)}%` : null,
      },
    };
  },
  shape: ({ filter }) =>
    Object.entries(filter)
      .filter(([, value]) => value !== null)
      .map(([key]) => key)
      .join(','),
  where: (statement, row, { filter }) => {
    const value = <K extends keyof JobFilterData>(key: K, type: string) => statement.param(`filter.${key}`, type, (input) => input.args.filter[key]);
    const unit = () => {
      const alias = statement.alias();
      return { alias, from: `equipment_unit ${alias} where ${alias}.id = ${row}.equipment_id` };
    };
    const where = [jobScopeSql(statement.viewer, row)];
    if (filter.status) where.push(`${row}.status = any(${value('status', 'job_status[]')})`);
    if (filter.type) where.push(`${row}.type = any(${value('type', 'job_type[]')})`);
    if (filter.priority) where.push(`${row}.priority = any(${value('priority', 'int[]')})`);
    if (filter.region) {
      const { alias, from } = unit();
      where.push(`exists (select 1 from ${from} and ${alias}.region = any(${value('region', 'text[]')}))`);
    }
    if (filter.partnerId) {
      // An id that is no UUID names no partner: nothing matches.
      where.push(
        `${row}.assigned_partner_id = ${statement.param('filter.partnerId', 'uuid', (input) => (isUuid(input.args.filter.partnerId ?? '') ? input.args.filter.partnerId : null))}`,
      );
    }
    if (filter.maintenanceOverdue) {
      const open = OPEN_STATUSES.map((status) => `'${status}'`).join(', ');
      where.push(`${row}.type = '${JobType.MAINTENANCE}' and ${row}.status in (${open}) and ${row}.maintenance_due_at < ${statement.now}`);
    }
    if (filter.search) {
      const like = value('search', 'text');
      const { alias, from } = unit();
      where.push(`(${row}.number ilike ${like} or ${row}.description ilike ${like} or exists (select 1 from ${from} and ${alias}.serial ilike ${like}))`);
    }
    return where;
  },
};

/** `job(id)`: the case file, when the viewer may see it. */
export const jobRead: RootRead<{ id: string }, { id: string }> = {
  name: 'job',
  form: 'one',
  type: 'ServiceJob',
  table: 'service_job',
  values: ({ id }) => ({ id }),
  shape: () => '',
  where: (statement, row) => [`${row}.id = ${statement.param('id', 'uuid', (input) => input.args.id)}`, jobScopeSql(statement.viewer, row)],
};

/** The jobs of these ids the viewer may see, in no particular order; `rows` says where their selection is within the root field's. */
export function jobsByIdRead(name: string, rows: RootRead<unknown, unknown>['rows']): RootRead<{ ids: string[] }, { ids: string[] }> {
  return {
    name,
    form: 'list',
    type: 'ServiceJob',
    table: 'service_job',
    rows,
    // The resolver hands each job to the figures it stands behind.
    keys: ['id'],
    values: ({ ids }) => ({ ids: ids.filter(isUuid) }),
    shape: () => '',
    where: (statement, row) => [`${row}.id = any(${statement.param('ids', 'uuid[]', (input) => input.args.ids)})`, jobScopeSql(statement.viewer, row)],
  };
}
