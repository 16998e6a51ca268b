import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PartsRequestStatus } from '../../gql/graphql';
import { PartsRequestCard } from './PartsRequestCard';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { humanize } from '../../ui/Badge';

export const QUEUE = graphql(`
  query PartsQueue($status: PartsRequestStatus) {
    partsRequests(status: $status) { ...PartsRequestCard_request }
  }
`);

const STATUSES: PartsRequestStatus[] = ['REQUESTED', 'APPROVED', 'PARTIALLY_APPROVED', 'SHIPPED', 'RECEIVED', 'REJECTED'];

/** The parts clerk's live queue: new requests first; approve, reject, ship. */
export function PartsQueue() {
  const [status, setStatus] = useState<PartsRequestStatus | ''>('REQUESTED');
  const { data, loading, error } = useQuery(QUEUE, { variables: { status: status || null } });
  return (
    <section aria-labelledby="queue-title">
      <div className="row spread">
        <h1 id="queue-title">Parts requests</h1>
        <label>
          Show
          <select value={status} onChange={(e) => setStatus(e.target.value as PartsRequestStatus | '')}>
            <option value="">All</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNote error={error} />
      {loading && !data ? (
        <Loading what="Loading requests" />
      ) : data?.partsRequests.length === 0 ? (
        <Empty>Nothing here.</Empty>
      ) : (
        <div className="cards">
          {data?.partsRequests.map((request) => (
            <PartsRequestCard key={request.id} request={request} />
          ))}
        </div>
      )}
    </section>
  );
}
