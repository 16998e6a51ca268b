import { graphql } from '../../gql';
import type { History_EventFragment } from '../../gql/graphql';
import { humanize } from '../../ui/Badge';
import { formatTime } from '../../ui/States';
import { usePhrase, type PhraseView } from '../../i18n/phrase';

export const HISTORY_EVENT = graphql(`
  fragment History_event on ServiceEvent {
    cursor kind at
    actor { id name }
    partner { id name }
    jobMove { from to }
    offerMove { from to }
    partsMove { from to }
    reason slaClock missing missingCodes { code params text } trackingCode rating
  }
`);

/** What changed, in words, from an event's typed details (the gate's refusal in the reader's language: `say`). */
function detail(event: History_EventFragment, say: (phrase: PhraseView) => string): string {
  const move = event.jobMove ?? event.offerMove ?? event.partsMove;
  const parts: string[] = [];
  if (move?.from) parts.push(`${humanize(move.from)} → ${humanize(move.to)}`);
  if (event.reason) parts.push(`“${event.reason}”`);
  if (event.slaClock) parts.push(`${event.slaClock.toLowerCase()} clock`);
  const missing = event.missingCodes?.map(say) ?? event.missing;
  if (missing?.length) parts.push(`missing: ${missing.join(', ')}`);
  if (event.trackingCode) parts.push(`tracking ${event.trackingCode}`);
  if (event.rating) parts.push(`rated ${event.rating}/5`);
  return parts.join(' · ');
}

/** The case file's history from the event log: who did what and when. */
export function History({ events }: { events: readonly History_EventFragment[] }) {
  const say = usePhrase();
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.cursor}>
            <time dateTime={event.at}>{formatTime(event.at)}</time> <strong>{humanize(event.kind)}</strong>
            {event.partner && <span className="muted"> · {event.partner.name}</span>}
            {event.actor && <span className="muted"> · by {event.actor.name}</span>}
            <div className="small">{detail(event, say)}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
