import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { JobCard } from '../board/JobCard';
import { OfferPanel } from '../job/OfferPanel';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';

const INBOX = graphql(`
  query Inbox {
    jobs(first: 200) {
      edges {
        node {
          id number type status priority coverage description responseDueAt resolutionDueAt resolutionPausedAt
          equipment { id serial region model { id name } customer { id name } }
          assignedPartner { id name }
          offers { id status expiresAt }
        }
      }
    }
  }
`);

/** A partner admin's inbox: offers waiting for an answer (with their countdown), then the jobs it holds. */
export function Inbox() {
  const { data, loading, error } = useQuery(INBOX);
  const jobs = data?.jobs.edges.map((edge) => edge.node) ?? [];
  const offered = jobs.filter((job) => job.offers.some((offer) => offer.status === 'PENDING'));
  const held = jobs.filter((job) => !offered.includes(job) && !['CLOSED', 'CANCELLED'].includes(job.status));
  if (loading && !data) return <Loading what="Loading your inbox" />;
  return (
    <div className="stack">
      <ErrorNote error={error} />
      <section aria-labelledby="offers-title">
        <h1 id="offers-title">Offers</h1>
        {offered.length === 0 ? (
          <Empty>No offers waiting. New ones appear here as soon as they are made.</Empty>
        ) : (
          <div className="cards">
            {offered.map((job) => (
              <div key={job.id} className="stack inbox-item" data-job={job.id}>
                <JobCard job={job} />
                <p className="small">{job.description}</p>
                <OfferPanel offer={job.offers.find((offer) => offer.status === 'PENDING')!} compact />
              </div>
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="held-title">
        <h2 id="held-title">Our jobs</h2>
        {held.length === 0 ? (
          <Empty>No open jobs.</Empty>
        ) : (
          <div className="cards">
            {held.map((job) => (
              <JobCard key={job.id} job={job} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
