import { Link } from 'react-router';
import { useLive } from '../../live/live-events';
import { Empty } from '../../ui/States';
import type { LiveEventFragment } from '../../gql/graphql';
import { useFormat, useT, type MessageId, type MessageValues } from '../../i18n';

const ESCALATIONS = ['SLA_BREACHED', 'OFFER_DECLINED', 'OFFER_EXPIRED', 'QUALITY_GATE_FAILED', 'PRICE_REFUSED', 'LOANER_OVERDUE'];

/** What happened, as a message of the catalogue and its arguments (the decline's reason is the partner's own words). */
const TEXT: Record<string, (event: LiveEventFragment) => [MessageId, MessageValues?]> = {
  SLA_BREACHED: (event) => ['board.escalation.slaBreached', { clock: event.slaClock ?? 'other' }],
  OFFER_DECLINED: (event) => ['board.escalation.offerDeclined', { reason: event.reason ?? '' }],
  OFFER_EXPIRED: () => ['board.escalation.offerExpired'],
  QUALITY_GATE_FAILED: () => ['board.escalation.qualityGateFailed'],
  PRICE_REFUSED: () => ['board.escalation.priceRefused'],
  LOANER_OVERDUE: () => ['board.escalation.loanerOverdue'],
};

/** Breaches, declines, expiries and overdue loaners as they happen, newest first. */
export function EscalationFeed() {
  const { recent } = useLive();
  const escalations = recent.filter((event) => ESCALATIONS.includes(event.kind));
  const t = useT();
  const format = useFormat();
  const say = (event: LiveEventFragment) => {
    const text = TEXT[event.kind]?.(event);
    return text ? t(...text) : event.kind;
  };
  return (
    <aside className="feed" aria-labelledby="feed-title">
      <h2 id="feed-title">{t('board.escalation.title')}</h2>
      {escalations.length === 0 ? (
        <Empty>{t('board.escalation.none')}</Empty>
      ) : (
        <ol className="plain">
          {escalations.map((event) => (
            <li key={event.cursor} className={`escalation escalation-${event.kind.toLowerCase()}`}>
              <span className="small muted">{format.dateTime(event.at)}</span>{' '}
              {event.job ? <Link to={`/jobs/${event.job.id}`}>{event.job.number}</Link> : t('board.escalation.aJob')}
              {event.partner ? ` · ${event.partner.name}` : ''} — {say(event)}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
