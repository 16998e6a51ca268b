import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { JobStatus } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { useEnumLabel, useFormat, useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

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
  const t = useT();
  const format = useFormat();
  const enumLabel = useEnumLabel();
  return (
    <section aria-labelledby="jobs-title">
      <h1 id="jobs-title">{t('board.list.title')}</h1>
      <div className="row filters">
        <label className="grow">
          {t('board.list.search')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          {t('board.list.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('board.all')}</option>
            <EnumOptions of="JobStatus" values={STATUSES} />
          </select>
        </label>
      </div>
      <ErrorNote error={error} />
      {loading && !data ? (
        <Loading what={t('board.list.loading')} />
      ) : data?.jobs.edges.length === 0 ? (
        <Empty>{t('board.list.none')}</Empty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('board.list.job')}</th>
              <th>{t('board.list.status')}</th>
              <th>{t('board.type')}</th>
              <th>{t('board.list.customer')}</th>
              <th>{t('board.list.partner')}</th>
              <th>{t('board.list.registered')}</th>
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
                  {enumLabel('JobType', node.type)} · {t('board.priorityShort', { priority: node.priority })}
                </td>
                <td>{node.equipment.customer?.name ?? '—'}</td>
                <td>{node.assignedPartner?.name ?? '—'}</td>
                <td>{format.dateTime(node.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="row" aria-label={t('board.list.more')}>
        <span className="small muted">{data ? t('board.list.shown', { shown, total: data.jobs.totalCount }) : '…'}</span>
        {data?.jobs.pageInfo.hasNextPage && (
          <button type="button" className="secondary" disabled={loading} onClick={() => void fetchMore({ variables: { after: data.jobs.pageInfo.endCursor } })}>
            {t('board.list.showMore', { count: Math.min(PAGE, data.jobs.totalCount - shown) })}
          </button>
        )}
      </nav>
    </section>
  );
}
