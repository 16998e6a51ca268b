const DAY = 86_400_000;

/** The trailing period a report looks at, as the API takes it. */
export function trailingPeriod(days: number, now = Date.now()): { from: string; to: string } {
  return { from: new Date(now - days * DAY).toISOString(), to: new Date(now + 60_000).toISOString() };
}
