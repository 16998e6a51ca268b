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
import { QuoteCard } from '../quote/QuoteCard';
import { Badge } from '../../ui/Badge';
import { Countdown } from '../../ui/Countdown';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { useEnumLabel, useFormat, useT } from '../../i18n';

/** Every job's case file: the whole story and the next steps the viewer may take, as the server says (`viewerCan`). */
export function CaseFile() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CASE_FILE, { variables: { id } });
  const job = data?.job;
  const t = useT();
  const format = useFormat();
  const enumLabel = useEnumLabel();
  usePageTitle(job && t('job.title', { number: job.number }));
  if (loading && !data) return <Loading what={t('job.opening')} />;
  if (error) return <ErrorNote error={error} />;
  if (!job) return <Empty>{t('job.notFound')}</Empty>;

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
          {(job.status === 'NEW' || job.status === 'OFFERED') && <Countdown to={job.responseDueAt} label={t('job.response')} clock={job.responseClock} />}
          {!['COMPLETED', 'CLOSED', 'CANCELLED'].includes(job.status) &&
            (job.resolutionPausedAt ? (
              <span className="countdown countdown-ok">{t('job.resolutionPaused')}</span>
            ) : (
              <Countdown to={job.resolutionDueAt} label={t('job.resolution')} warnMinutes={120} clock={job.resolutionClock} />
            ))}
        </div>
      </header>
      <div className="grid-2">
        <section className="panel" aria-label={t('job.panel')}>
          <p>{job.description}</p>
          <dl className="facts">
            <dt>{t('job.type')}</dt>
            <dd>
              {enumLabel('JobType', job.type)} · {t('job.priority', { priority: job.priority })} · {enumLabel('Coverage', job.coverage)}
            </dd>
            <dt>{t('job.equipment')}</dt>
            <dd>
              {job.equipment.model.name} ({job.equipment.model.productLine.name}) · {job.equipment.serial}
            </dd>
            <dt>{t('job.site')}</dt>
            <dd>
              {job.equipment.customer?.name} · {job.equipment.siteAddress} · {job.equipment.region}
            </dd>
            <dt>{t('job.partner')}</dt>
            <dd>{job.assignedPartner?.name ?? '—'}</dd>
            <dt>{t('job.technician')}</dt>
            <dd>{job.technician?.name ?? '—'}</dd>
            <dt>{t('job.appointment')}</dt>
            <dd>{format.dateTime(job.appointmentAt)}</dd>
            {job.maintenanceDueAt && (
              <>
                <dt>{t('job.maintenanceDue')}</dt>
                <dd>{format.dateTime(job.maintenanceDueAt)}</dd>
              </>
            )}
            {job.parent && (
              <>
                <dt>{t('job.componentOf')}</dt>
                <dd>
                  <Link to={`/jobs/${job.parent.id}`}>{job.parent.number}</Link>
                </dd>
              </>
            )}
            {job.resolution && (
              <>
                <dt>{t('job.resolution')}</dt>
                <dd>
                  {job.resolution} {job.failureCode ? `(${job.failureCode})` : ''}
                </dd>
              </>
            )}
            {job.charges && (
              <>
                <dt>{t('job.charges')}</dt>
                <dd>
                  {t('job.chargesText', {
                    parts: job.charges.partsAmount.length === 0 ? t('job.chargesNone') : format.moneyList(job.charges.partsAmount),
                    labour: format.money(job.charges.laborAmount),
                    total: format.moneyList(job.charges.total),
                    payer: job.charges.payer,
                  })}
                </dd>
              </>
            )}
            {job.customerLinkToken && (
              <>
                <dt>{t('job.customerLink')}</dt>
                <dd>
                  <a href={`/track/${job.customerLinkToken}`}>/track/{job.customerLinkToken}</a>
                </dd>
              </>
            )}
            {job.surveyToken && (
              <>
                <dt>{t('job.surveyLink')}</dt>
                <dd>
                  <a href={`/survey/${job.surveyToken}`}>/survey/{job.surveyToken}</a>
                </dd>
              </>
            )}
          </dl>
          <Attachments attachments={job.attachments} />
          {job.children.length > 0 && (
            <>
              <h2>{t('job.components')}</h2>
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
              <h2>{t('job.offers')}</h2>
              <ul className="plain">
                {job.offers.map((offer) => (
                  <li key={offer.id}>
                    {offer.partner.name} <Badge value={offer.status} of="OfferStatus" />{' '}
                    {offer.automatic ? <span className="small muted">{t('job.automatic')}</span> : null}
                    {offer.declineCode && <span className="small"> {offer.declineCode.label}</span>}
                    {offer.declineReason && <span className="small"> {t('job.quoted', { text: offer.declineReason })}</span>}
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
          <QuoteCard job={job} />
          {can.complete && <ServiceReport jobId={job.id} standard={job.qualityStandard} />}
          {can.requestParts && <PartsRequestForm jobId={job.id} modelId={job.equipment.model.id} />}
          {job.partsRequests.length > 0 && (
            <section className="panel" aria-labelledby="requests-title">
              <h2 id="requests-title">{t('job.partsRequests')}</h2>
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
