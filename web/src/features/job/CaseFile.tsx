import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { CASE_FILE } from './job.documents';
import { DispatchPanel } from './DispatchPanel';
import { OfferPanel } from './OfferPanel';
import { SchedulePanel } from './SchedulePanel';
import { History } from './History';
import { Attachments } from './Attachments';
import { ServiceReport } from '../work/ServiceReport';
import { PartsRequestForm } from '../work/PartsRequestForm';
import { PartsRequestCard } from '../parts/PartsRequestCard';
import { Badge, humanize } from '../../ui/Badge';
import { Countdown } from '../../ui/Countdown';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading, formatTime } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { formatMoney, formatMoneyList } from '../../ui/money';

/** Every job's case file: the whole story and the next steps the viewer may take, as the server says (`viewerCan`). */
export function CaseFile() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CASE_FILE, { variables: { id } });
  const job = data?.job;
  usePageTitle(job && `Job ${job.number}`);
  if (loading && !data) return <Loading what="Opening the case file" />;
  if (error) return <ErrorNote error={error} />;
  if (!job) return <Empty>This job does not exist, or it is no longer yours to see.</Empty>;

  const can = job.viewerCan;
  // A partner sees only its own offers: the open one is the one it may answer.
  const openOffer = can.accept || can.decline ? job.offers.find((offer) => offer.status === 'PENDING') : undefined;

  return (
    <article className="casefile">
      <header className="row spread">
        <h1>
          {job.number} <Badge value={job.status} />
        </h1>
        <div className="row">
          {(job.status === 'NEW' || job.status === 'OFFERED') && <Countdown to={job.responseDueAt} label="Response" clock={job.responseClock} />}
          {!['COMPLETED', 'CLOSED', 'CANCELLED'].includes(job.status) &&
            (job.resolutionPausedAt ? (
              <span className="countdown countdown-ok">Resolution clock paused for parts</span>
            ) : (
              <Countdown to={job.resolutionDueAt} label="Resolution" warnMinutes={120} clock={job.resolutionClock} />
            ))}
        </div>
      </header>
      <div className="grid-2">
        <section className="panel" aria-label="Job">
          <p>{job.description}</p>
          <dl className="facts">
            <dt>Type</dt>
            <dd>
              {humanize(job.type)} · priority {job.priority} · {humanize(job.coverage)}
            </dd>
            <dt>Equipment</dt>
            <dd>
              {job.equipment.model.name} ({job.equipment.model.productLine.name}) · {job.equipment.serial}
            </dd>
            <dt>Site</dt>
            <dd>
              {job.equipment.customer?.name} · {job.equipment.siteAddress} · {job.equipment.region}
            </dd>
            <dt>Partner</dt>
            <dd>{job.assignedPartner?.name ?? '—'}</dd>
            <dt>Technician</dt>
            <dd>{job.technician?.name ?? '—'}</dd>
            <dt>Appointment</dt>
            <dd>{formatTime(job.appointmentAt)}</dd>
            {job.maintenanceDueAt && (
              <>
                <dt>Maintenance due</dt>
                <dd>{formatTime(job.maintenanceDueAt)}</dd>
              </>
            )}
            {job.parent && (
              <>
                <dt>Component of</dt>
                <dd>
                  <Link to={`/jobs/${job.parent.id}`}>{job.parent.number}</Link>
                </dd>
              </>
            )}
            {job.resolution && (
              <>
                <dt>Resolution</dt>
                <dd>
                  {job.resolution} {job.failureCode ? `(${job.failureCode})` : ''}
                </dd>
              </>
            )}
            {job.charges && (
              <>
                <dt>Charges</dt>
                <dd>
                  parts {formatMoneyList(job.charges.partsAmount, 'none')}, labour {formatMoney(job.charges.laborAmount)}, total{' '}
                  {formatMoneyList(job.charges.total)} ({humanize(job.charges.payer)} pays)
                </dd>
              </>
            )}
            {job.customerLinkToken && (
              <>
                <dt>Customer's link</dt>
                <dd>
                  <a href={`/track/${job.customerLinkToken}`}>/track/{job.customerLinkToken}</a>
                </dd>
              </>
            )}
            {job.surveyToken && (
              <>
                <dt>Survey link</dt>
                <dd>
                  <a href={`/survey/${job.surveyToken}`}>/survey/{job.surveyToken}</a>
                </dd>
              </>
            )}
          </dl>
          <Attachments attachments={job.attachments} />
          {job.children.length > 0 && (
            <>
              <h2>Component jobs</h2>
              <ul>
                {job.children.map((child) => (
                  <li key={child.id}>
                    <Link to={`/jobs/${child.id}`}>{child.number}</Link> <Badge value={child.status} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {job.offers.length > 0 && (
            <>
              <h2>Offers</h2>
              <ul className="plain">
                {job.offers.map((offer) => (
                  <li key={offer.id}>
                    {offer.partner.name} <Badge value={offer.status} /> {offer.automatic ? <span className="small muted">automatic</span> : null}
                    {offer.declineCode && <span className="small"> {offer.declineCode.label}</span>}
                    {offer.declineReason && <span className="small"> “{offer.declineReason}”</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <div className="stack">
          {(can.offer || can.autoDispatch || can.close || can.reopen || can.cancel) && <DispatchPanel job={job} />}
          {openOffer && <OfferPanel offer={openOffer} />}
          {(can.schedule || can.start) && <SchedulePanel job={job} />}
          {can.complete && <ServiceReport jobId={job.id} standard={job.qualityStandard} />}
          {can.requestParts && <PartsRequestForm jobId={job.id} modelId={job.equipment.model.id} />}
          {job.partsRequests.length > 0 && (
            <section className="panel" aria-labelledby="requests-title">
              <h2 id="requests-title">Parts requests</h2>
              {job.partsRequests.map((request) => (
                <PartsRequestCard key={request.id} request={request} />
              ))}
            </section>
          )}
        </div>
      </div>
      <History events={job.events} />
    </article>
  );
}
