import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { JobFilter, JobStatus } from '../../gql/graphql';
import { JobCard } from './JobCard';
import { ErrorNote } from '../../ui/ErrorNote';
import { useEnumLabel, useFormat, useT } from '../../i18n';

export const BOARD_COLUMN = graphql(`
  query BoardColumn($filter: JobFilter!, $first: Int!, $after: String) {
    jobs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...JobCard_job } }
    }
  }
`);

/** Cards a column shows at first and adds per "Show more". */
export const COLUMN_PAGE = 25;

/**
 * One status column of the board: its own page of jobs by cursor and its count, both from the
 * server, kept current by the live events (live/apply-event.ts); never a silent cap.
 */
export function BoardColumn({ status, filter }: { status: JobStatus; filter: Omit<JobFilter, 'status'> }) {
  const { data, error, fetchMore, loading } = useQuery(BOARD_COLUMN, { variables: { filter: { ...filter, status: [status] }, first: COLUMN_PAGE } });
  const jobs = data?.jobs.edges.map((edge) => edge.node) ?? [];
  const count = data?.jobs.totalCount ?? 0;
  const endCursor = data?.jobs.pageInfo.endCursor;
  const t = useT();
  const format = useFormat();
  const name = useEnumLabel()('JobStatus', status);
  return (
    <section className="column" aria-label={t('board.column.label', { status: name, count })} data-status={status} data-count={count}>
      <h2>
        {name} <span className="muted">{data ? format.number(count) : '…'}</span>
      </h2>
      <ErrorNote error={error} />
      {jobs.map((job) => (
        <JobCard key={job.id} job={job} />
      ))}
      {data?.jobs.pageInfo.hasNextPage && endCursor && (
        <button type="button" className="secondary small" disabled={loading} onClick={() => void fetchMore({ variables: { after: endCursor } })}>
          {t('board.column.showMore', { count: count - jobs.length })}
        </button>
      )}
    </section>
  );
}
