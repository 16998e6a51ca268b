import { Link } from 'react-router';
import { useLive } from '../../live/live-events';
import { Empty, formatTime } from '../../ui/States';

const ESCALATIONS = ['SLA_BREACHED', 'OFFER_DECLINED', 'OFFER_EXPIRED', 'QUALITY_GATE_FAILED', 'PRICE_REFUSED'];

const TEXT: Record<string, (data: Record<string, unknown>) => string> = {
  SLA_BREACHED: (d) => `${String(d.clock).toLowerCase()} clock breached`,
  OFFER_DECLINED: (d) => `offer declined: ${String(d.reason ?? '')}`,
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
              {event.partner ? ` · ${event.partner.name}` : ''} — {TEXT[event.kind]?.(event.data) ?? event.kind}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
