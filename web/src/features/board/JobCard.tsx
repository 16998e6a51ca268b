import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { JobCard_JobFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Countdown } from '../../ui/Countdown';
import { useEnumLabel, useT } from '../../i18n';

/** What a job card shows; every list that renders cards selects it, and so do live events. */
export const JOB_CARD = graphql(`
  fragment JobCard_job on ServiceJob {
    id number type status priority coverage source createdAt responseDueAt resolutionDueAt resolutionPausedAt
    responseClock { mode workingMinutesLeft }
    resolutionClock { mode workingMinutesLeft }
    equipment { id serial region model { id name } customer { id name } }
    assignedPartner { id name }
  }
`);

export type JobCardJob = JobCard_JobFragment;

const AWAITING_RESPONSE = ['NEW', 'OFFERED'];
const DONE = ['COMPLETED', 'CLOSED', 'CANCELLED'];

/** A job on a board or list: what, where, who, and the SLA clock that matters now. */
export function JobCard({ job }: { job: JobCardJob }) {
  const t = useT();
  const enumLabel = useEnumLabel();
  return (
    <article className={`card priority-${job.priority}`} aria-label={t('board.card.label', { number: job.number })}>
      <div className="row spread">
        <Link to={`/jobs/${job.id}`} className="strong">
          {job.number}
        </Link>
        <Badge value={job.status} />
      </div>
      <div className="small">
        {enumLabel('JobType', job.type)} · {t('board.priorityShort', { priority: job.priority })} · {enumLabel('Coverage', job.coverage)}
        {job.source === 'CUSTOMER_REQUEST' && ` · ${enumLabel('JobSource', job.source)}`}
      </div>
      <div className="small muted">
        {job.equipment.model.name} · {job.equipment.serial} · {job.equipment.region}
      </div>
      {job.equipment.customer && <div className="small">{job.equipment.customer.name}</div>}
      {job.assignedPartner && <div className="small">→ {job.assignedPartner.name}</div>}
      {!DONE.includes(job.status) &&
        (AWAITING_RESPONSE.includes(job.status) ? (
          <Countdown to={job.responseDueAt} label={t('board.card.response')} clock={job.responseClock} />
        ) : job.resolutionPausedAt ? (
          <span className="countdown countdown-ok">{t('board.card.resolutionPaused')}</span>
        ) : (
          <Countdown to={job.resolutionDueAt} label={t('board.card.resolution')} warnMinutes={120} clock={job.resolutionClock} />
        ))}
    </article>
  );
}
