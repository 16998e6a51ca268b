import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { DECIDE_PARTS, RECEIVE_PARTS, SHIP_PARTS } from '../job/job.documents';
import { graphql } from '../../gql';
import type { PartsRequestCard_RequestFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { useFormat, useT } from '../../i18n';
import { LoanerReturn } from './LoanerReturn';

export const PARTS_REQUEST_CARD = graphql(`
  fragment PartsRequestCard_request on PartsRequest {
    id status trackingCode decisionNote createdAt
    job { id number }
    lines { id quantity approvedQuantity loaner loanerReturnBy loanerReturnedAt loanerReturnTrackingCode loanerOverdue part { id sku name listPrice { amount currency } } }
    viewerCan { decide ship receive returnLoaner }
  }
`);

/**
 * One request: the clerk approves (fully or partly), rejects and ships; the partner confirms receipt
 * and sends loaners back by their return-by date. The server says which the viewer may do now.
 */
export function PartsRequestCard({ request }: { request: PartsRequestCard_RequestFragment }) {
  // The request's new status comes back in the answer; where it moves between lists, its event says so.
  const [decide, decided] = useMutation(DECIDE_PARTS);
  const [ship, shipped] = useMutation(SHIP_PARTS);
  const [receive, received] = useMutation(RECEIVE_PARTS);
  const [approved, setApproved] = useState<Record<string, number>>(() => Object.fromEntries(request.lines.map((l) => [l.part.sku, l.quantity])));
  const [tracking, setTracking] = useState('');
  const can = request.viewerCan;
  const t = useT();
  const format = useFormat();
  const created = format.dateTime(request.createdAt);

  return (
    <article
      className="card"
      aria-label={request.job ? t('parts.card.label', { job: request.job.number, time: created }) : t('parts.card.labelNoJob', { time: created })}
    >
      <div className="row spread">
        <span>
          {request.job && <Link to={`/jobs/${request.job.id}`}>{request.job.number}</Link>} <span className="small muted">{created}</span>
        </span>
        <Badge value={request.status} of="PartsRequestStatus" />
      </div>
      <table className="table small">
        <thead>
          <tr>
            <th>{t('parts.card.sku')}</th>
            <th>{t('parts.card.part')}</th>
            <th>{t('parts.card.asked')}</th>
            <th>{t('parts.card.approved')}</th>
          </tr>
        </thead>
        <tbody>
          {request.lines.map((line) => (
            <tr key={line.id}>
              <td>{line.part.sku}</td>
              <td>{line.loaner ? t('parts.card.loaner', { part: line.part.name }) : line.part.name}</td>
              <td>{t('parts.card.times', { quantity: line.quantity })}</td>
              <td>
                {can.decide ? (
                  <input
                    type="number"
                    min={0}
                    max={line.quantity}
                    aria-label={t('parts.card.approveHowMany', { sku: line.part.sku })}
                    value={approved[line.part.sku] ?? 0}
                    onChange={(e) => setApproved({ ...approved, [line.part.sku]: Number(e.target.value) })}
                  />
                ) : line.approvedQuantity !== null && line.approvedQuantity !== undefined ? (
                  t('parts.card.approvedCount', { quantity: line.approvedQuantity })
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {request.lines
        .filter((line) => line.loanerReturnBy)
        .map((line) => (
          <LoanerReturn key={line.id} line={line} mayReturn={can.returnLoaner} />
        ))}
      {request.trackingCode && <div className="small">{t('parts.card.tracking', { code: request.trackingCode })}</div>}
      {can.decide && (
        <div className="row">
          <button
            type="button"
            onClick={() =>
              void decide({
                variables: { input: { id: request.id, approve: true, lines: Object.entries(approved).map(([sku, quantity]) => ({ sku, quantity })) } },
              }).catch(() => undefined)
            }
          >
            {t('parts.card.approve')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => void decide({ variables: { input: { id: request.id, approve: false } } }).catch(() => undefined)}
          >
            {t('parts.card.reject')}
          </button>
        </div>
      )}
      {can.ship && (
        <div className="row">
          <label className="grow">
            {t('parts.card.trackingCode')}
            <input value={tracking} onChange={(e) => setTracking(e.target.value)} />
          </label>
          <button type="button" onClick={() => void ship({ variables: { id: request.id, trackingCode: tracking || null } }).catch(() => undefined)}>
            {t('parts.card.ship')}
          </button>
        </div>
      )}
      {can.receive && (
        <button type="button" onClick={() => void receive({ variables: { id: request.id } }).catch(() => undefined)}>
          {t('parts.card.confirmReceipt')}
        </button>
      )}
      <ErrorNote error={decided.error ?? shipped.error ?? received.error} />
    </article>
  );
}
