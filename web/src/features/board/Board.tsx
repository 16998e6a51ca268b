import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { JobStatus, JobType } from '../../gql/graphql';
import { JobCard } from './JobCard';
import { EscalationFeed } from './EscalationFeed';
import { ErrorNote } from '../../ui/ErrorNote';
import { Loading } from '../../ui/States';
import { humanize } from '../../ui/Badge';

const BOARD = graphql(`
  query Board($filter: JobFilter) {
    jobs(filter: $filter, first: 200) {
      totalCount
      edges {
        node {
          id number type status priority coverage responseDueAt resolutionDueAt resolutionPausedAt
          equipment { id serial region model { id name } customer { id name } }
          assignedPartner { id name }
        }
      }
    }
  }
`);

const COLUMNS: JobStatus[] = ['NEW', 'OFFERED', 'ASSIGNED', 'SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS', 'COMPLETED'];
const TYPES: JobType[] = ['REPAIR', 'MAINTENANCE', 'INSPECTION', 'INSTALLATION', 'TRAINING', 'DELIVERY'];
const REGIONS = ['NORTH', 'SOUTH', 'EAST', 'WEST'];

/** The dispatcher's live board: open jobs by status, filterable, with SLA clocks; escalations beside it. */
export function Board() {
  const [type, setType] = useState('');
  const [priority, setPriority] = useState('');
  const [region, setRegion] = useState('');
  const filter = {
    status: COLUMNS,
    ...(type ? { type: [type as JobType] } : {}),
    ...(priority ? { priority: [Number(priority)] } : {}),
    ...(region ? { region: [region] } : {}),
  };
  const { data, loading, error } = useQuery(BOARD, { variables: { filter } });
  const jobs = data?.jobs.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="board-layout">
      <section aria-labelledby="board-title">
        <div className="row spread">
          <h1 id="board-title">Live board</h1>
          <Link to="/jobs/new" className="button">
            New job
          </Link>
        </div>
        <fieldset className="filters row" aria-label="Filters">
          <label>
            Type
            <select value={type} onChange={(e) => setType(e.target.value)}>
              <option value="">All</option>
              {TYPES.map((t) => (
                <option key={t} value={t}>
                  {humanize(t)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Priority
            <select value={priority} onChange={(e) => setPriority(e.target.value)}>
              <option value="">All</option>
              {[1, 2, 3, 4].map((p) => (
                <option key={p} value={p}>
                  P{p}
                </option>
              ))}
            </select>
          </label>
          <label>
            Region
            <select value={region} onChange={(e) => setRegion(e.target.value)}>
              <option value="">All</option>
              {REGIONS.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <span className="muted small">{data ? `${data.jobs.totalCount} open jobs` : ''}</span>
        </fieldset>
        <ErrorNote error={error} />
        {loading && !data ? (
          <Loading what="Loading the board" />
        ) : (
          <div className="columns">
            {COLUMNS.map((status) => {
              const inColumn = jobs.filter((job) => job.status === status);
              return (
                <section key={status} className="column" aria-label={`${humanize(status)} (${inColumn.length})`} data-status={status}>
                  <h2>
                    {humanize(status)} <span className="muted">{inColumn.length}</span>
                  </h2>
                  {inColumn.map((job) => (
                    <JobCard key={job.id} job={job} />
                  ))}
                </section>
              );
            })}
          </div>
        )}
      </section>
      <EscalationFeed />
    </div>
  );
}
