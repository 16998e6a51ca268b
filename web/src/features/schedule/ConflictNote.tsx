import { useFormat, useT } from '../../i18n';
import { ErrorNote } from '../../ui/ErrorNote';
import type { Slot } from './calendar-events';

/** A refused move: why (the error by its code), where the appointment stays, and the next free slots to book instead. */
export function ConflictNote({
  error,
  number,
  stays,
  slots,
  timeZone,
  onBook,
}: {
  error: unknown;
  number: string;
  stays: string;
  slots: Slot[];
  timeZone: string;
  onBook(slot: Slot): void;
}) {
  const t = useT();
  const f = useFormat();
  return (
    <div className="stack conflict">
      <ErrorNote error={error} />
      <p className="small">{t('schedule.stays', { number, when: stays })}</p>
      {slots.length > 0 && (
        <div className="stack">
          <h2 id="free-slots-title" className="small strong">
            {t('schedule.freeSlots')}
          </h2>
          <ul aria-labelledby="free-slots-title" className="row free-slots">
            {slots.map((slot) => {
              const when = t('schedule.slot', { from: f.dateTime(slot.startsAt, timeZone), to: f.time(slot.endsAt, timeZone) });
              return (
                <li key={slot.startsAt}>
                  <button type="button" className="secondary" onClick={() => onBook(slot)} aria-label={t('schedule.book', { number, when })}>
                    {when}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
