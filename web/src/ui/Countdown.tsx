import { useNow } from './useNow';

export type Urgency = 'ok' | 'amber' | 'red';

/** Time left to a deadline in words: "2h 05m", "4m 10s", or how long it is overdue. */
export function formatRemaining(ms: number): string {
  const abs = Math.abs(ms);
  const minutes = Math.floor(abs / 60_000);
  const text =
    minutes >= 24 * 60
      ? `${Math.floor(minutes / 1440)}d ${Math.floor((minutes % 1440) / 60)}h`
      : minutes >= 60
        ? `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`
        : `${minutes}m ${String(Math.floor((abs % 60_000) / 1000)).padStart(2, '0')}s`;
  return ms < 0 ? `${text} overdue` : text;
}

/** Amber in the last `warnMinutes`, red once past due. */
export function urgency(ms: number, warnMinutes: number): Urgency {
  if (ms < 0) return 'red';
  return ms <= warnMinutes * 60_000 ? 'amber' : 'ok';
}

/** Working time left in words: "5h 20m working time"; hours, not days, as a working day is not 24 hours. */
export function formatWorking(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const text = whole >= 60 ? `${Math.floor(whole / 60)}h ${String(whole % 60).padStart(2, '0')}m` : `${whole}m`;
  return `${text} working time`;
}

/** What the server says of a clock (ServiceJob.responseClock / resolutionClock). */
export interface ClockFacts {
  mode: 'CALENDAR' | 'BUSINESS';
  workingMinutesLeft?: number | null;
}

/**
 * A deadline counting down. A BUSINESS clock shows the working time left, as the server counted
 * it on the clock's calendar when the job was read (it stands still outside working hours);
 * overdue is always judged on the deadline itself, as the breach is.
 */
export function Countdown({
  to,
  label,
  warnMinutes = 30,
  now,
  clock,
}: {
  to: string | null | undefined;
  label: string;
  warnMinutes?: number;
  now?: number;
  clock?: ClockFacts | null;
}) {
  const ticking = useNow(1000);
  if (!to) return null;
  const remaining = new Date(to).getTime() - (now ?? ticking);
  const working = clock?.mode === 'BUSINESS' && typeof clock.workingMinutesLeft === 'number' && remaining >= 0 ? clock.workingMinutesLeft : null;
  const level = working === null ? urgency(remaining, warnMinutes) : urgency(working * 60_000, warnMinutes);
  const text = working === null ? formatRemaining(remaining) : formatWorking(working);
  return (
    <span className={`countdown countdown-${level}`} role="timer" aria-label={`${label}: ${text}`} title={new Date(to).toLocaleString()}>
      {label} {text}
    </span>
  );
}
