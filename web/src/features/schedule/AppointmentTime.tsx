import { useFormat, useT } from '../../i18n';

/**
 * When an appointment is, in the site's time zone (where the technician will be), from start to
 * end; the zone is named when it is not the reader's.
 */
export function AppointmentTime({ at, endsAt, timeZone }: { at: string; endsAt?: string | null; timeZone?: string | null }) {
  const t = useT();
  const f = useFormat();
  const zone = timeZone ?? f.timeZone;
  const from = f.dateTime(at, zone);
  return (
    <time dateTime={at}>
      {endsAt ? t('schedule.appointment', { from, to: f.time(endsAt, zone) }) : from}
      {zone && zone !== f.timeZone && <span className="muted"> {t('schedule.siteZone', { zone })}</span>}
    </time>
  );
}
