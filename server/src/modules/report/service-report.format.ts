/** How values read in the report. English and UTC for now; the person's language and zone are issue 15's. */

/** ISO 8601 to the minute with its UTC offset: 2026-11-30T14:05+00:00. */
export function formatTime(at: Date | null): string {
  return at === null ? '—' : `${at.toISOString().slice(0, 16)}+00:00`;
}

export function formatDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** 95 → "95 min (1 h 35 min)". */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return '—';
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${minutes} min (${Math.floor(minutes / 60)} h${rest > 0 ? ` ${rest} min` : ''})`;
}

/** An enum value as words: POST_WARRANTY → "Post warranty". */
export function humanize(value: string): string {
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatAnswer(done: boolean | null): string {
  if (done === null) return 'Not answered';
  return done ? 'Done' : 'Not done';
}
