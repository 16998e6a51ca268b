import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PartsRequestStatus } from '../../gql/graphql';
import { PartsRequestCard } from './PartsRequestCard';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

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
  const t = useT();
  return (
    <section aria-labelledby="queue-title">
      <div className="row spread">
        <h1 id="queue-title">{t('parts.title')}</h1>
        <label>
          {t('parts.show')}
          <select value={status} onChange={(e) => setStatus(e.target.value as PartsRequestStatus | '')}>
            <option value="">{t('parts.all')}</option>
            <EnumOptions of="PartsRequestStatus" values={STATUSES} />
          </select>
        </label>
      </div>
      <ErrorNote error={error} />
      {loading && !data ? (
        <Loading what={t('parts.loading')} />
      ) : data?.partsRequests.length === 0 ? (
        <Empty>{t('parts.none')}</Empty>
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
