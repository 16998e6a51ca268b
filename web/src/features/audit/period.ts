const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * The trailing period a report looks at, as the API takes it. Rounded to the minute so that
 * re-renders ask for the same period (and Apollo does not fetch it again on every render).
 */
export function trailingPeriod(days: number, now = Date.now()): { from: string; to: string } {
  const end = Math.ceil(now / MINUTE) * MINUTE + MINUTE;
  return { from: new Date(end - days * DAY).toISOString(), to: new Date(end).toISOString() };
}
