import { Link } from 'react-router';
import { useLive } from '../../live/live-events';
import { Empty, formatTime } from '../../ui/States';
import type { LiveEventFragment } from '../../gql/graphql';

const ESCALATIONS = ['SLA_BREACHED', 'OFFER_DECLINED', 'OFFER_EXPIRED', 'QUALITY_GATE_FAILED', 'PRICE_REFUSED'];

const TEXT: Record<string, (event: LiveEventFragment) => string> = {
  SLA_BREACHED: (event) => `${(event.slaClock ?? '').toLowerCase()} clock breached`,
  OFFER_DECLINED: (event) => `offer declined: ${event.reason ?? ''}`,
  OFFER_EXPIRED: () => 'offer expired unanswered',
  QUALITY_GATE_FAILED: () => 'quality gate refused the report',
  PRICE_REFUSED: () => 'charges above the price list refused',
};

/** Breaches, declines and expiries as they happen, newest first. */
export function EscalationFeed() {
  const { recent } = useLive();
  const escalations = recent.filter((event) => ESCALATIONS.includes(event.kind));
  return (
    <aside className="feed" aria-labelledby="feed-title">
      <h2 id="feed-title">Escalations</h2>
      {escalations.length === 0 ? (
        <Empty>Nothing needs you right now.</Empty>
      ) : (
        <ol className="plain">
          {escalations.map((event) => (
            <li key={event.cursor} className={`escalation escalation-${event.kind.toLowerCase()}`}>
              <span className="small muted">{formatTime(event.at)}</span> {event.job ? <Link to={`/jobs/${event.job.id}`}>{event.job.number}</Link> : 'A job'}
              {event.partner ? ` · ${event.partner.name}` : ''} — {TEXT[event.kind]?.(event) ?? event.kind}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
