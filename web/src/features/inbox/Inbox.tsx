import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { JobStatus } from '../../gql/graphql';
import { JobCard } from '../board/JobCard';
import { OfferPanel } from '../job/OfferPanel';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { useT } from '../../i18n';

/** An offer in the inbox: the job it is for, and the answer with its countdown. */
export const INBOX_OFFER = graphql(`
  fragment InboxOffer_offer on JobOffer {
    id createdAt ...OfferPanel_offer
    job { ...JobCard_job description }
  }
`);

export const INBOX_OFFERS = graphql(`
  query InboxOffers($first: Int!, $after: String) {
    offers(status: [PENDING], first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...InboxOffer_offer } }
    }
  }
`);

export const HELD_JOBS = graphql(`
  query InboxJobs($filter: JobFilter!, $first: Int!, $after: String) {
    jobs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...JobCard_job } }
    }
  }
`);

const HELD: JobStatus[] = ['ASSIGNED', 'SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS'];
const PAGE = 50;

/** A partner admin's inbox: offers waiting for an answer (with their countdown), then the open jobs it holds. */
export function Inbox() {
  const offers = useQuery(INBOX_OFFERS, { variables: { first: PAGE } });
  const held = useQuery(HELD_JOBS, { variables: { filter: { status: HELD }, first: PAGE } });
  const t = useT();
  if ((offers.loading && !offers.data) || (held.loading && !held.data)) return <Loading what={t('inbox.loading')} />;
  const pending = offers.data?.offers.edges.map((edge) => edge.node) ?? [];
  const jobs = held.data?.jobs.edges.map((edge) => edge.node) ?? [];
  const morePending = offers.data?.offers.pageInfo;
  const moreHeld = held.data?.jobs.pageInfo;
  return (
    <div className="stack">
      <ErrorNote error={offers.error ?? held.error} />
      <section aria-labelledby="offers-title" data-count={offers.data?.offers.totalCount}>
        <h1 id="offers-title">{t('inbox.offers')}</h1>
        {pending.length === 0 ? (
          <Empty>{t('inbox.noOffers')}</Empty>
        ) : (
          <div className="cards">
            {pending.map((offer) =>
              offer.job ? (
                <div key={offer.id} className="stack inbox-item" data-job={offer.job.id}>
                  <JobCard job={offer.job} />
                  <p className="small">{offer.job.description}</p>
                  <OfferPanel offer={offer} compact />
                </div>
              ) : null,
            )}
          </div>
        )}
        {morePending?.hasNextPage && (
          <button type="button" className="secondary" onClick={() => void offers.fetchMore({ variables: { after: morePending.endCursor } })}>
            {t('inbox.moreOffers')}
          </button>
        )}
      </section>
      <section aria-labelledby="held-title" data-count={held.data?.jobs.totalCount}>
        <h2 id="held-title">{t('inbox.ourJobs')}</h2>
        {jobs.length === 0 ? (
          <Empty>{t('inbox.noJobs')}</Empty>
        ) : (
          <div className="cards">
            {jobs.map((job) => (
              <JobCard key={job.id} job={job} />
            ))}
          </div>
        )}
        {moreHeld?.hasNextPage && (
          <button type="button" className="secondary" onClick={() => void held.fetchMore({ variables: { after: moreHeld.endCursor } })}>
            {t('inbox.moreJobs')}
          </button>
        )}
      </section>
    </div>
  );
}
