import { graphql } from '../../gql';
import type { History_EventFragment } from '../../gql/graphql';
import { useEnumLabel, useFormat, useT } from '../../i18n';
import { usePhrase } from '../../i18n/phrase';

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

/** What changed, in the reader's words, from an event's typed details (each detail a message; they are listed side by side). */
function useDetail(): (event: History_EventFragment) => string {
  const t = useT();
  const format = useFormat();
  const enumLabel = useEnumLabel();
  const say = usePhrase();
  return (event) => {
    const [move, moved] = event.jobMove
      ? [event.jobMove, 'JobStatus']
      : event.offerMove
        ? [event.offerMove, 'OfferStatus']
        : event.partsMove
          ? [event.partsMove, 'PartsRequestStatus']
          : [null, ''];
    const parts: string[] = [];
    if (move?.from) parts.push(t('job.history.move', { from: enumLabel(moved, move.from), to: enumLabel(moved, move.to) }));
    if (event.reason) parts.push(t('job.quoted', { text: event.reason }));
    if (event.slaClock) parts.push(t('job.history.clock', { clock: event.slaClock }));
    const missing = event.missingCodes?.map(say) ?? event.missing;
    if (missing?.length) parts.push(t('job.history.missing', { items: format.list(missing) }));
    if (event.trackingCode) parts.push(t('job.history.tracking', { code: event.trackingCode }));
    if (event.rating) parts.push(t('job.history.rated', { rating: event.rating }));
    return parts.join(' · ');
  };
}

/** The case file's history from the event log: who did what and when. */
export function History({ events }: { events: readonly History_EventFragment[] }) {
  const t = useT();
  const format = useFormat();
  const enumLabel = useEnumLabel();
  const detail = useDetail();
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">{t('job.history.title')}</h2>
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.cursor}>
            <time dateTime={event.at}>{format.dateTime(event.at)}</time> <strong>{enumLabel('EventKind', event.kind)}</strong>
            {event.partner && <span className="muted"> · {event.partner.name}</span>}
            {event.actor && <span className="muted"> · {t('job.history.by', { name: event.actor.name })}</span>}
            <div className="small">{detail(event)}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
