import { useId, useMemo } from 'react';
import { useT } from '../../i18n';

/** An IANA time zone, typed with the browser's list of zones as suggestions (the server judges it). */
export function TimeZoneField({ value, onChange }: { value: string; onChange(zone: string): void }) {
  const t = useT();
  const listId = useId();
  const zones = useMemo(() => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []), []);
  return (
    <label>
      {t('calendar.timeZone')}
      <input value={value} list={listId} required onChange={(event) => onChange(event.target.value)} />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </label>
  );
}
