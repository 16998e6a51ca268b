import { humanize } from '../../ui/Badge';
import { formatTime } from '../../ui/States';

interface EventView {
  cursor: string;
  kind: string;
  at: string;
  actor?: { name: string } | null;
  partner?: { name: string } | null;
  data: Record<string, unknown>;
}

/** What changed, in words, from an event's before → after and details. */
function detail(event: EventView): string {
  const d = event.data;
  const parts: string[] = [];
  if (typeof d.from === 'string' && typeof d.to === 'string') parts.push(`${humanize(d.from)} → ${humanize(d.to)}`);
  if (typeof d.reason === 'string') parts.push(`“${d.reason}”`);
  if (typeof d.clock === 'string') parts.push(`${d.clock.toLowerCase()} clock`);
  if (Array.isArray(d.missing)) parts.push(`missing: ${(d.missing as { label: string }[]).map((m) => m.label).join(', ')}`);
  if (typeof d.trackingCode === 'string') parts.push(`tracking ${d.trackingCode}`);
  if (typeof d.rating === 'number') parts.push(`rated ${d.rating}/5`);
  return parts.join(' · ');
}

/** The case file's history from the event log: who did what and when. */
export function History({ events }: { events: EventView[] }) {
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.cursor}>
            <time dateTime={event.at}>{formatTime(event.at)}</time> <strong>{humanize(event.kind)}</strong>
            {event.partner && <span className="muted"> · {event.partner.name}</span>}
            {event.actor && <span className="muted"> · by {event.actor.name}</span>}
            <div className="small">{detail(event)}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
