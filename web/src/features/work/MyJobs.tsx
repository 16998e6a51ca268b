import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { JobStatus } from '../../gql/graphql';
import { JobCard } from '../board/JobCard';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { useT } from '../../i18n';
import { AppointmentTime } from '../schedule/AppointmentTime';

/** A job on the technician's day: the card, when and where. */
export const MY_JOBS_JOB = graphql(`
  fragment MyJobs_job on ServiceJob { ...JobCard_job appointmentAt appointmentEndsAt siteTimeZone equipment { id siteAddress } }
`);

export const MY_JOBS = graphql(`
  query MyJobs($filter: JobFilter!, $first: Int!, $after: String) {
    jobs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...MyJobs_job } }
    }
  }
`);

const WORKING: JobStatus[] = ['ASSIGNED', 'SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS'];
const PAGE = 100;

/** The jobs to work, soonest appointment first: on a phone, the technician's day. */
export function MyJobs() {
  const { data, loading, error, fetchMore } = useQuery(MY_JOBS, { variables: { filter: { status: WORKING }, first: PAGE } });
  const page = data?.jobs.pageInfo;
  const t = useT();
  const jobs = [...(data?.jobs.edges.map((edge) => edge.node) ?? [])].sort(
    (a, b) => (a.appointmentAt ? Date.parse(a.appointmentAt) : Infinity) - (b.appointmentAt ? Date.parse(b.appointmentAt) : Infinity),
  );
  if (loading && !data) return <Loading what={t('work.loading')} />;
  return (
    <section aria-labelledby="work-title">
      <h1 id="work-title">{t('work.title')}</h1>
      <ErrorNote error={error} />
      {jobs.length === 0 ? (
        <Empty>{t('work.none')}</Empty>
      ) : (
        <div className="cards">
          {jobs.map((job) => (
            <div key={job.id}>
              <div className="small strong">
                {job.appointmentAt ? (
                  <AppointmentTime at={job.appointmentAt} endsAt={job.appointmentEndsAt} timeZone={job.siteTimeZone} />
                ) : (
                  t('work.notScheduled')
                )}
              </div>
              <div className="small muted">{job.equipment.siteAddress}</div>
              <JobCard job={job} />
            </div>
          ))}
        </div>
      )}
      {page?.hasNextPage && (
        <button type="button" className="secondary" onClick={() => void fetchMore({ variables: { after: page.endCursor } })}>
          {t('work.showMore')}
        </button>
      )}
    </section>
  );
}
