import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { JobCard } from '../board/JobCard';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading, formatTime } from '../../ui/States';

const MY_JOBS = graphql(`
  query MyJobs {
    jobs(first: 100, filter: { status: [ASSIGNED, SCHEDULED, IN_PROGRESS, AWAITING_PARTS] }) {
      edges {
        node {
          id number type status priority coverage appointmentAt responseDueAt resolutionDueAt resolutionPausedAt
          equipment { id serial region siteAddress model { id name } customer { id name } }
          assignedPartner { id name }
        }
      }
    }
  }
`);

/** The jobs to work, soonest appointment first: on a phone, the technician's day. */
export function MyJobs() {
  const { data, loading, error } = useQuery(MY_JOBS);
  const jobs = [...(data?.jobs.edges.map((edge) => edge.node) ?? [])].sort(
    (a, b) => (a.appointmentAt ? Date.parse(a.appointmentAt) : Infinity) - (b.appointmentAt ? Date.parse(b.appointmentAt) : Infinity),
  );
  if (loading && !data) return <Loading what="Loading your jobs" />;
  return (
    <section aria-labelledby="work-title">
      <h1 id="work-title">My jobs</h1>
      <ErrorNote error={error} />
      {jobs.length === 0 ? (
        <Empty>No open jobs assigned to you.</Empty>
      ) : (
        <div className="cards">
          {jobs.map((job) => (
            <div key={job.id}>
              <div className="small strong">{job.appointmentAt ? formatTime(job.appointmentAt) : 'Not yet scheduled'}</div>
              <div className="small muted">{job.equipment.siteAddress}</div>
              <JobCard job={job} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
