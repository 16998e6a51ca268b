import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { JobStatus } from '../../gql/graphql';
import { Badge, humanize } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading, formatTime } from '../../ui/States';

const JOBS = graphql(`
  query JobList($filter: JobFilter, $first: Int, $after: String) {
    jobs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...JobCard_job } }
    }
  }
`);

const PAGE = 25;
const STATUSES: JobStatus[] = ['NEW', 'OFFERED', 'ASSIGNED', 'SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS', 'COMPLETED', 'CLOSED', 'CANCELLED'];

/** Every job the user may see, newest first, searchable, a page more at a time (keyset cursors); live events keep it current. */
export function JobList() {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const filter = { ...(search.trim() ? { search: search.trim() } : {}), ...(status ? { status: [status as JobStatus] } : {}) };
  const { data, loading, error, fetchMore } = useQuery(JOBS, { variables: { filter, first: PAGE } });
  const shown = data?.jobs.edges.length ?? 0;
  return (
    <section aria-labelledby="jobs-title">
      <h1 id="jobs-title">All jobs</h1>
      <div className="row filters">
        <label className="grow">
          Search number, description or serial
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
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
        <Loading what="Loading jobs" />
      ) : data?.jobs.edges.length === 0 ? (
        <Empty>No jobs match.</Empty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>Job</th>
              <th>Status</th>
              <th>Type</th>
              <th>Customer</th>
              <th>Partner</th>
              <th>Registered</th>
            </tr>
          </thead>
          <tbody>
            {data?.jobs.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link to={`/jobs/${node.id}`}>{node.number}</Link>
                  <div className="small muted">{node.equipment.serial}</div>
                </td>
                <td>
                  <Badge value={node.status} />
                </td>
                <td>
                  {humanize(node.type)} · P{node.priority}
                </td>
                <td>{node.equipment.customer?.name ?? '—'}</td>
                <td>{node.assignedPartner?.name ?? '—'}</td>
                <td>{formatTime(node.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="row" aria-label="More jobs">
        <span className="small muted">
          {shown} of {data?.jobs.totalCount ?? '…'} jobs
        </span>
        {data?.jobs.pageInfo.hasNextPage && (
          <button type="button" className="secondary" disabled={loading} onClick={() => void fetchMore({ variables: { after: data.jobs.pageInfo.endCursor } })}>
            Show {Math.min(PAGE, data.jobs.totalCount - shown)} more
          </button>
        )}
      </nav>
    </section>
  );
}
