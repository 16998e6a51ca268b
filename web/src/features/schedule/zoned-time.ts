import * as InstantFns from 'temporal-polyfill/fns/Instant';
import * as PlainDateTimeFns from 'temporal-polyfill/fns/PlainDateTime';

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The instant a wall-clock time (a datetime-local field's "YYYY-MM-DDTHH:MM") names in a time zone:
 * an absence is entered in the technician's zone, whatever the browser's. A time skipped by a
 * daylight-saving change moves forward, a repeated one takes the earlier (Temporal's "compatible").
 */
export function zonedInstant(local: string, timeZone: string): Date {
  const [date = '', time = '00:00'] = local.split('T');
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return new Date(PlainDateTimeFns.toZonedDateTime(PlainDateTimeFns.create(year, month, day, hour, minute), timeZone).epochMilliseconds);
}

/** An instant as a datetime-local field's value in a time zone. */
export function zonedLocal(instant: Date | string, timeZone: string): string {
  const zoned = InstantFns.toZonedDateTimeISO(InstantFns.fromEpochMilliseconds(new Date(instant).getTime()), timeZone);
  return `${zoned.year}-${pad(zoned.month)}-${pad(zoned.day)}T${pad(zoned.hour)}:${pad(zoned.minute)}`;
}
