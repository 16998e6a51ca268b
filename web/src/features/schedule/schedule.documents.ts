import { graphql } from '../../gql';

/** An appointment on the calendar is its job: live events carry this fragment (live.documents.ts), so a move shows at once. */
export const SCHEDULE_JOB = graphql(`
  fragment Schedule_job on ServiceJob {
    id number status version appointmentAt
    technician { id name }
    equipment { id siteAddress model { id name } }
  }
`);

/** Whom the admin plans for, and the organization's working time (its calendar's zone and hours). */
export const SCHEDULE_PEOPLE = graphql(`
  query SchedulePeople {
    colleagues { id name role }
    businessCalendars { organizationId timeZone hours { day intervals } }
  }
`);

export const SCHEDULE_JOBS = graphql(`
  query ScheduleJobs($filter: JobFilter!, $first: Int!) {
    jobs(filter: $filter, first: $first) { edges { cursor node { ...Schedule_job } } pageInfo { hasNextPage endCursor } }
  }
`);

export const RESCHEDULE = graphql(`
  mutation Reschedule($jobId: ID!, $appointmentAt: DateTime!, $technicianId: ID, $expectedVersion: Int) {
    scheduleJob(jobId: $jobId, appointmentAt: $appointmentAt, technicianId: $technicianId, expectedVersion: $expectedVersion) { ...Schedule_job }
  }
`);
